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

/** The diagnostics of `uri` that this extension published (other extensions may add their own). */
export function postmortemDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'postmortem');
}

/** The rule id of a diagnostic (`code` is `{ value, target }` when the rule has docs). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Waits until this extension's diagnostics of `uri` satisfy `accept`. */
export function waitForPostmortemDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (all) => accept(all.filter((diagnostic) => diagnostic.source === 'postmortem')), timeoutMs).then((all) =>
    all.filter((diagnostic) => diagnostic.source === 'postmortem'),
  );
}

/**
 * Waits for this extension's diagnostics of the document's current text: the server stamps each
 * diagnostic's `data` with the document version it describes (and the client library keeps
 * `data` on the diagnostic object). Diagnostics published before an edit never pass, however
 * much they look like the expected ones; other extensions' diagnostic events are ignored.
 */
export function waitForCurrentPostmortemDiagnostics(
  document: vscode.TextDocument,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = () => true,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  const isCurrent = (diagnostic: vscode.Diagnostic) => (diagnostic as { data?: { version?: number } }).data?.version === document.version;
  return waitForPostmortemDiagnostics(document.uri, (ours) => ours.length > 0 && ours.every(isCurrent) && accept(ours), timeoutMs);
}

/**
 * Throws away unsaved edits of a workspace file, so that suites which edit the sample
 * postmortems never write to test/fixtures, and waits for the diagnostics of the original text.
 */
export async function revertWorkspaceFile(relativePath: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  if (!document.isDirty) return;
  await revertDocument(document);
  // The sample postmortems all have findings, so their current diagnostics are recognisable.
  if (document.languageId === 'markdown') await waitForCurrentPostmortemDiagnostics(document);
}

/**
 * Reverts a dirty document with File: Revert File, which acts on the active editor: shown again
 * and retried, since another editor or a webview can take the focus back before the command runs.
 */
export async function revertDocument(document: vscode.TextDocument, attempts = 3): Promise<void> {
  for (let attempt = 1; document.isDirty; attempt++) {
    await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    try {
      await waitFor(() => !document.isDirty, `${document.uri.path} to be reverted`, 3_000);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

/** The 0-based line of the first line of `document` containing `text`. */
export function lineContaining(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes(text)) return line;
  throw new Error(`No line of ${document.uri.path} contains ${JSON.stringify(text)}`);
}

/**
 * Resolves with the first value `current()` or a later `event` gives that `accept` likes: for
 * state an extension announces with its own event (the structure view, the preview).
 */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  current: () => T | undefined,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = current();
    if (now !== undefined && accept(now)) return resolve(now);
    const subscription = event((value) => {
      if (!accept(value)) return;
      finish();
      resolve(value);
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(current())?.slice(0, 500)}`));
    }, timeoutMs);
    const finish = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
  });
}
