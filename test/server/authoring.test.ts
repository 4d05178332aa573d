// Protocol tests for the writing commands' requests: postmortem/missingSectionEdits,
// postmortem/timelineEntry and postmortem/actionItem, answered from the cached analysis.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ActionItemRequest,
  MissingSectionEditsRequest,
  TimelineEntryRequest,
  type MissingSectionEditsResult,
  type SnippetEditResult,
} from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, README, SampleWorkspace } from './sampleWorkspace';

describe('server: writing commands', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  before(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root);
    for (const file of [CHECKOUT, DNS, README]) await client.open(workspace.uri(file), workspace.read(file));
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  const request = <R>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<R>;

  it('answers the edits that add the missing sections of the DNS postmortem', async () => {
    const result = await request<MissingSectionEditsResult>(MissingSectionEditsRequest.method, { uri: workspace.uri(DNS) });
    assert.ok('edits' in result);
    assert.equal(result.version, 1);
    const fixed = TextDocument.applyEdits(TextDocument.create(workspace.uri(DNS), 'markdown', 1, workspace.read(DNS)), result.edits);
    assert.deepEqual(
      fixed
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .slice(4, 8),
      ['## Resolution', '## Detection', '## Action Items', '## Lessons Learned'],
    );
  });

  it('answers a timeline entry stamped with the given time, after the last entry of the checkout timeline', async () => {
    const result = await request<SnippetEditResult>(TimelineEntryRequest.method, {
      uri: workspace.uri(CHECKOUT),
      now: '2024-03-12T15:05:00Z',
    });
    assert.ok('snippet' in result);
    assert.equal(result.snippet, '- 15:05 $1\n');
    const lines = workspace.read(CHECKOUT).split('\n');
    assert.equal(result.range.start.character, 0);
    assert.match(lines[result.range.start.line - 1]!, /^- 14:49 Error rate back to baseline/);
  });

  it('answers an action-item row after the last row of the checkout table', async () => {
    const result = await request<SnippetEditResult>(ActionItemRequest.method, { uri: workspace.uri(CHECKOUT) });
    assert.ok('snippet' in result);
    assert.equal(
      result.snippet,
      '| ${1:TODO: what will change} | ${2|mitigate,prevent,detect,process,repair,investigate,other|} | ${3:owner} | $4 |\n',
    );
    assert.match(workspace.read(CHECKOUT).split('\n')[result.range.start.line - 1]!, /^\| Raise canary coverage/);
  });

  it('says why when the file is not a postmortem, or the time is not one', async () => {
    const readme = await request<SnippetEditResult>(ActionItemRequest.method, { uri: workspace.uri(README) });
    assert.ok('problem' in readme && /not a postmortem/.test(readme.problem));
    const badTime = await request<SnippetEditResult>(TimelineEntryRequest.method, { uri: workspace.uri(CHECKOUT), now: 'soon' });
    assert.ok('problem' in badTime && /"soon" is not a time/.test(badTime.problem));
    const closed = await request<SnippetEditResult>(TimelineEntryRequest.method, {
      uri: workspace.uri('postmortems/none.md'),
      now: '2024-03-12T15:05:00Z',
    });
    assert.ok('problem' in closed && /does not have this file open/.test(closed.problem));
  });
});
