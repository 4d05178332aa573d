// "Postmortem: Open Dashboard": the team's numbers as charts, in a webview that runs no script
// and loads nothing but the extension's stylesheet (dashboardHtml.ts). It follows the workspace
// index: a postmortem added or changed on disk redraws it.
import * as vscode from 'vscode';
import { today } from '../authoring/newPostmortem';
import { dashboardHtml } from './dashboardHtml';
import type { TeamIndex } from './teamViews';

export const DASHBOARD_VIEW_TYPE = 'postmortem.dashboard';

export class DashboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly rendered = new vscode.EventEmitter<string>();
  /** Fires with the HTML after each render (for the end-to-end tests). */
  readonly onDidRender = this.rendered.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: TeamIndex,
  ) {
    this.disposables = [this.rendered, index.onDidChange(() => this.render())];
  }

  /** The HTML shown now, if the dashboard is open. */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  async open(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = vscode.window.createWebviewPanel(
        DASHBOARD_VIEW_TYPE,
        'Postmortem Dashboard',
        { viewColumn: vscode.ViewColumn.Active },
        { enableScripts: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.render();
    // The index may have been read before the last change on disk: ask again.
    await this.index.refresh();
  }

  private render(): void {
    const panel = this.panel;
    const index = this.index.current;
    if (!panel) return;
    const webview = panel.webview;
    const html = index
      ? dashboardHtml({
          index,
          cspSource: webview.cspSource,
          styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'dashboard.css')).toString(),
          today: today(),
        })
      : '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\';"></head><body><p>The Postmortem language server is not running: see "Postmortem: Show Output".</p></body></html>';
    webview.html = html;
    this.rendered.fire(html);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
