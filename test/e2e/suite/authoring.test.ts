// The writing features in real VS Code: New Postmortem… from each built-in template, Add Missing
// Sections, Insert Timeline Entry, Add Action Item and the contributed snippets.
//
// New Postmortem… is driven by its command arguments ({ template, title, date, severity }), which
// answer its questions in advance, rather than by stubbing showQuickPick/showInputBox: each
// extension gets its own `vscode` API object, so a stub installed by this test-runner extension
// would never be seen by the product. The interactive quick picks are the same code path with
// the answers missing; the argument path is also what keybindings use.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import type { ModelSummary } from '../../../server/src/lsp/protocol';
import { BUILT_IN_TEMPLATES } from '../../../server/src/engine/authoring/templates';
import {
  EXTENSION_ID,
  lineContaining,
  openWorkspaceFile,
  revertWorkspaceFile,
  ruleOf,
  waitFor,
  waitForCurrentPostmortemDiagnostics,
  waitForPostmortemDiagnostics,
  workspaceFile,
} from './helpers';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';
const api = () => vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();

/** Files this suite created, deleted afterwards so that other suites see the sample workspace. */
const created: vscode.Uri[] = [];

async function newPostmortem(template: string, title: string): Promise<vscode.TextEditor> {
  const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', {
    template,
    title,
    date: '2024-06-01',
    severity: 'SEV2',
  });
  assert.ok(uri, `no postmortem was created from ${template}`);
  created.push(uri);
  await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), `${uri.path} to open`);
  return vscode.window.activeTextEditor!;
}

