// Protocol tests for what the structure view and the preview ask the server: the additions to
// postmortem/model, postmortem/preview (sanitized HTML and header figures) and
// postmortem/sectionInsertion (the missing-section fix for one section).
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ModelRequest,
  PreviewRequest,
  SectionInsertionRequest,
  type ModelSummary,
  type PreviewParams,
  type PreviewResult,
  type SectionInsertionResult,
} from '../../server/src/lsp/protocol';
import { CHECKOUT_PREVIEW_HEADER } from '../fixtures/checkoutPreviewHeader';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

describe('server: structure and preview requests', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  const request = <R>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<R>;
  const previewParams = (relative: string): PreviewParams => ({
    uri: workspace.uri(relative),
    resourceRoot: { folderUri: workspace.uri('.'), webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' },
    allowRemoteImages: false,
  });

  before(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root);
    for (const relative of [CHECKOUT, DNS, 'README.md']) await client.open(workspace.uri(relative), workspace.read(relative));
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('postmortem/model counts findings per required section, marks ownerless items and spans the timeline', async () => {
    const model = await request<ModelSummary>(ModelRequest.method, { uri: workspace.uri(CHECKOUT) });
    const counts = Object.fromEntries(model.requiredSections.map((section) => [section.title, section.findings]));
    assert.deepEqual(counts, {
      Summary: 0,
      Impact: 0,
      'Root Causes': 2,
      Trigger: 0,
      Resolution: 0,
      Detection: 2,
      'Action Items': 1,
      'Lessons Learned': 0,
      Timeline: 0,
    });
    assert.deepEqual(
      model.actionItems.map((item) => item.ownerMissing),
      [false, false, true, false],
    );
    const { span, entries } = model.timeline!;
    assert.deepEqual([entries[span!.first]!.time, entries[span!.last]!.time, span!.durationMinutes], ['13:58', '14:49', 51]);
  });

  it('postmortem/preview answers sanitized HTML with source lines and the header figures', async () => {
    const checkout = await request<PreviewResult>(PreviewRequest.method, previewParams(CHECKOUT));
    assert.equal(checkout.version, 1);
    assert.deepEqual(checkout.header, CHECKOUT_PREVIEW_HEADER);
    assert.match(checkout.html, /<h2 data-line="32">Trigger<\/h2>/);
    assert.match(checkout.html, /data-rule="blaming-language">human error<\/mark>/);
    const dns = await request<PreviewResult>(PreviewRequest.method, previewParams(DNS));
    assert.deepEqual(dns.header.sections, { present: 7, required: 9 });
    assert.match(dns.html, /data-missing-section="Detection"/);
    assert.equal(await request(PreviewRequest.method, previewParams('README.md')), null, 'ordinary Markdown has no preview');
  });

  it('postmortem/preview renders the new version after an edit', async () => {
    const uri = workspace.uri(CHECKOUT);
    const version = await client.change(uri, [
      {
        range: { start: { line: 24, character: 0 }, end: { line: 24, character: 38 } },
        text: 'The pool limit was lowered by a config push.',
      },
    ]);
    const edited = await request<PreviewResult>(PreviewRequest.method, previewParams(CHECKOUT));
    assert.equal(edited.version, version);
    assert.ok(!edited.html.includes('human error'));
    assert.equal(edited.header.findings, 4);
  });

  it('postmortem/sectionInsertion gives the missing-section fix of one section (its TODO prompt), for the current version', async () => {
    const uri = workspace.uri(DNS);
    const insertion = await request<SectionInsertionResult>(SectionInsertionRequest.method, { uri, title: 'Detection' });
    assert.equal(insertion.version, 1);
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, workspace.read(DNS)), [insertion]);
    assert.ok(text.includes('09:36 UTC as the caches warmed.\n\n## Detection\n\nTODO: How and when the incident was noticed'), text);
    assert.equal(await request(SectionInsertionRequest.method, { uri, title: 'Summary' }), null, 'Summary is not missing');
    assert.equal(await request(SectionInsertionRequest.method, { uri: workspace.uri('README.md'), title: 'Detection' }), null);
  });
});
