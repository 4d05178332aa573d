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

  it('after "@" in an owner cell proposes the owners named in this postmortem (the only ones it knows there)', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await humanErrorFlagged(editor.document);
    const row = lineContaining(editor.document, '| Page on `CheckoutErrorRateHigh`');
    const cell = editor.document.lineAt(row).text.indexOf('| process |') + '| process | '.length;
    await editor.edit((edit) => edit.insert(new vscode.Position(row, cell), '@'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(row, cell + 1),
      '@',
    );
    const owners = list.items
      .filter((item) => item.kind === vscode.CompletionItemKind.Reference)
      .map((item) => (typeof item.label === 'string' ? item.label : item.label.label))
      .sort();
    // @mei and @netops, owners in the DNS postmortem, are not read on the web.
    assert.deepEqual(owners, ['@priya', '@sre-payments', '@tomas']);
  });

  it("creates a postmortem from the workspace's own template, read through VS Code's file system", async () => {
    const folder = workspaceFile('.postmortem');
    const template = '---\nprofile: minimal\n---\n# {{title}}\n\nSeverity {{severity}}, {{date}}.\n\n## Summary\n\nTODO: what happened.\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'templates', 'web-review.md'), new TextEncoder().encode(template));
    let created: vscode.Uri | undefined;
    try {
      created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', {
        template: 'web-review',
        title: 'E2E web review',
        date: '2024-06-01',
        severity: 'SEV3',
      });
      assert.ok(created, 'no postmortem was created');
      assert.equal(vscode.workspace.asRelativePath(created), 'postmortems/2024-06-01-e2e-web-review.md');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(text, /^---\nprofile: minimal\ntitle: E2E web review\ndate: 2024-06-01\nseverity: SEV3\n/);
      assert.match(text, /\n# E2E web review\n\nSeverity SEV3, 2024-06-01\.\n/);
      // The web server checks it: the template's TODO is a placeholder.
      await waitForPostmortemDiagnostics(created, (all) => all.some((d) => d.code === 'placeholder-text'));
    } finally {
      if (created) {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(created);
      }
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
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
