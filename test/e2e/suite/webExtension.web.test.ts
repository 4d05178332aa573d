// The web extension (package.json "browser") in code-server's web worker extension host, where
// vscode.dev and github.dev run it: the harness's web run (harness/webRun.ts). These suites run in
// the Node extension host of the test runner; the extension's answers reach them through VS Code,
// as they reach the editor. Only a diagnostic's public fields cross from one extension host to
// another (not `data`, where the server stamps the document version): the waits below tell the
// diagnostics before and after an edit apart by what they say.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE } from '../../../client/src/preview/previewPanel';
import {
  EXTENSION_ID,
  lineContaining,
  openWorkspaceFile,
  revertDocument,
  waitFor,
  waitForPostmortemDiagnostics,
  workspaceFile,
} from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const HUMAN_ERROR = (diagnostics: vscode.Diagnostic[]) => diagnostics.find((d) => d.message.startsWith('"human error"'));

/** The checkout postmortem's diagnostics once "human error" is among them (as in its saved text). */
const humanErrorFlagged = (document: vscode.TextDocument) =>
  waitForPostmortemDiagnostics(document.uri, (all) => HUMAN_ERROR(all) !== undefined).then((all) => HUMAN_ERROR(all)!);

describe('web extension', () => {
  afterEach(async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(CHECKOUT));
    if (!document.isDirty) return;
    await revertDocument(document);
    await humanErrorFlagged(document);
  });

  it('runs in another extension host than the Node one (the web worker)', () => {
    // The stable API lists only the extensions of the caller's own host.
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID), undefined, 'the extension runs in the Node extension host');
  });

  it('flags the blaming sentences of the checkout postmortem', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    assert.equal(editor.document.getText((await humanErrorFlagged(editor.document)).range), 'human error');
  });

  it('replaces "human error" with a quick fix, and the finding goes away', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const humanError = await humanErrorFlagged(editor.document);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      humanError.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.title === 'Replace with "a gap in the process"');
    assert.ok(fix?.edit, `quick fixes offered: ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const line = lineContaining(editor.document, 'The outage was caused by');
    assert.equal(editor.document.lineAt(line).text, 'The outage was caused by a gap in the process.');
    // The server's answer to the edit: the other findings stay, none is left on the fixed line.
    await waitForPostmortemDiagnostics(
      editor.document.uri,
      (all) => all.length > 0 && HUMAN_ERROR(all) === undefined && !all.some((d) => d.range.start.line === line),
    );
  });

  it('explains a blaming finding on hover', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const humanError = await humanErrorFlagged(editor.document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      humanError.range.start.translate(0, 3),
    );
    const text = hovers
      .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
      .join('\n');
    assert.match(text, /README\.md#blaming-language/, `hover text: ${text}`);
  });

  it('opens the preview beside the postmortem', async () => {
    await openWorkspaceFile(CHECKOUT);
    await vscode.commands.executeCommand('postmortem.openPreviewToSide');
    const previews = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
    await waitFor(() => previews().length === 1, 'a preview tab');
    assert.match(previews()[0]!.label, /checkout/i);
  });
});
