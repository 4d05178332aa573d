// Protocol tests: the server asks the editor to watch the files it reads (a dynamic
// workspace/didChangeWatchedFiles registration), and watches the workspace folder itself for an
// editor that cannot, so that a configuration file saved outside the editor is seen either way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DidChangeWatchedFilesNotification, type DidChangeWatchedFilesRegistrationOptions } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { DNS, SampleWorkspace } from './sampleWorkspace';

const RC = '.postmortemrc.json';

describe('server: watched files', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  beforeEach(() => {
    workspace = new SampleWorkspace();
    client = new LspClient();
  });
  afterEach(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('registers watchers for configuration files, .gitignore and Markdown when the editor can watch for it', async () => {
    await client.initialize(workspace.root);
    const registration = await client.waitForRegistration(DidChangeWatchedFilesNotification.method);
    const options = registration.registerOptions as DidChangeWatchedFilesRegistrationOptions;
    assert.deepEqual(
      options.watchers.map((watcher) => watcher.globPattern),
      ['**/.postmortemrc.json', '**/.gitignore', '**/*.{md,markdown}'],
    );
  });

  it('watches the workspace folder itself when the editor cannot, and sees a configuration file written on disk', async () => {
    await client.initialize(workspace.root, { watchesFiles: false });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const first = await client.waitForDiagnostics(workspace.uri(DNS));
    assert.ok(
      first.diagnostics.some((d) => d.code === 'missing-section'),
      JSON.stringify(first.diagnostics),
    );
    assert.equal(
      client.registrations.filter((registration) => registration.method === DidChangeWatchedFilesNotification.method).length,
      0,
      'no registration asked of an editor that cannot watch',
    );
    await client.waitForLog((log) => log.message.includes('the server watches'));
    // Written as another program would, with no notification from the client: only the server's watcher can see it.
    const since = client.diagnostics.length;
    const seen = client.waitForLog((log) => log.message.includes(`${RC} changed`));
    fs.writeFileSync(workspace.path(RC), '{ "profile": "minimal" }');
    await seen;
    await client.waitForDiagnostics(workspace.uri(DNS), (params) => params.diagnostics.length === 0, since);
  });

  it('ignores what happens under node_modules', async () => {
    await client.initialize(workspace.root, { watchesFiles: false });
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    await client.waitForDiagnostics(workspace.uri(DNS));
    await client.waitForLog((log) => log.message.includes('the server watches'));
    fs.mkdirSync(workspace.path('node_modules/some-package'), { recursive: true });
    fs.writeFileSync(workspace.path(`node_modules/some-package/${RC}`), '{ "profile": "minimal" }');
    // A later change the watcher must report, so the test knows the earlier one had its chance.
    const marker = client.waitForLog((log) => log.message.includes('.gitignore created'));
    fs.writeFileSync(workspace.path('.gitignore'), 'drafts/\n');
    await marker;
    assert.ok(!client.logs.some((log) => log.message.includes('node_modules')), JSON.stringify(client.logs.map((log) => log.message)));
  });
});
