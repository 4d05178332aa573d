// Crash recovery in real VS Code: the language server process is killed (SIGKILL, as the OOM
// killer would) and the client library's restart policy brings it back; the sample postmortem's
// diagnostics come back without the user doing anything.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import { EXTENSION_ID, openWorkspaceFile, ruleOf, waitForPostmortemDiagnostics } from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const rules = (diagnostics: vscode.Diagnostic[]) => [...new Set(diagnostics.map(ruleOf))].sort();

describe('crash recovery', () => {
  after(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('restarts a killed language server and publishes the diagnostics again', async () => {
    const api = (await vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate()) as PostmortemApi;
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    const before = await waitForPostmortemDiagnostics(uri, (all) => all.length > 0);
    const pid = api.serverProcessId();
    assert.ok(pid, 'the client reports the server process id');

    const started = Date.now();
    process.kill(pid, 'SIGKILL');
    // The restarted server publishes new diagnostic objects: none of the ones from before the kill.
    const after = await waitForPostmortemDiagnostics(uri, (all) => all.length > 0 && all.every((d) => !before.includes(d)), 30_000);
    const recoveryMs = Date.now() - started;
    assert.deepEqual(rules(after), rules(before));
    assert.equal(after.length, before.length);
    const newPid = api.serverProcessId();
    assert.ok(newPid && newPid !== pid, `a new server process (was ${pid}, now ${newPid})`);
    // The new server answers requests too.
    assert.equal((await api.model(uri))?.uri, uri.toString());
    console.log(`      kill → diagnostics again: ${recoveryMs} ms`);
  });
});
