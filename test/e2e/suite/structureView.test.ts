// The "Postmortem" structure view in real VS Code, through the tree data provider the extension
// returns from activate(): its rows for the sample postmortems, following the active editor,
// updating while typing with stable ids, and what a click on a row does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import type { StructureItem } from '../../../client/src/structure/structureItems';
import type { StructureSnapshot } from '../../../client/src/structure/structureView';
import { EXTENSION_ID, lineContaining, openWorkspaceFile, revertWorkspaceFile, waitFor, waitForEvent } from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';

const api = () => vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();

/** The view's rows once it shows the document's current version. */
async function structureOf(document: vscode.TextDocument): Promise<StructureSnapshot> {
  const { structure } = await api();
  return waitForEvent(
    structure.onDidUpdate,
    () => structure.snapshot,
    (snapshot) => snapshot?.uri === document.uri.toString() && snapshot.version === document.version,
    `the structure view to show ${document.uri.path} version ${document.version}`,
  ) as Promise<StructureSnapshot>;
}

/** "label — description" of each child of a top-level group, as the tree shows them. */
async function rows(group: string): Promise<string[]> {
  const { structure } = await api();
  const parent = structure.getChildren().find((item) => item.id === group);
  assert.ok(parent, `no group ${group}`);
  return structure.getChildren(parent).map((item) => `${item.label} — ${item.description ?? ''}`);
}

async function item(id: string): Promise<StructureItem> {
  const { structure } = await api();
  const found = structure
    .getChildren()
    .flatMap((group) => [group, ...structure.getChildren(group)])
    .find((candidate) => candidate.id === id);
  assert.ok(found, `no item ${id}`);
  return found;
}

/** Runs what a click on the row runs. */
async function click(id: string): Promise<void> {
  const { structure } = await api();
  const command = structure.getTreeItem(await item(id)).command;
  assert.ok(command, `${id} has no click command`);
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

describe('structure view', () => {
  afterEach(async () => {
    await revertWorkspaceFile(CHECKOUT);
    await revertWorkspaceFile(DNS);
  });

  it('lists the required sections, action items and timeline of the checkout postmortem', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await structureOf(editor.document);
    const { structure } = await api();
    assert.deepEqual(
      structure.getChildren().map((group) => `${group.label} — ${group.description}`),
      ['Required sections — 9/9 · Google SRE', 'Action items — 3/4 with an owner', 'Timeline — 13:58 → 14:49 · 51 min'],
    );
    assert.deepEqual(await rows('sections'), [
      'Summary — ',
      'Impact — ',
      'Root Causes — 2 findings',
      'Trigger — ',
      'Resolution — ',
      'Detection — 2 findings',
      'Action Items — 1 finding',
      'Lessons Learned — ',
      'Timeline — ',
    ]);
    assert.deepEqual(await rows('action-items'), [
      'Validate pool sizes against a per-service allowed range i… — priya · PAY-1412',
      'Give staging and production config selectors distinct pre… — tomas · PAY-1413',
      'Page on CheckoutErrorRateHigh after 5 minutes instead of … — no owner · PAY-1414',
      'Raise canary coverage for config pushes to 10% of traffic — sre-payments · PAY-1415',
    ]);
    assert.equal((await item('action-item:2')).icon, 'warning', 'the ownerless item is marked');
    assert.deepEqual(await rows('timeline'), [
      'First: 13:58 — Config push cfg-20240312-1358 starts.',
      'Last: 14:49 — Error rate back to baseline. OUTAGE ENDS',
      'Duration: 51 min — 9 entries',
    ]);
  });

  it('follows the active editor: the DNS postmortem shows its two missing sections', async () => {
    const editor = await openWorkspaceFile(DNS);
    await structureOf(editor.document);
    const missing = (await rows('sections')).filter((row) => row.endsWith('missing'));
    assert.deepEqual(missing, ['Detection — missing', 'Lessons Learned — missing']);
    assert.equal((await api()).structure.getTreeItem(await item('section:Detection')).contextValue, 'missingSection');
  });

  it('updates while typing, keeping the ids of every row', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await structureOf(editor.document);
    const { structure } = await api();
    const ids = () => structure.getChildren().flatMap((group) => [group.id, ...structure.getChildren(group).map((child) => child.id)]);
    const before = ids();
    const line = lineContaining(editor.document, 'in Europe peaked.');
    await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), 'Bob should have checked the dashboard.\n'));
    await structureOf(editor.document);
    assert.deepEqual(ids(), before);
    assert.equal((await rows('sections'))[0], 'Summary — 1 finding');
  });

  it('clicking a present section goes to its heading', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await structureOf(editor.document);
    await click('section:Detection');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active.selection.active.line, lineContaining(editor.document, '## Detection'));
  });

  it('clicking a missing section inserts it where the profile puts it, and the view shows it present', async () => {
    const editor = await openWorkspaceFile(DNS);
    await structureOf(editor.document);
    await click('section:Detection');
    const text = editor.document.getText();
    assert.ok(text.includes('09:36 UTC as the caches warmed.\n\n## Detection\n\nTODO: How and when the incident was noticed'), text);
    assert.equal(vscode.window.activeTextEditor!.selection.active.line, lineContaining(editor.document, '## Detection'));
    await structureOf(editor.document);
    assert.deepEqual(
      (await rows('sections')).filter((row) => row.endsWith('missing')),
      ['Lessons Learned — missing'],
    );
  });

  it('follows the cursor like an outline: the row of the action item, section or timeline entry it is in is selected', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    await structureOf(editor.document);
    const { structure } = await api();
    // Shown (the Explorer with the Postmortem view), then the editor gets the keyboard back.
    await vscode.commands.executeCommand('postmortem.structure.focus');
    await vscode.window.showTextDocument(editor.document);
    const at = async (text: string, id: string) => {
      const line = lineContaining(editor.document, text);
      editor.selection = new vscode.Selection(line, 3, line, 3);
      await waitFor(
        () => structure.selection[0]?.id === id,
        `the row ${id} to be selected for line ${line}; selected: ${structure.selection.map((row) => row.id)}`,
      );
    };
    await at('| Page on `CheckoutErrorRateHigh`', 'action-item:2');
    await at('The on-call engineer carelessly ignored the alert.', 'section:Detection');
    await at('- 14:49 Error rate back to baseline', 'timeline:last');
  });
});
