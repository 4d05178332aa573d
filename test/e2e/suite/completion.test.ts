// Completions in real VS Code, asked as typing a trigger character asks for them
// (vscode.executeCompletionItemProvider with the character), in the Markdown defaults.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineContaining, openWorkspaceFile, revertWorkspaceFile, waitForCurrentPostmortemDiagnostics } from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';

/** Types `text` at the end of `line` (a new line after it when `newLine`), then asks for completions as its last character would. */
async function typeAndComplete(editor: vscode.TextEditor, line: number, text: string): Promise<vscode.CompletionItem[]> {
  const end = editor.document.lineAt(line).range.end;
  await editor.edit((edit) => edit.insert(end, text));
  const position = editor.document.lineAt(line + (text.match(/\n/g)?.length ?? 0)).range.end;
  editor.selection = new vscode.Selection(position, position);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    editor.document.uri,
    position,
    text.at(-1),
  );
  return list.items.filter((item) => item.detail !== undefined || item.kind !== vscode.CompletionItemKind.Text);
}
const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completions as you type', () => {
  afterEach(async () => {
    await revertWorkspaceFile(CHECKOUT);
    await revertWorkspaceFile(DNS);
  });

  it('after "## " proposes the sections of the profile, the missing ones first', async () => {
    const editor = await openWorkspaceFile(DNS);
    await waitForCurrentPostmortemDiagnostics(editor.document);
    const items = await typeAndComplete(editor, lineContaining(editor.document, 'as the caches warmed.'), '\n\n## ');
    const sections = items
      .filter((item) => item.kind === vscode.CompletionItemKind.Module)
      .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sections.slice(0, 2).map(label), ['Detection', 'Lessons Learned']);
    assert.equal(sections[0]!.detail, 'missing: required by the Google SRE profile');
    assert.equal(sections.length, 9);
  });

  it('after "@" in an owner cell proposes the owners of the workspace\'s postmortems', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await waitForCurrentPostmortemDiagnostics(editor.document);
    const row = lineContaining(editor.document, '| Page on `CheckoutErrorRateHigh`');
    const cell = editor.document.lineAt(row).text.indexOf('| process |') + '| process | '.length;
    await editor.edit((edit) => edit.insert(new vscode.Position(row, cell), '@'));
    const position = new vscode.Position(row, cell + 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
      '@',
    );
    const owners = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference).map(label);
    for (const owner of ['@priya', '@tomas', '@sre-payments', '@mei', '@netops'])
      assert.ok(owners.includes(owner), `${owner} among ${JSON.stringify(owners)}`);
  });

  it('proposes the action types in the Type column and the front matter values after "severity: "', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await waitForCurrentPostmortemDiagnostics(editor.document);
    const types = await typeAndComplete(
      editor,
      lineContaining(editor.document, '| Raise canary coverage'),
      '\n| Alert on pool exhaustion | ',
    );
    assert.deepEqual(types.filter((item) => item.detail === 'action item type').map(label), [
      'mitigate',
      'prevent',
      'detect',
      'process',
      'repair',
      'investigate',
      'other',
    ]);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '---\ntitle: Checkout outage\n---\n'));
    const values = await typeAndComplete(editor, 1, '\nseverity: ');
    assert.deepEqual(values.filter((item) => item.detail === 'severity').map(label), ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
  });
});
