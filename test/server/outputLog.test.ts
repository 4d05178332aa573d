// What the Output channel shows (window/logMessage): the server's start and version, the
// configuration file and profile of each document, and how long each analysis took.
import * as assert from 'node:assert/strict';
import { MessageType } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

describe('server: the Output channel', () => {
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

  const logged = (pattern: RegExp) => client.waitForLog((log) => pattern.test(log.message));

  it('says the server started, with its version', async () => {
    const start = await logged(/^Postmortem language server /);
    assert.match(start.message, /^Postmortem language server 0\.1\.0 started \(Node v\d+\.\d+\.\d+, pid \d+\); workspace trusted\.$/);
    assert.equal(start.type, MessageType.Info);
  });

  it('names the configuration file and the profile of each document, and the time of each analysis', async () => {
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    const configuration = await logged(/^postmortems\/2024-05-02-dns-incident\.md: /);
    assert.equal(
      configuration.message,
      `postmortems/2024-05-02-dns-incident.md: profile google-sre (from the configuration file), configuration file ${workspace.path('.postmortemrc.json')}.`,
    );
    const checked = await logged(/^Checked postmortems\/2024-05-02-dns-incident\.md /);
    assert.match(
      checked.message,
      /^Checked postmortems\/2024-05-02-dns-incident\.md \(version 1, \d+ characters\) in \d+ ms: 2 findings\.$/,
    );

    const text = workspace.read(CHECKOUT).replace('# Checkout outage', '---\nprofile: minimal\n---\n# Checkout outage');
    await client.open(workspace.uri(CHECKOUT), text);
    assert.equal(
      (await logged(/^postmortems\/2024-03-12-checkout-outage\.md: /)).message,
      `postmortems/2024-03-12-checkout-outage.md: profile minimal (from its front matter), configuration file ${workspace.path('.postmortemrc.json')}.`,
    );
  });

  it("logs each new version's analysis, and the configuration again only when it changes", async () => {
    const before = client.logs.length;
    await client.change(workspace.uri(DNS), [{ text: `${workspace.read(DNS)}\nMore.\n` }]);
    await logged(/^Checked postmortems\/2024-05-02-dns-incident\.md \(version 2,/);
    assert.ok(
      !client.logs.slice(before).some((log) => log.message.startsWith('postmortems/2024-05-02-dns-incident.md: ')),
      'the same configuration is not said again',
    );

    await client.settingsChanged({ profile: 'pagerduty' });
    const changed = await logged(/^postmortems\/2024-05-02-dns-incident\.md: profile pagerduty/);
    assert.equal(
      changed.message,
      `postmortems/2024-05-02-dns-incident.md: profile pagerduty (from the postmortem.profile setting), configuration file ${workspace.path('.postmortemrc.json')}.`,
    );
  });
});
