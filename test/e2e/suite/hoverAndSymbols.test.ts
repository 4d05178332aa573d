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
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      humanError.range.start.translate(0, 3),
    );
    const text = hoverText(hovers);
    // Markdown escapes aside, the finding's explanation paragraph is there word for word.
    const plain = text.replace(/\\(.)/g, '$1');
    const finding = new PostmortemAnalyzer({ profile: 'google-sre' })
      .analyze(editor.document.getText())
      .findings.find((f) => f.message === humanError.message)!;
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
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(10, 5),
    );
    assert.ok(!hoverText(hovers).includes('README.md#'), `unexpected hover: ${hoverText(hovers)}`);
  });

  it("leaves the outline to VS Code's Markdown outline: one tree of the headings, no second provider splitting it", async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.some((d) => ruleOf(d) === 'action-item-owner'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const all = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((symbol) => [symbol, ...all(symbol.children)]);
    // One title: two providers would each give the document's title heading.
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['# Checkout outage: payment requests rejected after a config push'],
    );
    assert.ok(
      !all(symbols).some((symbol) => symbol.kind === vscode.SymbolKind.Field || symbol.kind === vscode.SymbolKind.Event),
      'no action items or timeline entries of a second outline',
    );
  });
});
