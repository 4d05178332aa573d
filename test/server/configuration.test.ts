// Protocol tests: .postmortemrc.json and postmortem.* settings, applied without a restart, and
// mistakes in them reported once without stopping the server.
import * as assert from 'node:assert/strict';
import { FileChangeType, MessageType, type Diagnostic } from 'vscode-languageserver-protocol';
import { ModelRequest, WorkspaceTrustedNotification, type ModelSummary } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

const RC = '.postmortemrc.json';
const rules = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => String(d.code)))].sort();

describe('server: configuration', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  beforeEach(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
  });
  afterEach(async () => {
    await client.dispose();
    workspace.dispose();
  });

  /** Rewrites the workspace's .postmortemrc.json as an editor would, and tells the server. */
  async function writeRc(text: string): Promise<number> {
    const since = client.diagnostics.length;
    workspace.write(RC, text);
    await client.filesChanged([{ uri: workspace.uri(RC), type: FileChangeType.Changed }]);
    return since;
  }

  it('re-checks open documents when .postmortemrc.json changes', async () => {
    await client.initialize(workspace.root);
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    assert.deepEqual(rules((await client.waitForDiagnostics(workspace.uri(DNS))).diagnostics), ['missing-section']);
    // The minimal profile requires nothing the DNS postmortem lacks.
    const since = await writeRc('{ "profile": "minimal" }');
    await client.waitForDiagnostics(workspace.uri(DNS), (params) => params.diagnostics.length === 0, since);
  });

  it('reports a broken .postmortemrc.json once, on line 1 of each postmortem, and falls back to the defaults', async () => {
    await client.initialize(workspace.root);
    await writeRc('{ "profile": "google", "rules": { "no-such-rule": "off" } }');
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const checkout = (await client.waitForDiagnostics(workspace.uri(CHECKOUT))).diagnostics;
    const dns = (await client.waitForDiagnostics(workspace.uri(DNS))).diagnostics;
    for (const diagnostics of [checkout, dns]) {
      const problem = diagnostics.find((d) => d.code === 'configuration')!;
      assert.deepEqual(problem.range.start, { line: 0, character: 0 });
      assert.match(String(problem.message), /\.postmortemrc\.json: profile must be one of .*; rules names an unknown rule "no-such-rule"/);
    }
    assert.ok(
      checkout.some((d) => d.code === 'blaming-language'),
      'the built-in rules still run',
    );
    assert.ok(!dns.some((d) => d.code === 'missing-section'), 'the default (minimal) profile applies');
    const errors = client.messages.filter((message) => message.type === MessageType.Error);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0]!.message, /Until this is fixed, this file is ignored/);

    const since = await writeRc('{ "profile": "google-sre" }');
    const fixed = await client.waitForDiagnostics(
      workspace.uri(DNS),
      (params) => !params.diagnostics.some((d) => d.code === 'configuration'),
      since,
    );
    assert.deepEqual(rules(fixed.diagnostics), ['missing-section']);
  });

  it('lets postmortem.* settings win over the file, and applies their changes', async () => {
    client.settings = { profile: 'minimal' };
    await client.initialize(workspace.root);
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    assert.deepEqual((await client.waitForDiagnostics(workspace.uri(DNS))).diagnostics, []);
    await client.waitForDiagnostics(workspace.uri(CHECKOUT));

    const since = client.diagnostics.length;
    await client.settingsChanged({ profile: 'minimal', rules: { 'blaming-language': 'off', 'action-item-owner': 'error' } });
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(CHECKOUT), () => true, since);
    assert.deepEqual(rules(diagnostics), ['action-item-owner']);
    assert.equal(diagnostics[0]!.severity, 1 /* Error */);
  });

  it('reports broken settings and ignores only them', async () => {
    client.settings = { validate: { debounceMs: -5 }, analysisTimeLimitMs: 5, rules: { 'blaming-language': 'loud' } };
    await client.initialize(workspace.root);
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(DNS));
    const problem = diagnostics.find((d) => d.code === 'configuration')!;
    assert.match(
      String(problem.message),
      /^Settings \(postmortem\.\*\): validate\.debounceMs must be .*; analysisTimeLimitMs must be .*at least 100; rules\.blaming-language must be one of/,
    );
    assert.ok(
      diagnostics.some((d) => d.code === 'missing-section'),
      '.postmortemrc.json (google-sre) still applies',
    );
  });

  it('ignores .postmortemrc.json in an untrusted workspace until trust is granted', async () => {
    await client.initialize(workspace.root, { workspaceTrusted: false });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    assert.deepEqual((await client.waitForDiagnostics(workspace.uri(DNS))).diagnostics, [], 'built-in minimal profile');
    const model = (await client.connection.sendRequest(ModelRequest.method, { uri: workspace.uri(DNS) })) as ModelSummary;
    assert.equal(model.configFileIgnored, true);
    assert.equal(model.profile.id, 'minimal');

    const since = client.diagnostics.length;
    await client.connection.sendNotification(WorkspaceTrustedNotification.method);
    const trusted = await client.waitForDiagnostics(workspace.uri(DNS), (params) => params.diagnostics.length > 0, since);
    assert.deepEqual(rules(trusted.diagnostics), ['missing-section']);
  });

  it('skips files above postmortem.maxFileSizeKB with one information message', async () => {
    client.settings = { maxFileSizeKB: 1 };
    await client.initialize(workspace.root);
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    assert.deepEqual((await client.waitForDiagnostics(workspace.uri(CHECKOUT))).diagnostics, []);
    const message = await client.waitForMessage((params) => params.type === MessageType.Info);
    assert.match(message.message, /2024-03-12-checkout-outage\.md is larger than 1 KB.*postmortem\.maxFileSizeKB/);
    const model = (await client.connection.sendRequest(ModelRequest.method, { uri: workspace.uri(CHECKOUT) })) as ModelSummary;
    assert.equal(model.skipped, 'too-large');

    // Shrunk below the limit it is checked; grown again it is skipped, without a second message.
    const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
    let since = client.diagnostics.length;
    await client.change(workspace.uri(CHECKOUT), [{ range: whole, text: '# Postmortem\n\nThe outage was caused by human error.\n' }]);
    await client.waitForDiagnostics(
      workspace.uri(CHECKOUT),
      (params) => params.diagnostics.some((d) => d.code === 'blaming-language'),
      since,
    );
    since = client.diagnostics.length;
    await client.change(workspace.uri(CHECKOUT), [{ range: whole, text: workspace.read(CHECKOUT) }]);
    await client.waitForDiagnostics(workspace.uri(CHECKOUT), (params) => params.diagnostics.length === 0, since);
    assert.equal(client.messages.filter((params) => params.type === MessageType.Info).length, 1, 'said once');
  });

  it('honours postmortem.validate.debounceMs', async () => {
    client.settings = { validate: { debounceMs: 600 } };
    await client.initialize(workspace.root);
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    await client.waitForDiagnostics(workspace.uri(CHECKOUT));
    const since = client.diagnostics.length;
    const started = performance.now();
    const version = await client.change(workspace.uri(CHECKOUT), [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' },
    ]);
    await client.waitForDiagnostics(workspace.uri(CHECKOUT), (params) => params.version === version, since);
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 590, `published after ${Math.round(elapsed)} ms`);
  });
});
