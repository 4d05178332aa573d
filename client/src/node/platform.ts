// The desktop client: the server runs as a Node process over IPC, and git answers for the user's name.
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import type { LanguageClient, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../../server/src/lsp/serverProcess';
import type { ClientPlatform } from '../clientPlatform';

export const nodePlatform: ClientPlatform = {
  async loadLanguageClient() {
    // dist/client.languageClient.js (esbuild.mjs clientChunks): activation need not wait for it.
    const { ErrorAction, LanguageClient, TransportKind } = await import('vscode-languageclient/node');
    return {
      ErrorAction,
      async createClient(context, options) {
        const module = context.asAbsolutePath('dist/server.js');
        const serverOptions: ServerOptions = {
          run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
          debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
        };
        return new LanguageClient('postmortem', 'Postmortem Authoring', serverOptions, options);
      },
    };
  },
  processId: (client) => (client as LanguageClient).serverProcess?.pid,
  gitUserNames,
};

/**
 * git's user.name, when git answers within a second; none otherwise. In Restricted Mode only
 * the user's global setting is read, never the workspace repository's configuration.
 */
function gitUserNames(folder: vscode.WorkspaceFolder): Promise<string[]> {
  const trusted = vscode.workspace.isTrusted;
  const args = trusted ? ['config', '--get', 'user.name'] : ['config', '--global', '--get', 'user.name'];
  // Untrusted, git is not even started inside the workspace: it would still find the repository there.
  const cwd = trusted && folder.uri.scheme === 'file' ? folder.uri.fsPath : homedir();
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 1_000, windowsHide: true }, (error, stdout) => {
      const name = error ? '' : String(stdout).trim();
      resolve(name ? [name] : []);
    });
  });
}
