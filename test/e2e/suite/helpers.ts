// Helpers for suites running inside VS Code. Wait on events where VS Code offers one, else poll
// with a deadline; never sleep for a fixed time.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'postmortem-authoring.postmortem-authoring';

/** A file of the sample workspace (test/fixtures/sample-workspace), by relative path. */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the tests expect test/fixtures/sample-workspace');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Polls `condition` until it returns true; for state VS Code announces with no event. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves with the diagnostics of `uri` as soon as `accept` likes them (checked on each change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const current = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.path}; current: ${JSON.stringify(current)}`));
    }, timeoutMs);
    const finish = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}
