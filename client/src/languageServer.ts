// Starts the bundled language server (dist/server.js) over IPC and keeps one client for it. The
// client library's own policy restarts a crashed server (up to 4 times in 3 minutes); after that,
// or after a failed start, "Postmortem: Restart Language Server" starts it again.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  ReadFileRequest,
  WorkspaceIndexChangedNotification,
  WorkspaceTrustedNotification,
  type InitializationOptions,
} from '../../server/src/lsp/protocol';
import type { ClientPlatform } from './clientPlatform';
import { userSettingsMiddleware } from './userSettings';
import { readWorkspaceFile } from './workspaceFileReads';

export class LanguageServer implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  /** The client being made (its library is loaded on first use), shared by starts that race each other. */
  private creating: Promise<BaseLanguageClient> | undefined;
  /** The start under way or done: requests wait for it rather than finding no server yet. */
  private starting: Promise<void> | undefined;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Fires when the server starts or stops: views that show its answers refresh. */
  readonly onDidChangeState = this.stateChanged.event;
  private readonly indexChanged = new vscode.EventEmitter<void>();
  /** Fires when the server's workspace index changed: a postmortem was added, changed or removed. */
  readonly onDidChangeWorkspaceIndex = this.indexChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.stateChanged, this.indexChanged];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
    /** Where the server runs (a Node process or a web worker), and what else differs by host. */
    readonly platform: ClientPlatform,
  ) {
    this.disposables.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (this.client?.isRunning()) void this.client.sendNotification(WorkspaceTrustedNotification.method);
      }),
    );
  }

  get isRunning(): boolean {
    return this.client?.isRunning() ?? false;
  }

  /** Whether the server runs, once the start under way (if any) is over. */
  async whenStarted(): Promise<boolean> {
    await this.starting;
    return this.isRunning;
  }

  /** The process id of the running server, if any (for the crash-recovery test). */
  get processId(): number | undefined {
    return this.client && this.platform.processId(this.client);
  }

  /** Starts the server; a failure is logged and shown, never thrown, so the commands stay usable. */
  start(): Promise<void> {
    this.starting = this.startClient();
    return this.starting;
  }

  private async startClient(): Promise<void> {
    try {
      // Checked and set with no await between, so that starts racing each other make one client.
      this.creating ??= this.createClient();
      this.client ??= await this.creating;
      await this.client.start();
    } catch (error) {
      this.output.error(
        `The Postmortem language server did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      void vscode.window.showErrorMessage(
        'The Postmortem language server did not start. See "Postmortem: Show Output" for why, then run "Postmortem: Restart Language Server".',
      );
    }
  }

  async restart(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.creating = undefined;
    if (client) {
      try {
        await client.dispose(2_000);
      } catch (error) {
        this.output.warn(`Stopping the old server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await this.start();
  }

  /** Sends a custom request; undefined when the server is not running. */
  async request<R>(method: string, params: object): Promise<R | undefined> {
    if (!(await this.whenStarted())) return undefined;
    return this.client!.sendRequest<R>(method, params);
  }

  async dispose(): Promise<void> {
    for (const disposable of this.disposables) disposable.dispose();
    await this.client?.dispose();
    this.client = undefined;
    this.creating = undefined;
  }

  private async createClient(): Promise<BaseLanguageClient> {
    const { ErrorAction, createClient } = await this.platform.loadLanguageClient();
    // A function, so that a restart after the user grants trust says so. No document symbols:
    // VS Code's Markdown outline cannot be switched off, and a second provider splits the Outline
    // view and breadcrumbs in two; the Postmortem view is the postmortem's own outline.
    const initializationOptions = (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted, documentSymbols: false });
    const clientOptions: LanguageClientOptions = {
      // vscode-vfs: a repository opened remotely (github.dev, Remote Repositories); vscode-remote:
      // the files of a remote host seen from a web extension host (code-server, Codespaces).
      documentSelector: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].map((scheme) => ({ scheme, language: 'markdown' })),
      // No synchronize.fileEvents: the server registers the files it watches itself (server/src/lsp/watchedFiles.ts).
      initializationOptions,
      outputChannel: this.output,
      middleware: { workspace: userSettingsMiddleware(this.context.extension) },
      errorHandler: {
        // Writes to a server that has just died fail before its exit is seen. The library's own
        // handler shut the client down after a few of those, so a crash with requests in flight
        // was never restarted: the exit decides, below.
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => restartPolicy.closed(),
      },
    };
    const client = await createClient(this.context, clientOptions);
    // The library's restart policy: up to 4 restarts in 3 minutes.
    const restartPolicy = client.createDefaultErrorHandler();
    client.onDidChangeState(() => this.stateChanged.fire());
    client.onNotification(WorkspaceIndexChangedNotification.method, () => this.indexChanged.fire());
    // Only the server in a web worker asks: on Node it reads the files itself.
    client.onRequest(ReadFileRequest.method, readWorkspaceFile);
    return client;
  }
}
