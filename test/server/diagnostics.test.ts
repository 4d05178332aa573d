// Protocol tests: diagnostics from the bundled server over stdio, for the sample workspace.
import * as assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, README, SampleWorkspace } from './sampleWorkspace';

const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** `line:rule` for each line with a finding (1-based lines, as an editor shows them). */
const codes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`))];

describe('server: diagnostics', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  before(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root);
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('reports blaming sentences and the ownerless action item of the checkout postmortem', async () => {
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    const { diagnostics, version } = await client.waitForDiagnostics(workspace.uri(CHECKOUT));
    assert.equal(version, 1);
    assert.deepEqual(codes(diagnostics), ['25:blaming-language', '28:blaming-language', '45:blaming-language', '54:action-item-owner']);
    const humanError = diagnostics[0]!;
    assert.equal(humanError.source, 'postmortem');
    assert.equal(humanError.severity, 2 /* Warning */);
    assert.match(humanError.codeDescription!.href, /README\.md#blaming-language$/);
    assert.deepEqual(humanError.range, { start: { line: 24, character: 25 }, end: { line: 24, character: 36 } });
    // The finding's place in its analysis, not its edits: those are made when code actions are asked for.
    const data = humanError.data as Record<string, unknown>;
    assert.deepEqual(Object.keys(data).sort(), ['analysis', 'finding', 'version']);
    assert.equal(data.finding, 0);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: workspace.uri(CHECKOUT) },
      range: humanError.range,
      context: { diagnostics: [humanError] },
    })) as CodeAction[];
    const replacements = actions.filter((action) => action.title.startsWith('Replace with'));
    assert.deepEqual(
      replacements.map((action) => action.title),
      ['Replace with "a gap in the process"', 'Replace with "a missing safeguard in the tooling"'],
    );
    assert.deepEqual(replacements[0]!.edit!.changes![workspace.uri(CHECKOUT)], [
      { range: humanError.range, newText: 'a gap in the process' },
    ]);
  });

  it('reports the sections the Google SRE profile requires and the DNS postmortem lacks', async () => {
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(DNS));
    const missing = diagnostics.filter((d) => d.code === 'missing-section').map((d) => /"([^"]+)"/.exec(messageText(d))?.[1]);
    assert.deepEqual(missing, ['Detection', 'Lessons Learned']);
  });

  it('leaves ordinary Markdown alone', async () => {
    await client.open(workspace.uri(README), workspace.read(README));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(README));
    assert.deepEqual(diagnostics, []);
  });

  it('publishes once for ordinary Markdown, not on every edit', async () => {
    const readme = workspace.uri(README);
    const since = client.diagnostics.length;
    await client.change(readme, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    // Edited after the README with the same debounce, the postmortem is published after it would be.
    const version = await client.change(workspace.uri(DNS), [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
    ]);
    await client.waitForDiagnostics(workspace.uri(DNS), (params) => params.version === version, since);
    assert.deepEqual(
      client.diagnostics.slice(since).filter((params) => params.uri === readme),
      [],
    );
  });

  it('drops a diagnostic once its sentence is deleted, after the debounce', async () => {
    const uri = workspace.uri(CHECKOUT);
    const since = client.diagnostics.length;
    const started = performance.now();
    // Line 28 (0-based 27): "Bob should have checked the config before deploying."
    const version = await client.change(uri, [{ range: { start: { line: 27, character: 0 }, end: { line: 28, character: 0 } }, text: '' }]);
    const { diagnostics } = await client.waitForDiagnostics(uri, (params) => params.version === version, since);
    const latencyMs = performance.now() - started;
    assert.deepEqual(codes(diagnostics), ['25:blaming-language', '44:blaming-language', '53:action-item-owner']);
    // The default debounce is 150 ms; an incremental re-analysis adds little to it.
    assert.ok(latencyMs >= 140 && latencyMs < 2_000, `didChange → publishDiagnostics took ${Math.round(latencyMs)} ms`);
    console.log(`      didChange → publishDiagnostics: ${Math.round(latencyMs)} ms (debounce 150 ms)`);
  });

  it('publishes only for the latest of several quick edits', async () => {
    const uri = workspace.uri(CHECKOUT);
    const since = client.diagnostics.length;
    let version = 0;
    for (const text of ['x', 'y', 'z'])
      version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }]);
    await client.waitForDiagnostics(uri, (params) => params.version === version, since);
    assert.deepEqual(
      client.diagnostics
        .slice(since)
        .filter((params) => params.uri === uri)
        .map((params) => params.version),
      [version],
    );
  });
});
