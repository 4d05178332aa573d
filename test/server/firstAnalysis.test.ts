// A large document's first analysis in a server publishes twice: the findings of its opening by
// the rules that the rest of the document cannot change (rule.local) while the rest is analysed,
// then every finding. The first must hold only findings the
// second holds too, and the second exactly what a single full analysis of the same text publishes.
import * as assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { openingOf, RULES } from '../../server/src/engine';
import { OPENING_CHARS, OPENING_FIRST_CHARS } from '../../server/src/lsp/documentAnalyses';
import { LspClient } from './lspClient';
import { CHECKOUT, SampleWorkspace } from './sampleWorkspace';

const LOCAL_RULES = RULES.filter((rule) => rule.local).map((rule) => rule.id);

/** The diagnostics without the id and version of the analysis that made them (each analysis has its own). */
const withoutAnalysisId = (diagnostics: Diagnostic[]) =>
  diagnostics.map((diagnostic) => ({ ...diagnostic, data: { ...(diagnostic.data as object), analysis: 0, version: 0 } }));

/** What the writer sees of a diagnostic (its fixes are offered once the full analysis is in). */
const shown = ({ range, severity, code, message }: Diagnostic) => JSON.stringify({ range, severity, code, message });

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

  it('publishes the findings of its opening first, then every finding, as one full analysis does', async () => {
    const checkout = workspace.read(CHECKOUT);
    const text = checkout.repeat(Math.ceil(OPENING_FIRST_CHARS / checkout.length) + 1);
    const openingLines = text.slice(0, openingOf(text, OPENING_CHARS)!.end).split('\n').length;
    const uri = workspace.uri('postmortems/large-checkout.md');
    await client.open(uri, text);
    const first = await client.waitForDiagnostics(uri, () => true, 0, 60_000);
    const complete = await client.waitForDiagnostics(uri, () => true, client.diagnostics.indexOf(first) + 1, 60_000);
    const published = client.diagnostics.filter((params: PublishDiagnosticsParams) => params.uri === uri);
    assert.deepEqual(
      published.map((params) => params.version),
      [1, 1],
      'two publications of the first version',
    );
    const [opening] = published;
    assert.ok(opening!.diagnostics.length > 0, 'the opening has blaming wording');
    for (const diagnostic of opening!.diagnostics) {
      assert.ok(LOCAL_RULES.includes(String(diagnostic.code)), `${diagnostic.code} is a local rule`);
      assert.ok(diagnostic.range.end.line < openingLines, `line ${diagnostic.range.end.line} is in the opening`);
    }
    const completeShown = new Set(complete.diagnostics.map(shown));
    assert.ok(
      opening!.diagnostics.every((diagnostic) => completeShown.has(shown(diagnostic))),
      'the complete publication holds every finding of the opening as it was',
    );
    assert.ok(
      complete.diagnostics.some(
        (diagnostic) => diagnostic.range.start.line >= openingLines && LOCAL_RULES.includes(String(diagnostic.code)),
      ),
      'the complete publication has findings of the same rules past the opening',
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
