// The workspace index over the protocol: every postmortem of the folder, open or not, read in the
// background; the findings of closed files in the Problems panel unless
// postmortem.workspaceDiagnostics is false; kept current on file events and open-document edits;
// bad files listed with why.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { WorkspaceIndexRequest, type WorkspaceIndexResult } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

const QUEUE = 'postmortems/2024-06-03-queue-backlog.md';
const LOGIN = 'postmortems/2024-01-18-login-rate-limits.md';
const SEARCH = 'postmortems/2023-11-20-search-index-stale.md';

const NEW = 'postmortems/2024-07-01-cache-stampede.md';
const NEW_TEXT = `---
date: 2024-07-01
severity: SEV3
---

# Postmortem: queue backlog

## Timeline (UTC)

- 10:00 Consumer lag begins to climb.
- 10:20 Alert fired.
- 10:45 Incident resolved.

## Action Items

- [ ] Alert on consumer lag per partition
- [x] Raise the consumer count (owner: @ola)
`;

describe('server: workspace index', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;
  const index = () => client.connection.sendRequest(WorkspaceIndexRequest.method, { today: '2024-08-01' }) as Promise<WorkspaceIndexResult>;
  /** Asks until the index satisfies `accept` (it is read in the background). */
  async function indexWhere(accept: (result: WorkspaceIndexResult) => boolean, what: string): Promise<WorkspaceIndexResult> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const result = await index();
      if (!result.indexing && accept(result)) return result;
      if (Date.now() > deadline) assert.fail(`the index never had ${what}: ${JSON.stringify(result.postmortems.map((each) => each.file))}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const closedFileFindings = (uri: string, since = 0) =>
    client.waitForDiagnostics(
      uri,
      (params: PublishDiagnosticsParams) => params.version === undefined && params.diagnostics.length > 0,
      since,
    );

  beforeEach(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root);
  });
  afterEach(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('lists every postmortem of the folder without opening any, with its numbers and action items', async () => {
    const result = await indexWhere((each) => each.postmortems.length === 5, 'five postmortems');
    assert.deepEqual(
      result.postmortems.map((each) => [each.file, each.date, each.durations]),
      [
        [workspace.uri(QUEUE), '2024-06-03', { detect: 43, mitigate: 58, resolve: 78 }],
        [workspace.uri(DNS), '2024-05-02', { detect: 8, mitigate: 22, resolve: 22 }],
        [workspace.uri(CHECKOUT), '2024-03-12', { detect: 4, mitigate: 47, resolve: 47 }],
        [workspace.uri(LOGIN), '2024-01-18', { detect: 4, mitigate: 26, resolve: 65 }],
        [workspace.uri(SEARCH), '2023-11-20', { detect: 220, mitigate: null, resolve: 251 }],
      ],
    );
    assert.equal(result.actionItems.length, 15);
    assert.deepEqual(result.trends.actionItems, { total: 15, open: 11, done: 4, ownerless: 3, overdue: 4, repeats: 1 });
    assert.deepEqual(
      result.actionItems.filter((item) => item.repeatOf).map((item) => [item.file, item.repeatOf!.file]),
      [[workspace.uri(QUEUE), workspace.uri(SEARCH)]],
    );
  });

  it("publishes a closed file's findings, and clears them when workspaceDiagnostics is turned off", async () => {
    const published = await closedFileFindings(workspace.uri(CHECKOUT));
    assert.ok(published.diagnostics.some((diagnostic) => String(diagnostic.message).startsWith('"human error"')));
    const since = client.diagnostics.length;
    await client.settingsChanged({ workspaceDiagnostics: false });
    await client.waitForDiagnostics(workspace.uri(CHECKOUT), (params) => params.diagnostics.length === 0, since);
  });

  it('follows files created, changed and deleted on disk', async () => {
    await indexWhere((each) => each.postmortems.length === 5, 'five postmortems');
    workspace.write(NEW, NEW_TEXT);
    await client.filesChanged([{ uri: workspace.uri(NEW), type: FileChangeType.Created }]);
    const result = await indexWhere((each) => each.postmortems.length === 6, 'the new postmortem');
    const created = result.postmortems.find((each) => each.file === workspace.uri(NEW))!;
    assert.deepEqual(
      [created.severity, created.durations, created.actionItems],
      ['SEV3', { detect: 20, mitigate: null, resolve: 45 }, { total: 2, open: 1 }],
    );

    workspace.write(NEW, NEW_TEXT.replace('- [ ] Alert', '- [x] Alert'));
    await client.filesChanged([{ uri: workspace.uri(NEW), type: FileChangeType.Changed }]);
    await indexWhere((each) => each.postmortems.find((one) => one.file === workspace.uri(NEW))?.actionItems.open === 0, 'the change');

    const since = client.diagnostics.length;
    fs.rmSync(workspace.path(NEW));
    await client.filesChanged([{ uri: workspace.uri(NEW), type: FileChangeType.Deleted }]);
    await indexWhere((each) => each.postmortems.length === 5, 'the file gone');
    await client.waitForDiagnostics(workspace.uri(NEW), (params) => params.diagnostics.length === 0, since);
  });

  it("takes an open document's unsaved edits, and the file on disk again once it is closed", async () => {
    await indexWhere((each) => each.postmortems.length === 5, 'five postmortems');
    const text = workspace.read(DNS);
    await client.open(workspace.uri(DNS), text);
    await client.change(workspace.uri(DNS), [{ text: text.replace('**Date:** 2024-05-02', '**Date:** 2024-05-03') }]);
    await indexWhere((each) => each.postmortems.some((one) => one.date === '2024-05-03'), 'the unsaved date');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: workspace.uri(DNS) } });
    await indexWhere((each) => each.postmortems.some((one) => one.date === '2024-05-02'), 'the date on disk');
  });

  it('lists a postmortem that is not text with why, and still reads the others', async () => {
    fs.writeFileSync(workspace.path('postmortems/2024-06-01-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]));
    await client.filesChanged([{ uri: workspace.uri('postmortems/2024-06-01-binary.md'), type: FileChangeType.Created }]);
    const result = await indexWhere((each) => each.problems.length === 1, 'the binary file listed');
    assert.match(result.problems[0]!.message, /not text/);
    assert.equal(result.postmortems.length, 5);
  });
});
