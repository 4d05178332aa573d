// Hover and outline in real VS Code, through the same commands the editor uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PostmortemAnalyzer } from '../../../server/src/engine';
import { openWorkspaceFile, ruleOf, waitForPostmortemDiagnostics } from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');

describe('hover and outline', () => {
  it('explains a blaming finding on hover, with a link to the rule, without repeating its message', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const diagnostics = await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.length > 0);
    const humanError = diagnostics.find((d) => editor.document.getText(d.range) === 'human error')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, humanError.range.start.translate(0, 3));
    const text = hoverText(hovers);
    // Markdown escapes aside, the finding's explanation paragraph is there word for word.
    const plain = text.replace(/\\(.)/g, '$1');
    const finding = new PostmortemAnalyzer({ profile: 'google-sre' }).analyze(editor.document.getText()).findings.find((f) => f.message === humanError.message)!;
    assert.ok(plain.includes(finding.explanation), `hover text: ${text}`);
    // VS Code puts the diagnostic's message in the same hover box: ours does not repeat it.
    assert.ok(!plain.includes(humanError.message), `the finding message is repeated: ${text}`);
    assert.ok(plain.includes('Replace with "a gap in the process"'), 'the suggestions');
    assert.match(text, /\]\(https:\/\/[^)]+README\.md#blaming-language\)/);
  });

  it('shows no hover away from findings', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const diagnostics = await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.length > 0);
    assert.ok(!diagnostics.some((d) => d.range.start.line === 10));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(10, 5));
    assert.ok(!hoverText(hovers).includes('README.md#'), `unexpected hover: ${hoverText(hovers)}`);
  });

  it('outlines sections by heading level, with action items and timeline entries under their section', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.some((d) => ruleOf(d) === 'action-item-owner'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    // VS Code's own Markdown outline answers too; ours is the one with action items in it.
    const title = symbols.find((symbol) => symbol.children.some((child) => child.name === 'Action Items' && child.children.some((item) => item.kind === vscode.SymbolKind.Field)));
    assert.ok(title, `no outline with action items among: ${JSON.stringify(symbols.map((symbol) => symbol.name))}`);
    assert.equal(title.name, 'Checkout outage: payment requests rejected after a config push');
    const sections = title.children.map((child) => child.name);
    assert.deepEqual(sections, ['Summary', 'Impact', 'Root Causes', 'Trigger', 'Resolution', 'Detection', 'Action Items', 'Lessons Learned', 'Timeline', 'Supporting information']);

    const section = (name: string) => title.children.find((child) => child.name === name)!;
    const items = section('Action Items').children;
    assert.equal(items.length, 4);
    assert.ok(items[0]!.name.startsWith('Validate pool sizes'));
    assert.match(items[2]!.detail, /no owner/);
    assert.deepEqual(section('Lessons Learned').children.map((child) => child.name), ['What went well', 'What went wrong', 'Where we got lucky']);
    const timeline = section('Timeline').children;
    assert.equal(timeline.length, 9);
    assert.ok(timeline.every((entry) => entry.kind === vscode.SymbolKind.Event));
    assert.ok(timeline[0]!.name.startsWith('13:58'));
  });
});
