// A large document's first analysis in a server publishes twice: the structure findings (the rules
// that need no prose analysis) while the prose is analysed, then every finding. The second must be
// exactly what a single full analysis of the same text publishes.
import * as assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { STRUCTURE_FIRST_CHARS } from '../../server/src/lsp/documentAnalyses';
import { LspClient } from './lspClient';
import { CHECKOUT, SampleWorkspace } from './sampleWorkspace';

const PROSE_RULES = ['blaming-language', 'inclusive-language'];

/** The diagnostics without the id and version of the analysis that made them (each analysis has its own). */
const withoutAnalysisId = (diagnostics: Diagnostic[]) =>
  diagnostics.map((diagnostic) => ({ ...diagnostic, data: { ...(diagnostic.data as object), analysis: 0, version: 0 } }));

describe('server: a large document first analysed', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  before(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    client.settings = { validate: { debounceMs: 0 } };
    await client.initialize(workspace.root);
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('publishes its structure findings first, then every finding, as one full analysis does', async () => {
    const checkout = workspace.read(CHECKOUT);
    const text = checkout.repeat(Math.ceil(STRUCTURE_FIRST_CHARS / checkout.length) + 1);
    const uri = workspace.uri('postmortems/large-checkout.md');
    await client.open(uri, text);
    const complete = await client.waitForDiagnostics(
      uri,
      (params) => params.diagnostics.some((d) => d.code === 'blaming-language'),
      0,
      60_000,
    );
    const published = client.diagnostics.filter((params: PublishDiagnosticsParams) => params.uri === uri);
    assert.deepEqual(
      published.map((params) => params.version),
      [1, 1],
      'two publications of the first version',
    );
    const [structure] = published;
    assert.ok(structure!.diagnostics.length > 0, 'the structure step finds the ownerless action items');
    assert.ok(structure!.diagnostics.every((d) => !PROSE_RULES.includes(String(d.code))));
    assert.deepEqual(
      withoutAnalysisId(complete.diagnostics.filter((d) => !PROSE_RULES.includes(String(d.code)))),
      withoutAnalysisId(structure!.diagnostics),
      'the complete publication holds the structure findings as they were',
    );

    // The same text again as version 2: one full analysis, one publication.
    const since = client.diagnostics.length;
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const single = await client.waitForDiagnostics(uri, (params) => params.version === version, since, 60_000);
    assert.equal(client.diagnostics.slice(since).filter((params) => params.uri === uri).length, 1);
    assert.deepEqual(withoutAnalysisId(complete.diagnostics), withoutAnalysisId(single.diagnostics));
  });

  it('publishes a small document once', async () => {
    const uri = workspace.uri(CHECKOUT);
    const since = client.diagnostics.length;
    await client.open(uri, workspace.read(CHECKOUT));
    await client.waitForDiagnostics(uri, () => true, since, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.diagnostics.slice(since).filter((params) => params.uri === uri).length, 1);
  });
});
