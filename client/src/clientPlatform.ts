// What the client needs of the extension host it runs in: on the desktop (node/platform.ts) the
// server is a Node process and git is run for the user's name; on the web (web/platform.ts) the
// server is a web worker and the name comes from the built-in git extension, if any. Everything
// else in the client is the same on both, and holds no Node import.
import type * as vscode from 'vscode';
import type { BaseLanguageClient, ErrorAction, LanguageClientOptions } from 'vscode-languageclient';

/**
 * What the client uses of vscode-languageclient's /node or /browser module. Loaded when first
 * needed: it is most of the client, and a value imported from the library's main module would
 * bundle all of it into the file VS Code compiles on activation.
 */
export interface LanguageClientLibrary {
  readonly ErrorAction: typeof ErrorAction;
  /** A client of the server bundled for this platform. */
  createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): Promise<BaseLanguageClient>;
}

export interface ClientPlatform {
  loadLanguageClient(): Promise<LanguageClientLibrary>;
  /** The server's process id, for the crash-recovery test; none for a web worker. */
  processId(client: BaseLanguageClient): number | undefined;
  /** git's user.name, for a new postmortem's authors and the "Mine" filter; none when unknown. */
  gitUserNames(folder: vscode.WorkspaceFolder): Promise<string[]>;
}
