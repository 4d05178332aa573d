// What the client needs of the extension host it runs in: on the desktop (node/platform.ts) the
// server is a Node process and git is run for the user's name; on the web (web/platform.ts) the
// server is a web worker and the name comes from the built-in git extension, if any. Everything
// else in the client is the same on both, and holds no Node import.
import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

export interface ClientPlatform {
  /** A client of the server bundled for this platform; the library is loaded when first needed. */
  createLanguageClient(context: vscode.ExtensionContext, options: LanguageClientOptions): Promise<BaseLanguageClient>;
  /** The server's process id, for the crash-recovery test; none for a web worker. */
  processId(client: BaseLanguageClient): number | undefined;
  /** git's user.name, for a new postmortem's authors and the "Mine" filter; none when unknown. */
  gitUserNames(folder: vscode.WorkspaceFolder): Promise<string[]>;
}
