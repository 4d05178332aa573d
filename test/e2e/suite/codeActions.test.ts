// Code actions in real VS Code, through vscode.executeCodeActionProvider as the light bulb and
// editor.codeActionsOnSave ask for them. Edits stay unsaved and are reverted after each test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  lineContaining,
  openWorkspaceFile,
  revertWorkspaceFile,
  ruleOf,
  waitFor,
  waitForCurrentPostmortemDiagnostics,
  waitForPostmortemDiagnostics,
} from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';

function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}

/** Applies the action's edit (a WorkspaceEdit, as the light bulb does). */
async function apply(action: vscode.CodeAction | undefined, what: string): Promise<void> {
  assert.ok(action?.edit, `no code action ${what}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of ${what}`);
}

const HUMAN_ERROR = (diagnostics: vscode.Diagnostic[]) => diagnostics.find((d) => d.message.startsWith('"human error"'));

describe('code actions', () => {
  afterEach(async () => {
    await revertWorkspaceFile(CHECKOUT);
    await revertWorkspaceFile(DNS);
  });

  it('replaces "human error" with a quick fix, and the finding goes away', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    const humanError = HUMAN_ERROR(await waitForCurrentPostmortemDiagnostics(editor.document, (all) => HUMAN_ERROR(all) !== undefined))!;
    assert.equal(editor.document.getText(humanError.range), 'human error');
    const actions = await codeActions(uri, humanError.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Replace with "a gap in the process"'), `quick fixes offered: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Disable blaming-language for this line'), `quick fixes offered: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Show guidance'), `quick fixes offered: ${JSON.stringify(titles)}`);

    await apply(
      actions.find((action) => action.title === 'Replace with "a gap in the process"'),
      'replacing "human error"',
    );
    const after = await waitForCurrentPostmortemDiagnostics(editor.document);
    const line = lineContaining(editor.document, 'The outage was caused by');
    assert.equal(editor.document.lineAt(line).text, 'The outage was caused by a gap in the process.');
    assert.ok(after.length > 0 && !after.some((d) => d.range.start.line === line), 'the finding is gone, the others stay');
  });

  it('disables a rule for one line with a comment above it, at the same indentation', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    const diagnostics = await waitForCurrentPostmortemDiagnostics(editor.document, (all) => HUMAN_ERROR(all) !== undefined);
    const humanError = HUMAN_ERROR(diagnostics)!;
    const line = humanError.range.start.line;
    const before = postmortemLineCount(diagnostics);
    const actions = await codeActions(uri, humanError.range, vscode.CodeActionKind.QuickFix.value);
    await apply(
      actions.find((action) => action.title === 'Disable blaming-language for this line'),
      'disabling blaming-language',
    );
    const after = await waitForCurrentPostmortemDiagnostics(editor.document);

    assert.equal(editor.document.lineAt(line).text, '<!-- postmortem-disable-next-line blaming-language -->');
    assert.equal(editor.document.lineAt(line + 1).text, 'The outage was caused by human error.');
    assert.ok(!after.some((d) => d.range.start.line === line + 1), 'the line has no finding any more');
    assert.equal(postmortemLineCount(after), before - 1, 'only that line lost its finding');
  });

  it('disables a rule inside a table row without breaking the table', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const uri = editor.document.uri;
    const diagnostics = await waitForCurrentPostmortemDiagnostics(editor.document, (all) =>
      all.some((d) => ruleOf(d) === 'action-item-owner'),
    );
    const ownerless = diagnostics.find((d) => ruleOf(d) === 'action-item-owner')!;
    const actions = await codeActions(uri, ownerless.range, vscode.CodeActionKind.QuickFix.value);
    await apply(
      actions.find((action) => action.title === 'Disable action-item-owner for this line'),
      'disabling action-item-owner',
    );
    const after = await waitForCurrentPostmortemDiagnostics(editor.document);

    const row = editor.document.lineAt(ownerless.range.start.line).text;
    assert.match(row, /^\| Page on .* PAY-1414 <!-- postmortem-disable-line action-item-owner --> \|$/);
    assert.ok(after.length > 0 && !after.some((d) => ruleOf(d) === 'action-item-owner'), 'the ownerless row is no longer reported');
  });

  it('source.fixAll.postmortem inserts the missing sections of the DNS postmortem', async () => {
    const editor = await openWorkspaceFile(DNS);
    const uri = editor.document.uri;
    await waitForCurrentPostmortemDiagnostics(editor.document, (all) => all.some((d) => ruleOf(d) === 'missing-section'));
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActions(uri, whole, 'source.fixAll.postmortem');
    assert.equal(actions.length, 1, `fix-all actions: ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.equal(actions[0]!.kind?.value, 'source.fixAll.postmortem');
    await apply(actions[0], 'fixing all');

    const text = editor.document.getText();
    assert.ok(text.includes('\n## Detection\n'), 'a Detection section was inserted');
    assert.ok(text.includes('\n## Lessons Learned\n'), 'a Lessons Learned section was inserted');
    // Detection goes where the Google SRE profile puts it: after Resolution, before Action Items.
    assert.ok(
      text.indexOf('## Resolution') < text.indexOf('## Detection') && text.indexOf('## Detection') < text.indexOf('## Action Items'),
    );
    // No finding is left to carry a version, so wait for the missing-section ones to go.
    await waitForPostmortemDiagnostics(uri, (all) => !all.some((d) => ruleOf(d) === 'missing-section'));
  });

  it('"Add owner placeholder" writes " @owner " with the placeholder selected, so typing a name replaces it, and the finding goes', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const diagnostics = await waitForCurrentPostmortemDiagnostics(editor.document, (all) =>
      all.some((d) => ruleOf(d) === 'action-item-owner'),
    );
    const ownerless = diagnostics.find((d) => ruleOf(d) === 'action-item-owner')!;
    const actions = await codeActions(editor.document.uri, ownerless.range, vscode.CodeActionKind.QuickFix.value);
    await apply(
      actions.find((action) => action.title === 'Add owner placeholder'),
      'adding an owner placeholder',
    );
    const line = ownerless.range.start.line;
    assert.match(editor.document.lineAt(line).text, /\| process \| @owner \| PAY-1414 \|$/);
    assert.equal(editor.document.getText(editor.selection), '@owner', 'the placeholder is selected');
    const placeholder = await waitForCurrentPostmortemDiagnostics(editor.document, (all) =>
      all.some((d) => ruleOf(d) === 'action-item-owner'),
    );
    assert.match(placeholder.find((d) => ruleOf(d) === 'action-item-owner')!.message, /has a placeholder owner, "@owner"\./);
    await vscode.commands.executeCommand('type', { text: 'tomas' });
    assert.match(editor.document.lineAt(line).text, /\| process \| tomas \| PAY-1414 \|$/);
    const after = await waitForCurrentPostmortemDiagnostics(editor.document);
    assert.ok(!after.some((d) => ruleOf(d) === 'action-item-owner'), 'the action item has an owner now');
  });

  it('reframes a counterfactual as a TODO question under its paragraph, which placeholder-text reports', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const diagnostics = await waitForCurrentPostmortemDiagnostics(editor.document, (all) =>
      all.some((d) => d.message.startsWith('"should have checked"')),
    );
    const shouldHave = diagnostics.find((d) => d.message.startsWith('"should have checked"'))!;
    const actions = await codeActions(editor.document.uri, shouldHave.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.deepEqual(titles, [
      'Reframe as a question: "What made not having checked the config before deploying reasonable at the time?"',
      'Show guidance',
      'Disable blaming-language for this line',
    ]);
    await apply(actions[0], 'reframing');
    const question = lineContaining(
      editor.document,
      'TODO: What made not having checked the config before deploying reasonable at the time?',
    );
    assert.equal(editor.document.lineAt(question - 1).text, '', 'a paragraph of its own');
    const after = await waitForCurrentPostmortemDiagnostics(editor.document);
    assert.deepEqual(after.filter((d) => d.range.start.line === question).map(ruleOf), ['placeholder-text']);
  });

  it('"Show guidance" opens the rule\'s explanation for the finding in the Markdown preview beside the editor', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const humanError = HUMAN_ERROR(await waitForCurrentPostmortemDiagnostics(editor.document, (all) => HUMAN_ERROR(all) !== undefined))!;
    const actions = await codeActions(editor.document.uri, humanError.range, vscode.CodeActionKind.QuickFix.value);
    const guidance = actions.find((action) => action.title === 'Show guidance');
    assert.ok(guidance?.command, 'a command, not an edit');
    const uri = await vscode.commands.executeCommand<vscode.Uri>(guidance.command.command, ...(guidance.command.arguments ?? []));
    assert.equal(uri.toString(), 'postmortem-guidance:/blaming-language.md');
    const page = await vscode.workspace.openTextDocument(uri);
    assert.ok(page.getText().includes('Blame words stop the investigation at a person.'), page.getText());
    const previewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.includes('blaming-language'));
    await waitFor(() => previewTab() !== undefined, 'the preview of the guidance page');
    const tab = previewTab()!;
    await vscode.window.tabGroups.close(tab);
  });

  it("lists fix-all among the quick fixes where fixing all does more than the finding's own fix", async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await waitForCurrentPostmortemDiagnostics(editor.document);
    // Two hindsight minimizers in two paragraphs: two safe removals.
    const summary = lineContaining(editor.document, 'in Europe peaked.');
    const trigger = lineContaining(editor.document, 'reached all production regions at 14:01 UTC.');
    await editor.edit((edit) => {
      edit.insert(editor.document.lineAt(summary).range.end, ' It was obviously the pool.');
      edit.insert(editor.document.lineAt(trigger).range.end, ' It obviously went everywhere.');
    });
    const diagnostics = await waitForCurrentPostmortemDiagnostics(
      editor.document,
      (all) => all.filter((d) => d.message.startsWith('"obviously"')).length === 2,
    );
    const first = diagnostics.find((d) => d.message.startsWith('"obviously"'))!;
    const actions = await codeActions(editor.document.uri, first.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Remove "obviously"', 'Show guidance', 'Disable blaming-language for this line', 'Fix all safe postmortem problems'],
    );
    await apply(actions[3], 'fixing all from the quick-fix menu');
    assert.ok(!editor.document.getText().includes('obviously'), 'both removed');
  });
});

function postmortemLineCount(diagnostics: vscode.Diagnostic[]): number {
  return new Set(diagnostics.map((d) => d.range.start.line)).size;
}