/** The server's model of the document's current text (a postmortem with no findings publishes no diagnostics to wait for). */
async function currentModel(document: vscode.TextDocument): Promise<ModelSummary> {
  let model: ModelSummary | null = null;
  const deadline = Date.now() + 10_000;
  while (model?.version !== document.version) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the model of ${document.uri.path} version ${document.version}`);
    model = await (await api()).model(document.uri);
  }
  return model;
}

/** "14:02" for each minute from `from` to `to` (the command ran somewhere in between), in UTC. */
function minutesBetween(from: Date, to: Date): string[] {
  const stamps: string[] = [];
  for (let at = Math.floor(from.getTime() / 60_000); at <= Math.floor(to.getTime() / 60_000); at++)
    stamps.push(new Date(at * 60_000).toISOString().slice(11, 16));
  return stamps;
}

describe('writing', () => {
  afterEach(async () => {
    await revertWorkspaceFile(CHECKOUT);
    await revertWorkspaceFile(DNS);
  });
  after(async () => {
    for (const uri of created) {
      // VS Code keeps a document an extension opened for minutes after its editor closes, and the
      // document's diagnostics with it: leave it with none, so the Problems panel lists only the samples.
      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), '<!-- postmortem-disable -->\n'));
      await editor.document.save();
      await waitForPostmortemDiagnostics(uri, (diagnostics) => diagnostics.length === 0);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  for (const template of BUILT_IN_TEMPLATES) {
    it(`creates a postmortem from the ${template.label} template with every required section`, async () => {
      const editor = await newPostmortem(template.id, `E2E ${template.label} outage`);
      assert.equal(vscode.workspace.asRelativePath(editor.document.uri), `postmortems/2024-06-01-e2e-${template.id}-outage.md`);
      const diagnostics = await waitForCurrentPostmortemDiagnostics(editor.document);
      assert.deepEqual(
        diagnostics.filter((d) => ruleOf(d) !== 'placeholder-text').map((d) => d.message),
        [],
        'only the TODO prompts are reported',
      );
      const model = await (await api()).model(editor.document.uri);
      assert.equal(model?.profile.id, template.id);
      assert.deepEqual(
        model?.requiredSections.filter((section) => section.status !== 'present').map((section) => section.title),
        [],
      );
      assert.deepEqual([model?.metadata.severity, model?.metadata.status, model?.metadata.date], ['SEV2', 'draft', '2024-06-01']);
    });
  }

  it("creates a postmortem from the workspace's own template, read as text with the answers filled in", async () => {
    const folder = workspaceFile('.postmortem');
    const template =
      '---\nprofile: minimal\nreviewers: [sre-payments]\n---\n# {{title}}\n\nSeverity {{severity}}, {{date}}.\n\n## Summary\n\nTODO: what happened.\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'templates', 'team-review.md'), new TextEncoder().encode(template));
    try {
      const editor = await newPostmortem('team-review', 'E2E team review');
      const text = editor.document.getText();
      assert.match(
        text,
        /^---\nprofile: minimal\nreviewers: \[ sre-payments \]\ntitle: E2E team review\ndate: 2024-06-01\nseverity: SEV2\nstatus: draft\nauthors:.*\ntemplate: team-review\ntype: postmortem\n---\n\n# E2E team review\n\nSeverity SEV2, 2024-06-01\.\n/s,
      );
      await waitForCurrentPostmortemDiagnostics(editor.document);
      assert.equal((await (await api()).model(editor.document.uri))?.profile.id, 'minimal');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('never overwrites a postmortem: the same title and date get -2', async () => {
    const editor = await newPostmortem('minimal', 'E2E Minimal outage');
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri), 'postmortems/2024-06-01-e2e-minimal-outage-2.md');
  });

  it('inserts a timeline entry stamped with the current UTC time, with the cursor in the event cell', async () => {
    const editor = await newPostmortem('minimal', 'E2E timeline');
    await waitForCurrentPostmortemDiagnostics(editor.document);
    const before = new Date();
    assert.equal(await vscode.commands.executeCommand('postmortem.insertTimelineEntry'), true);
    const stamps = minutesBetween(before, new Date());
    const line = lineContaining(editor.document, '|---|---|') + 1;
    const row = editor.document.lineAt(line).text;
    assert.ok(
      stamps.some((stamp) => row === `| ${stamp} |  |`),
      `row ${JSON.stringify(row)}, expected a time among ${stamps}`,
    );
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [line, row.length - 2]);
    await vscode.commands.executeCommand('type', { text: 'Checkout errors page the on-call engineer.' });
    assert.match(editor.document.lineAt(line).text, /^\| \d\d:\d\d \| Checkout errors page the on-call engineer\. \|$/);
  });

  it('appends an entry to the checkout timeline like its rows: a time without a date, in the zone its intro names', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const before = new Date();
    assert.equal(await vscode.commands.executeCommand('postmortem.insertTimelineEntry'), true);
    const line = lineContaining(editor.document, '- 14:49 Error rate back to baseline') + 1;
    const stamps = minutesBetween(before, new Date());
    assert.ok(
      stamps.some((stamp) => editor.document.lineAt(line).text === `- ${stamp} `),
      editor.document.lineAt(line).text,
    );
  });

  it('adds a row like the others to a template timeline whose rows are times under "Time (UTC)", a day after the incident', async () => {
    const editor = await newPostmortem('minimal', 'E2E later day');
    const header = lineContaining(editor.document, '| Time (UTC) | Event |');
    await editor.edit((edit) => edit.insert(new vscode.Position(header + 2, 0), '| 14:02 | Checkout 502 rate rises. |\n'));
    await waitForCurrentPostmortemDiagnostics(editor.document);
    const before = new Date();
    assert.equal(await vscode.commands.executeCommand('postmortem.insertTimelineEntry'), true);
    const stamps = minutesBetween(before, new Date());
    const row = editor.document.lineAt(header + 3).text;
    // The postmortem is dated 2024-06-01: no date and no "+00:00" in this row either.
    assert.ok(
      stamps.some((stamp) => row === `| ${stamp} |  |`),
      `row ${JSON.stringify(row)}, expected a time among ${stamps}`,
    );
  });

  it('adds an action item whose tab stops walk through text, type, owner and ticket', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    assert.equal(await vscode.commands.executeCommand('postmortem.addActionItem'), true);
    const line = lineContaining(editor.document, '| Raise canary coverage') + 1;
    assert.equal(editor.document.lineAt(line).text, '| TODO: what will change | mitigate | owner |  |');
    assert.equal(editor.document.getText(editor.selection), 'TODO: what will change');
    await vscode.commands.executeCommand('type', { text: 'Alert on pool exhaustion' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'mitigate');
    await vscode.commands.executeCommand('type', { text: 'detect' });
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: 'tomas' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: 'PAY-1416' });
    assert.equal(editor.document.lineAt(line).text, '| Alert on pool exhaustion | detect | tomas | PAY-1416 |');
    await waitForCurrentPostmortemDiagnostics(editor.document);
    const model = await (await api()).model(editor.document.uri);
    assert.deepEqual(model?.actionItems.at(-1), {
      ...model?.actionItems.at(-1),
      text: 'Alert on pool exhaustion',
      owner: 'tomas',
      ticket: 'PAY-1416',
    });
  });

  it('adds the missing sections of the DNS postmortem in one undoable edit', async () => {
    const editor = await openWorkspaceFile(DNS);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('postmortem.addMissingSections'), true);
    const model = await currentModel(editor.document);
    assert.deepEqual(
      model.requiredSections.filter((section) => section.status === 'missing'),
      [],
    );
    assert.equal(model.findings.byRule['missing-section'], undefined);
    assert.ok(lineContaining(editor.document, '## Detection') < lineContaining(editor.document, '## Action Items'));
    assert.ok(lineContaining(editor.document, '## Lessons Learned') < lineContaining(editor.document, '## Timeline'));
    // Written as New Postmortem… writes them: TODO prompts, reported until answered.
    const detection = lineContaining(editor.document, '## Detection');
    assert.equal(
      editor.document.lineAt(detection + 2).text,
      'TODO: How and when the incident was noticed, and how it could be noticed sooner.',
    );
    const diagnostics = await waitForCurrentPostmortemDiagnostics(editor.document);
    const placeholders = diagnostics.filter((d) => ruleOf(d) === 'placeholder-text').map((d) => d.range.start.line);
    assert.ok(placeholders.includes(detection + 2), `placeholder-text reports the Detection prompt: ${JSON.stringify(placeholders)}`);
    assert.equal(placeholders.length, 4, 'Detection and the three questions of Lessons Learned');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('expands the contributed snippets by name, sections with their prompt and timeline entries with the time', async () => {
    const editor = await openWorkspaceFile(CHECKOUT);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Section: Detection' });
    const heading = end.line;
    assert.equal(editor.document.lineAt(heading).text, '## Detection');
    assert.equal(
      editor.document.lineAt(heading + 2).text,
      'TODO: How and when the incident was noticed, and how it could be noticed sooner.',
    );
    assert.equal(
      editor.document.getText(editor.selection),
      'TODO: How and when the incident was noticed, and how it could be noticed sooner.',
    );
    await vscode.commands.executeCommand('type', { text: 'The alert fired at 14:06 UTC.' });
    await vscode.commands.executeCommand('leaveSnippet');
    const last = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(last, last);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Timeline entry (list item)' });
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^- \d\d:\d\d [+-]\d\d:\d\d — $/);
  });

  it('ships the snippets, the grammar and the walkthrough media it contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const { contributes } = extension.packageJSON as {
      contributes: {
        snippets: { path: string }[];
        grammars: { path: string }[];
        walkthroughs: { steps: { media: { markdown: string } }[] }[];
      };
    };
    const paths = [
      ...contributes.snippets.map((s) => s.path),
      ...contributes.grammars.map((g) => g.path),
      ...contributes.walkthroughs.flatMap((w) => w.steps.map((step) => step.media.markdown)),
    ];
    assert.equal(paths.length, 5);
    for (const path of paths) await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, path));
  });
});
