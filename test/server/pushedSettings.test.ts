// Protocol tests: settings from editors that push them (Neovim, Helix, Zed, Emacs) rather than
// answer workspace/configuration: in initializationOptions and in workspace/didChangeConfiguration,
// both as { "postmortem": { … } }, with Lua's empty table ([]) read as the empty object it means.
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { DNS, SampleWorkspace } from './sampleWorkspace';

const rules = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => String(d.code)))].sort();

describe('server: pushed settings', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  beforeEach(() => {
    workspace = new SampleWorkspace();
    // Without its .postmortemrc.json (google-sre), the settings alone decide the profile.
    workspace.remove('.postmortemrc.json');
    client = new LspClient();
  });
  afterEach(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('applies the settings of initializationOptions, then those of didChangeConfiguration', async () => {
    await client.initialize(workspace.root, {
      pullsSettings: false,
      initializationOptions: { postmortem: { profile: 'google-sre', rules: [] } },
    });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const first = await client.waitForDiagnostics(workspace.uri(DNS));
    assert.deepEqual(rules(first.diagnostics), ['missing-section'], 'google-sre from initializationOptions; rules [] is no error');

    const since = client.diagnostics.length;
    await client.settingsPushed({ postmortem: { profile: 'minimal', validate: [], blame: [] } });
    await client.waitForDiagnostics(workspace.uri(DNS), (params) => params.diagnostics.length === 0, since);
  });

  it("reads a rule's options given as [] (Lua's empty table) as no options", async () => {
    await client.initialize(workspace.root, {
      pullsSettings: false,
      initializationOptions: { postmortem: { profile: 'google-sre', rules: { 'missing-section': ['error', []] } } },
    });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(DNS));
    assert.deepEqual(rules(diagnostics), ['missing-section']);
    assert.ok(
      diagnostics.every((d) => d.severity === 1),
      JSON.stringify(diagnostics),
    );
  });

  it('reports pushed settings that are wrong, as it does for pulled ones', async () => {
    await client.initialize(workspace.root, {
      pullsSettings: false,
      initializationOptions: { postmortem: { profile: 'no-such-profile' } },
    });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(DNS));
    const problem = diagnostics.find((d) => d.code === 'configuration');
    assert.ok(problem, JSON.stringify(diagnostics));
    assert.match(String(problem.message), /Settings \(postmortem\.\*\): profile must be one of/);
  });

  it('prefers what workspace/configuration answers when the client has it', async () => {
    client.settings = { profile: 'minimal' };
    await client.initialize(workspace.root, { initializationOptions: { postmortem: { profile: 'google-sre' } } });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(DNS));
    assert.deepEqual(diagnostics, []);
  });
});
