// The preview panel in real VS Code: "Postmortem: Open Preview to the Side" opens a webview
// beside the postmortem, whose script reports each version it puts on screen (the extension
// exposes those reports for tests). What the page looks like and what a click in it does are
// checked by driving the browser: test/e2e/ui/preview.check.ts and previewXss.check.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import { PREVIEW_VIEW_TYPE, type RenderedPreview } from '../../../client/src/preview/previewPanel';
import { CHECKOUT_PREVIEW_HEADER } from '../../fixtures/checkoutPreviewHeader';
import { EXTENSION_ID, lineContaining, openWorkspaceFile, revertWorkspaceFile, waitForEvent, workspaceFile } from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';

const api = () => vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();

/** Waits until the webview has put the document's current version on screen. */
async function rendered(document: vscode.TextDocument): Promise<RenderedPreview> {
  const { preview } = await api();
  return waitForEvent(
    preview.onDidRender,
    () => preview.current,
    (shown) => shown.uri === document.uri.toString() && shown.version === document.version,
    `the preview to show ${document.uri.path} version ${document.version}`,
  );
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
}

describe('preview', () => {
  afterEach(async () => {
    await revertWorkspaceFile(CHECKOUT);
    await revertWorkspaceFile(DNS);
  });
  after(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });

  it('opens beside the postmortem with the header figures of the checkout postmortem', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await vscode.commands.executeCommand('postmortem.openPreviewToSide');
    const shown = await rendered(editor.document);
    assert.deepEqual(shown.header, CHECKOUT_PREVIEW_HEADER);
    const tabs = previewTabs();
    assert.equal(tabs.length, 1, 'one preview panel');
    assert.equal(tabs[0]!.label, 'Preview 2024-03-12-checkout-outage.md');
    assert.notEqual(tabs[0]!.group.viewColumn, vscode.window.activeTextEditor!.viewColumn, 'the preview is beside the editor');
    assert.equal(vscode.window.activeTextEditor!.document, editor.document, 'the editor keeps the focus');
  });

  it('follows the active postmortem', async () => {
    await openWorkspaceFile(CHECKOUT);
    await vscode.commands.executeCommand('postmortem.openPreviewToSide');
    const dns = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(DNS)), vscode.ViewColumn.One);
    const shown = await rendered(dns.document);
    assert.deepEqual(shown.header.sections, { present: 7, required: 9 });
    assert.equal(previewTabs().length, 1, 'still one preview panel');
    assert.equal(previewTabs()[0]!.label, 'Preview 2024-05-02-dns-incident.md');
  });

  it('shows each edit after a pause in typing', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await vscode.commands.executeCommand('postmortem.openPreviewToSide');
    await rendered(editor.document);
    const line = lineContaining(editor.document, 'The outage was caused by human error.');
    for (const text of ['The outage was caused', ' by a gap', ' in the process.']) {
      const end = editor.document.lineAt(line).range.end;
      await editor.edit((edit) => (text.startsWith(' ') ? edit.insert(end, text) : edit.replace(editor.document.lineAt(line).range, text)));
    }
    const shown = await rendered(editor.document);
    assert.equal(shown.header.findings, 4, 'the "human error" finding is gone');
  });
});
