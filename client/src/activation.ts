// Activation, the same on the desktop and on the web: commands first (so they work even if the server never starts),
// then the language server, then the views that show its answers (status bar, structure view;
// the preview exists from the start so that its command always has something to open).
import * as vscode from 'vscode';
import { ModelRequest, type ModelParams, type ModelSummary } from '../../server/src/lsp/protocol';
import type { ClientPlatform } from './clientPlatform';
import { registerCommands } from './commands';
import { registerGuidancePages } from './guidancePage';
import { LanguageServer } from './languageServer';
import { createPreview, PREVIEW_VIEW_TYPE, type PostmortemPreview } from './preview/previewPanel';
import { PostmortemStatusBar } from './statusBar';
import { StructureView } from './structure/structureView';
import { DashboardPanel } from './team/dashboardPanel';
import { setTeam } from './team/teamCommands';
import { TeamViews } from './team/teamViews';
import { openWalkthroughOnFirstRun } from './walkthrough';

/** What activate() returns: for other extensions and the end-to-end tests. */
export interface PostmortemApi {
  /** The server's summary of an open document, or null when it is not a postmortem (or the server is down). */
  model(uri: vscode.Uri): Promise<ModelSummary | null>;
  /** The tree data provider of the "Postmortem" view in the Explorer. */
  structure: StructureView;
  /** The preview panel ("Postmortem: Open Preview to the Side"). */
  preview: PostmortemPreview;
  /** The process id of the language server now running (changes when it is restarted), if any. */
  serverProcessId(): number | undefined;
  /** The Postmortems and Action Items views, and the dashboard. */
  team: { views: TeamViews; dashboard: DashboardPanel };
}

let server: LanguageServer | undefined;

export async function activateOn(platform: ClientPlatform, context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const output = vscode.window.createOutputChannel('Postmortem Authoring', { log: true });
  server = new LanguageServer(context, output, platform);
  context.subscriptions.push(output, ...registerCommands(server), registerGuidancePages());
  const preview = createPreview(context.extensionUri, server);
  context.subscriptions.push(
    preview,
    // The preview comes back after a window reload, as Markdown's own does.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => preview.restore(panel, state),
    }),
  );
  // Not awaited: activation returns at once, and whatever needs the server waits for its start.
  void server.start();
  const structure = new StructureView(server);
  const views = new TeamViews(server, context.workspaceState);
  const dashboard = new DashboardPanel(context.extensionUri, views.index);
  setTeam({ views, dashboard });
  context.subscriptions.push(new PostmortemStatusBar(server), structure, views, dashboard, { dispose: () => setTeam(undefined) });
  void openWalkthroughOnFirstRun(context).then(undefined, (error: unknown) =>
    server?.output.warn(`The walkthrough did not open: ${String(error)}`),
  );
  const running = server;
  return {
    model: async (uri) => {
      const params: ModelParams = { uri: uri.toString() };
      return (await running.request<ModelSummary | null>(ModelRequest.method, params)) ?? null;
    },
    structure,
    preview,
    serverProcessId: () => running.processId,
    team: { views, dashboard },
  };
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
