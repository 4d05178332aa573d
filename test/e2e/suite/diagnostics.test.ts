// Diagnostics in real VS Code: what the Problems panel shows for the sample workspace, and how it
// follows edits and settings without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import {
  EXTENSION_ID,
  lineContaining,
  openWorkspaceFile,
  postmortemDiagnostics,
  revertWorkspaceFile,
  ruleOf,
  waitForPostmortemDiagnostics,
  workspaceFile,
} from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';

/** `line:rule` for each line with a finding, lines 1-based as the editor shows them. */
const linesAndRules = (diagnostics: vscode.Diagnostic[]) => [...new Set(diagnostics.map((d) => `${d.range.start.line + 1}:${ruleOf(d)}`))];

describe('diagnostics', () => {
  afterEach(async () => {
    await revertWorkspaceFile(CHECKOUT);
    await vscode.workspace.getConfiguration('postmortem').update('rules', undefined, vscode.ConfigurationTarget.Global);
    // The broken-setting test raises an error notification; keep it out of later screenshots.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('flags the blaming sentences and the ownerless action item of the checkout postmortem', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const diagnostics = await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.length > 0);
    const document = editor.document;
    const line = (text: string) => lineContaining(document, text) + 1;
    assert.deepEqual(linesAndRules(diagnostics.filter((d) => ruleOf(d) === 'blaming-language')), [
      `${line('caused by human error')}:blaming-language`,
      `${line('Bob should have checked')}:blaming-language`,
      `${line('carelessly ignored')}:blaming-language`,
    ]);
    assert.deepEqual(linesAndRules(diagnostics.filter((d) => ruleOf(d) === 'action-item-owner')), [
      `${line('| process | |')}:action-item-owner`,
    ]);

    const humanError = diagnostics.find((d) => document.getText(d.range) === 'human error');
    assert.ok(humanError, `no diagnostic covers "human error": ${JSON.stringify(diagnostics.map((d) => document.getText(d.range)))}`);
    assert.equal(humanError.source, 'postmortem');
    assert.equal(humanError.severity, vscode.DiagnosticSeverity.Warning);
    const code = humanError.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'blaming-language');
    assert.match(code.target.toString(true), /README\.md#blaming-language$/);
  });

  it('reports the Detection and Lessons Learned sections the DNS postmortem lacks', async () => {
    const editor = await openWorkspaceFile(DNS);
    const diagnostics = await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.length > 0);
    const missing = diagnostics.filter((d) => ruleOf(d) === 'missing-section').map((d) => /"([^"]+)"/.exec(d.message)?.[1]);
    assert.deepEqual(missing, ['Detection', 'Lessons Learned']);
  });

  it('follows .postmortemrc.json changed on disk, through the watchers the server registers', async () => {
    const rc = workspaceFile('.postmortemrc.json');
    const original = await vscode.workspace.fs.readFile(rc);
    const editor = await openWorkspaceFile(DNS);
    const uri = editor.document.uri;
    await waitForPostmortemDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'missing-section'));
    try {
      // The minimal profile requires no section the DNS postmortem lacks.
      await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode('{ "profile": "minimal" }'));
      await waitForPostmortemDiagnostics(uri, (all) => !all.some((d) => ruleOf(d) === 'missing-section'));
    } finally {
      await vscode.workspace.fs.writeFile(rc, original);
    }
    await waitForPostmortemDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'missing-section'));
  });

  it('leaves the workspace README alone', async () => {
    const editor = await openWorkspaceFile('README.md');
    const api = await vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();
    // The server has read the README once it answers for it; null means "not a postmortem".
    assert.equal(await api.model(editor.document.uri), null);
    assert.deepEqual(postmortemDiagnostics(editor.document.uri), []);
  });

  it('drops the diagnostic of a blaming sentence once the sentence is deleted', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    await waitForPostmortemDiagnostics(uri, (all) => all.some((d) => d.message.includes('should have checked')));
    const line = lineContaining(editor.document, 'Bob should have checked');
    await editor.edit((edit) => edit.delete(new vscode.Range(line, 0, line + 1, 0)));
    const diagnostics = await waitForPostmortemDiagnostics(uri, (all) => !all.some((d) => d.message.includes('should have checked')));
    assert.equal(diagnostics.filter((d) => ruleOf(d) === 'blaming-language').length, 3, 'the other blaming findings stay');
  });

  it('applies a change of postmortem.rules without a reload', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    await waitForPostmortemDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'blaming-language'));
    await vscode.workspace.getConfiguration('postmortem').update('rules', { 'blaming-language': 'off' }, vscode.ConfigurationTarget.Global);
    const without = await waitForPostmortemDiagnostics(uri, (all) => all.length > 0 && !all.some((d) => ruleOf(d) === 'blaming-language'));
    assert.deepEqual([...new Set(without.map(ruleOf))], ['action-item-owner']);
    await vscode.workspace.getConfiguration('postmortem').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForPostmortemDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'blaming-language'));
  });

  it("shows blame in two tiers, warning and information, and applies the rule's options for them", async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    await waitForPostmortemDiagnostics(uri, (all) => all.length > 0);
    const softer = 'We missed two warnings in the staging logs the week before.';
    const harder = 'A new hire accidentally truncated the sessions table.';
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), `\n${softer}\n\n${harder}\n`));
    const onLine = (all: vscode.Diagnostic[], text: string) =>
      all.filter((d) => ruleOf(d) === 'blaming-language' && d.range.start.line === lineContaining(editor.document, text));
    const both = await waitForPostmortemDiagnostics(uri, (all) => onLine(all, softer).length > 0 && onLine(all, harder).length > 0);
    assert.deepEqual(
      onLine(both, softer).map((d) => d.severity),
      [vscode.DiagnosticSeverity.Information],
    );
    assert.deepEqual(
      onLine(both, harder).map((d) => d.severity),
      [vscode.DiagnosticSeverity.Warning],
    );
    assert.match(onLine(both, softer)[0]!.message, /"missed two warnings"/);

    // The information tier off, and one category raised to an error.
    await vscode.workspace
      .getConfiguration('postmortem')
      .update(
        'rules',
        { 'blaming-language': ['warning', { information: 'off', categories: { 'person-as-cause': 'error' } }] },
        vscode.ConfigurationTarget.Global,
      );
    const configured = await waitForPostmortemDiagnostics(
      uri,
      (all) => onLine(all, softer).length === 0 && onLine(all, harder).some((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.deepEqual(
      onLine(configured, harder).map((d) => d.severity),
      [vscode.DiagnosticSeverity.Error],
    );
    assert.ok(
      configured.some((d) => ruleOf(d) === 'blaming-language' && d.severity === vscode.DiagnosticSeverity.Warning),
      "the other categories keep the rule's severity",
    );
  });

  it('reports a broken postmortem.rules setting on line 1 and keeps checking with the rest', async () => {
    const uri = workspaceFile(CHECKOUT);
    await openWorkspaceFile(CHECKOUT);
    await vscode.workspace.getConfiguration('postmortem').update('rules', { 'no-such-rule': 'error' }, vscode.ConfigurationTarget.Global);
    const diagnostics = await waitForPostmortemDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'configuration'));
    const problem = diagnostics.find((d) => ruleOf(d) === 'configuration')!;
    assert.equal(problem.range.start.line, 0);
    assert.match(problem.message, /no-such-rule/);
    assert.ok(
      diagnostics.some((d) => ruleOf(d) === 'blaming-language'),
      'the built-in rules still run',
    );
  });
});
