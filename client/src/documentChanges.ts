// When a view of one document (the structure view, the preview) should ask the server again:
// after a pause in typing, when the document's diagnostics change (a new analysis after a
// configuration change), and when the server starts or stops. Views that show the server's
// answers use this rather than each listening to the editor on its own.
import * as vscode from 'vscode';
import type { LanguageServer } from './languageServer';

/** Typing pause before a view asks again; the server's own validation debounce is 150 ms. */
export const REFRESH_DELAY_MS = 200;

export class DocumentChangeWatcher implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    server: LanguageServer,
    /** The document the view currently shows. */
    private readonly followed: () => vscode.TextDocument | undefined,
    private readonly refresh: () => void,
  ) {
    const isFollowed = (uri: vscode.Uri) => this.followed()?.uri.toString() === uri.toString();
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isFollowed(event.document.uri)) this.refreshSoon();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some(isFollowed)) this.refreshNow();
      }),
      server.onDidChangeState(() => this.refreshNow()),
    ];
  }

  refreshSoon(): void {
    this.cancel();
    this.timer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }

  refreshNow(): void {
    this.cancel();
    this.refresh();
  }

  dispose(): void {
    this.cancel();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
