// The web client (vscode.dev, github.dev): the server runs in a web worker, and the user's name
// comes from the built-in git extension where the host has one (a remote or local repository
// opened in the browser); github.dev and vscode.dev on a virtual file system have none.
import * as vscode from 'vscode';
import type { ClientPlatform } from '../clientPlatform';
import { workerTransports, type ServerWorker } from './workerTransports';

/** The part of the vscode.git extension's API (version 1) read here. */
interface GitApi {
  repositories: { rootUri: vscode.Uri; getConfig(key: string): Promise<string>; getGlobalConfig(key: string): Promise<string> }[];
}

// The browser's Worker: the project is typed without the DOM library, which the rest of it must not
// use. VS Code's web extension host wraps it, and gives a real Worker (seen in code-server: its
// prototype chain is Worker > EventTarget).
declare const Worker: new (scriptUrl: string, options?: { name?: string }) => ServerWorker & { terminate(): void };

export const webPlatform: ClientPlatform = {
  async loadLanguageClient() {
    const library = await import('vscode-languageclient/browser');
    const { ErrorAction, LanguageClient, State } = library;
    return {
      ErrorAction,
      async createClient(context, options) {
        const script = await workerScriptUrl(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js'));
        // A worker of its own for each start (the library starts the server again after it stopped),
        // ended when the client stops: nothing else ends a worker, and the old server would keep running.
        let worker: InstanceType<typeof Worker> | undefined;
        const startWorker = async () => {
          worker?.terminate();
          worker = new Worker(script, { name: 'Postmortem Authoring language server' });
          return workerTransports(library, worker);
        };
        // The server before the client's options (vscode-languageclient 11's order). The library types
        // a worker there with the DOM's Worker, which this project does not load, so the compiler
        // accepts anything: given the other way round, the library took the options for the worker
        // and failed with "e.addEventListener is not a function".
        const client = new LanguageClient('postmortem', 'Postmortem Authoring', startWorker, options);
        client.onDidChangeState(({ newState }) => {
          if (newState !== State.Stopped) return;
          worker?.terminate();
          worker = undefined;
        });
        return client;
      },
    };
  },
  processId: () => undefined,
  gitUserNames,
};

/**
 * Where the browser loads the extension's files itself (vscode.dev: https), the script's URL. An
 * extension installed on a remote host (code-server, Codespaces) has vscode-remote: files, from
 * which the web extension host refuses to start a worker: there, the script's text as a blob.
 */
async function workerScriptUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'https' || script.scheme === 'http') return script.toString(true);
  const code = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

async function gitUserNames(folder: vscode.WorkspaceFolder): Promise<string[]> {
  try {
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!git) return [];
    const api = (git.isActive ? git.exports : await git.activate()).getAPI(1);
    const repository = api.repositories.find((candidate) => candidate.rootUri.toString() === folder.uri.toString()) ?? api.repositories[0];
    if (!repository) return [];
    // In Restricted Mode, as on the desktop, only the user's global setting is read.
    const name = (
      vscode.workspace.isTrusted ? await repository.getConfig('user.name') : await repository.getGlobalConfig('user.name')
    ).trim();
    return name ? [name] : [];
  } catch {
    // No git, or a repository it cannot read: no name, as when git is not installed.
    return [];
  }
}
