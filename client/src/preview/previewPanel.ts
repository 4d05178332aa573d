// "Postmortem: Open Preview to the Side": one webview panel that renders the postmortem from the
// server's analysis (postmortem/preview) and follows the active postmortem, like Markdown's own
// preview. The page is loaded once; each version arrives by message, so typing never reloads it
// or loses its scroll position. Clicks come back as `reveal` messages, checked before use.
import * as vscode from 'vscode';
import {
  PreviewRequest,
  SETTINGS_SECTION,
  type PreviewHeader,
  type PreviewParams,
  type PreviewResult,
} from '../../../server/src/lsp/protocol';
import { DocumentChangeWatcher } from '../documentChanges';
import type { LanguageServer } from '../languageServer';
import { revealLine } from '../revealInEditor';
import { previewPageHtml } from './previewHtml';
import { parseFromWebview, type ToWebview } from './previewMessages';

export const PREVIEW_VIEW_TYPE = 'postmortem.preview';
export const ALLOW_REMOTE_IMAGES = 'preview.allowRemoteImages';

/** A version of a document as the webview says it has put it on screen. */
export interface RenderedPreview {
  uri: string;
  version: number;
  header: PreviewHeader;
}

export class PostmortemPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private sent: RenderedPreview | undefined;
  private sentHtml = '';
  private latest: RenderedPreview | undefined;
  /** Scroll to the editor's position with the next update (a new page or a new document). */
  private scrollWithNextUpdate = true;
  /** A reveal asked by the preview: the editor scroll it causes is not sent back. */
  private revealing = false;
  private sequence = 0;
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedPreview>();
  /** Fires when the webview has put a version on screen (for the end-to-end tests). */
  readonly onDidRender = this.renderedEmitter.event;
  private readonly watcher: DocumentChangeWatcher;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: LanguageServer,
  ) {
    this.watcher = new DocumentChangeWatcher(
      server,
      () => (this.panel ? this.document : undefined),
      () => void this.update(),
    );
    this.disposables = [
      this.watcher,
      this.renderedEmitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.panel && void this.update(editor.document)),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        if (textEditor.document !== this.document || !visibleRanges[0]) return;
        if (this.revealing) this.revealing = false;
        else this.post({ type: 'scrollTo', line: visibleRanges[0].start.line });
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.${ALLOW_REMOTE_IMAGES}`)) this.loadPage();
      }),
    ];
  }

  /** What the webview shows now, if the panel is open. */
  get current(): RenderedPreview | undefined {
    return this.panel ? this.latest : undefined;
  }

  async openToSide(document = vscode.window.activeTextEditor?.document): Promise<void> {
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a postmortem first: the preview shows the active Markdown file.');
      return;
    }
    if (this.panel) {
      this.follow(document);
      this.panel.reveal(this.panel.viewColumn, true);
      await this.update(document);
      return;
    }
    this.adopt(
      vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        previewTitle(document),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        this.webviewOptions(document),
      ),
      document,
    );
  }

  /**
   * A preview VS Code kept across a window reload (registerWebviewPanelSerializer): it shows
   * again the document it showed, or goes when that document is gone.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = isRecord(state) && typeof state.uri === 'string' ? state.uri : undefined;
    let document: vscode.TextDocument | undefined;
    try {
      document = uri === undefined ? undefined : await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    } catch {
      document = undefined;
    }
    if (!document || this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions(document);
    panel.title = previewTitle(document);
    this.adopt(panel, document);
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
    this.document = document;
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.latest = undefined;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message));
    this.loadPage();
  }

  private webviewOptions(document: vscode.TextDocument): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: this.resourceRoots(document),
    };
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Loads the page shell (a fresh nonce each time); it says `ready` once its script runs. */
  private loadPage(): void {
    if (!this.panel) return;
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    this.scrollWithNextUpdate = true;
    webview.html = previewPageHtml({
      cspSource: webview.cspSource,
      scriptUri: media('preview.js'),
      styleUri: media('preview.css'),
      nonce: previewNonce(),
      allowRemoteImages: allowRemoteImages(),
    });
  }

  /**
   * Renders `document` (the followed one by default) and sends it to the webview. Another
   * document is only taken up if the server has a preview for it, i.e. it is a postmortem.
   */
  private async update(document = this.document): Promise<void> {
    const panel = this.panel;
    if (!panel || !document || document.languageId !== 'markdown') return;
    const sequence = ++this.sequence;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const params: PreviewParams = {
      uri: document.uri.toString(),
      resourceRoot: folder && { folderUri: folder.uri.toString(), webviewUri: panel.webview.asWebviewUri(folder.uri).toString() },
      allowRemoteImages: allowRemoteImages(),
    };
    let result: PreviewResult | null | undefined;
    try {
      result = await this.server.request<PreviewResult | null>(PreviewRequest.method, params);
    } catch (error) {
      if (sequence !== this.sequence || panel !== this.panel || document !== this.document) return;
      this.server.output.error(
        `Rendering the preview of ${document.uri.toString()} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      this.showNotice('The preview could not be rendered. See "Postmortem: Show Output" for why.');
      return;
    }
    if (sequence !== this.sequence || panel !== this.panel) return;
    if (document !== this.document) {
      if (!result) return; // ordinary Markdown: keep previewing the postmortem
      this.follow(document);
    }
    if (result === undefined) {
      this.showNotice('The Postmortem language server is not running. Run "Postmortem: Restart Language Server".');
      return;
    }
    if (result === null) {
      this.showNotice(`${fileName(document)} is not a postmortem. Run "Postmortem: Lint This File" to treat it as one.`);
      return;
    }
    // The server had not yet seen the latest edit: ask again once it has.
    if (result.version < document.version) this.watcher.refreshSoon();
    // Typing ends in two refreshes (the pause, then the new diagnostics) of the same rendering.
    if (!this.scrollWithNextUpdate && this.sentHtml === result.html && JSON.stringify(this.sent) === JSON.stringify(rendered(result)))
      return;
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const line = this.scrollWithNextUpdate ? visible?.visibleRanges[0]?.start.line : undefined;
    this.scrollWithNextUpdate = false;
    this.sent = rendered(result);
    this.sentHtml = result.html;
    this.post({ type: 'update', uri: result.uri, version: result.version, html: result.html, header: result.header, line });
  }

  private follow(document: vscode.TextDocument): void {
    this.document = document;
    this.scrollWithNextUpdate = true;
    if (!this.panel) return;
    this.panel.title = previewTitle(document);
    const roots = this.resourceRoots(document);
    const current = this.panel.webview.options.localResourceRoots ?? [];
    if (roots.map(String).join() !== current.map(String).join())
      this.panel.webview.options = { ...this.panel.webview.options, localResourceRoots: roots };
  }

  private async receive(value: unknown): Promise<void> {
    const message = parseFromWebview(value);
    const document = this.document;
    if (!message || !document) return;
    if (message.type === 'ready') {
      this.scrollWithNextUpdate = true;
      await this.update();
    } else if (message.type === 'rendered') {
      if (this.sent?.version !== message.version || this.sent.uri !== document.uri.toString()) return;
      this.latest = this.sent;
      this.renderedEmitter.fire(this.sent);
    } else if (message.line < document.lineCount) {
      const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
      // Only a reveal that scrolls the editor would echo back as a scroll of the preview.
      this.revealing = !editor?.visibleRanges.some((range) => range.start.line <= message.line && message.line <= range.end.line);
      await revealLine(document.uri, message.line);
    }
  }

  /** The webview may load only our media and files of the document's workspace folder. */
  private resourceRoots(document: vscode.TextDocument): vscode.Uri[] {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return [vscode.Uri.joinPath(this.extensionUri, 'media'), ...(folder ? [folder.uri] : [])];
  }

  /** Shown instead of a document; the next rendering is sent whatever was sent before. */
  private showNotice(text: string): void {
    this.sentHtml = '';
    this.post({ type: 'notice', text });
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }
}

function rendered({ uri, version, header }: PreviewResult): RenderedPreview {
  return { uri, version, header };
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? '';
}

function previewTitle(document: vscode.TextDocument): string {
  return `Preview ${fileName(document)}`;
}

function allowRemoteImages(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(ALLOW_REMOTE_IMAGES, false) === true;
}

/** The one preview of the window, for the command table (commands are registered before it exists). */
let preview: PostmortemPreview | undefined;

export function createPreview(extensionUri: vscode.Uri, server: LanguageServer): PostmortemPreview {
  preview = new PostmortemPreview(extensionUri, server);
  return preview;
}

/** `postmortem.openPreviewToSide`. */
export function openPreviewToSide(): Promise<void> {
  return preview ? preview.openToSide() : Promise.resolve();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A fresh nonce for the page's CSP: 18 random bytes in base64, from Web Crypto (Node and browsers alike). */
function previewNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}
