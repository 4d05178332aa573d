// The editor and the CLI on the same repository: the language server (workspace folder = the
// repository) and postmortem-lint (run in it) must check the same files, each with the same
// configuration, and so report the same findings. Both ask the engine (engine/workspace/).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/cli/main';
import { ModelRequest, type ModelSummary } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';

const BLAMING = `# Postmortem: queue outage

## Summary

Obviously, the queue filled up. Bob should have checked the dashboard. TODO: numbers.

## Timeline

- 10:00 Queue depth alert.

## Action Items

| Action Item | Owner |
|---|---|
| Autoscale consumers | |
`;

/** One of each way a file is, or is not, a postmortem, and configuration files at three levels. */
const REPOSITORY: Record<string, string> = {
  '.postmortemrc.json': JSON.stringify({ files: ['**/postmortems/**/*.md', 'reviews/**/*.md'], ignores: ['reviews/drafts/**'] }),
  '.gitignore': 'vendor/\n',
  'README.md': '# Sample repository\n\nTODO: say what the postmortems here are about. Obviously.\n',
  'docs/guide.md': '# Writing guide\n\nTODO\n',
  'docs/failover.md': `---\ntype: postmortem\n---\n${BLAMING.replace('# Postmortem: queue outage', '# Database failover')}`,
  'notes/q3.md': BLAMING.replace('# Postmortem: queue outage', '# Incident review: Q3'),
  'PostMortems/2024-03-12-queue.md': BLAMING,
  'reviews/dns.md': BLAMING.replace('# Postmortem: queue outage', '# DNS'),
  'reviews/drafts/next.md': BLAMING,
  'vendor/lib/postmortems/upstream.md': BLAMING,
  'team/.postmortemrc.json': JSON.stringify({ profile: 'google-sre', rules: { 'blaming-language': 'error', 'placeholder-text': 'off' } }),
  'team/postmortems/2024-05-02-dns.md': BLAMING,
};

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

type Reported = string[];

describe('server and CLI: the same decisions on the same repository', () => {
  let outer: string;
  let repository: string;
  let client: LspClient;

  before(() => {
    outer = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-same-'));
    repository = path.join(outer, 'repository');
    // Above both roots: neither may read it.
    fs.writeFileSync(path.join(outer, '.postmortemrc.json'), JSON.stringify({ rules: { 'action-item-owner': 'off' } }));
    for (const [relative, text] of Object.entries(REPOSITORY)) {
      fs.mkdirSync(path.dirname(path.join(repository, relative)), { recursive: true });
      fs.writeFileSync(path.join(repository, relative), text);
    }
    client = new LspClient();
  });
  after(async () => {
    await client.dispose();
    fs.rmSync(outer, { recursive: true, force: true });
  });

  it('checks the same files and reports the same findings at the same places', async () => {
    const stdout = new Capture();
    const code = await main(['--format', 'json'], { cwd: repository, stdout, stderr: new Capture(), env: {} });
    assert.equal(code, 1, 'team/ makes blaming-language an error');
    const cli = new Map<string, Reported>();
    for (const result of JSON.parse(stdout.text) as {
      filePath: string;
      messages: { ruleId: string; severity: number; severityName?: string; line: number; column: number }[];
    }[]) {
      const relative = path.relative(repository, result.filePath).split(path.sep).join('/');
      cli.set(
        relative,
        result.messages
          .map((m) => `${m.line}:${m.column} ${m.severityName ?? (m.severity === 2 ? 'error' : 'warning')} ${m.ruleId}`)
          .sort(),
      );
    }

    await client.initialize(repository);
    const server = new Map<string, Reported>();
    const markdown = Object.keys(REPOSITORY).filter((relative) => relative.endsWith('.md'));
    for (const relative of markdown) {
      const uri = pathToFileURL(path.join(repository, relative)).href;
      await client.open(uri, REPOSITORY[relative]!);
      const model = await client.connection.sendRequest<ModelSummary | null>(ModelRequest.method, { uri });
      if (model === null) continue;
      const { diagnostics } = await client.waitForDiagnostics(uri);
      const severity = ['', 'error', 'warning', 'info'];
      server.set(
        relative,
        diagnostics
          .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity[d.severity!]} ${String(d.code)}`)
          .sort(),
      );
    }

    assert.deepEqual([...server.keys()].sort(), [
      'PostMortems/2024-03-12-queue.md',
      'docs/failover.md',
      'notes/q3.md',
      'reviews/dns.md',
      'team/postmortems/2024-05-02-dns.md',
    ]);
    assert.deepEqual(new Map([...cli].sort()), new Map([...server].sort()));
    assert.ok(
      server.get('team/postmortems/2024-05-02-dns.md')!.some((finding) => finding.endsWith('error blaming-language')),
      'the nearer configuration applies',
    );
    assert.ok(
      server.get('PostMortems/2024-03-12-queue.md')!.some((finding) => finding.endsWith('action-item-owner')),
      'the configuration above the root does not',
    );
  });
});
