// The extension's entry point: commands first (so they work even if the server never starts),
// then the language server, then the status bar that shows its answers.
import * as vscode from 'vscode';
import { ModelRequest, type ModelParams, type ModelSummary } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { LanguageServer } from './languageServer';
import { PostmortemStatusBar } from './statusBar';

/** What activate() returns: for other extensions and the end-to-end tests. */
export interface PostmortemApi {
  /** The server's summary of an open document, or null when it is not a postmortem (or the server is down). */
  model(uri: vscode.Uri): Promise<ModelSummary | null>;
}

let server: LanguageServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const output = vscode.window.createOutputChannel('Postmortem Authoring', { log: true });
  server = new LanguageServer(context, output);
  context.subscriptions.push(output, ...registerCommands(server));
  await server.start();
  context.subscriptions.push(new PostmortemStatusBar(server));
  const running = server;
  return {
    model: async (uri) => {
      const params: ModelParams = { uri: uri.toString() };
      return (await running.request<ModelSummary | null>(ModelRequest.method, params)) ?? null;
    },
  };
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
