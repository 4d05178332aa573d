// The npm package postmortem-lint (npm run package:cli): bundled, with no runtime dependencies, it
// installs from its tarball into an empty folder without a registry and runs.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../server/lspClient';
import { BLAMING, CLI_TARBALL, README, VERSION, installInEmptyFolder, offlineNpm, runCommand, tempFolder } from './install';

describe('the npm package postmortem-lint', () => {
  let installed: string;
  let bin: string;

  before(async () => {
    assert.ok(existsSync(CLI_TARBALL), `${CLI_TARBALL} is missing: run npm run package:cli`);
    installed = await installInEmptyFolder(CLI_TARBALL);
    bin = join(installed, 'node_modules', '.bin', 'postmortem-lint');
  });

  it('holds the bundled CLI, its schema and README, with a bin and no dependencies', () => {
    const unpacked = tempFolder('unpack');
    execFileSync('tar', ['-xzf', CLI_TARBALL, '-C', unpacked]);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8'));
    assert.deepEqual(
      [manifest.name, manifest.version, manifest.bin],
      ['postmortem-lint', VERSION, { 'postmortem-lint': 'cli.js', 'postmortem-language-server': 'language-server.js' }],
    );
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'scripts'])
      assert.equal(manifest[field], undefined, field);
    for (const command of ['cli.js', 'language-server.js'])
      assert.ok(readFileSync(join(unpacked, 'package', command), 'utf8').startsWith('#!/usr/bin/env node\n'), command);
    assert.match(readFileSync(join(unpacked, 'package', 'README.md'), 'utf8'), /npx postmortem-lint/);
  });

  it('installs without network and pulls in nothing else', async () => {
    const { stdout } = await offlineNpm(['ls', '--all', '--json'], installed);
    const tree = JSON.parse(stdout);
    assert.deepEqual(Object.keys(tree.dependencies), ['postmortem-lint']);
    assert.equal(tree.dependencies['postmortem-lint'].version, VERSION);
    assert.equal(tree.dependencies['postmortem-lint'].dependencies, undefined);
  });

  it('runs: version, a repository with a postmortem and a README, and bad input', async () => {
    assert.equal((await runCommand(bin, ['--version'], installed)).stdout, `${VERSION}\n`);
    const repo = tempFolder('repo');
    mkdirSync(join(repo, 'postmortems'));
    writeFileSync(join(repo, 'postmortems', '2024-03-12-queue.md'), BLAMING);
    writeFileSync(join(repo, 'README.md'), README);
    const lint = await runCommand(bin, ['--format', 'json'], repo);
    assert.equal(lint.code, 0);
    const results = JSON.parse(lint.stdout) as { filePath: string; messages: unknown[] }[];
    assert.deepEqual(
      results.map((result) => result.filePath),
      [join(repo, 'postmortems', '2024-03-12-queue.md')],
    );
    assert.ok(results[0]!.messages.length > 0);
    const bad = await runCommand(bin, ['--rule', 'no-such-rule:error'], repo);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^postmortem-lint: --rule no-such-rule:error: unknown rule "no-such-rule"/);
    assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
  });

  it('serves the language server as postmortem-language-server --stdio, for other editors', async () => {
    const server = join(installed, 'node_modules', '.bin', 'postmortem-language-server');
    assert.equal((await runCommand(server, ['--version'], installed)).stdout, `${VERSION}\n`);
    const noTransport = await runCommand(server, [], installed);
    assert.equal(noTransport.code, 2);
    assert.match(noTransport.stderr, /no transport given[\s\S]*Usage: postmortem-language-server --stdio/);

    const repo = tempFolder('lsp');
    mkdirSync(join(repo, 'postmortems'));
    const file = join(repo, 'postmortems', '2024-03-12-queue.md');
    writeFileSync(file, BLAMING);
    const client = new LspClient({ file: server, args: ['--stdio'] });
    try {
      await client.initialize(repo, { pullsSettings: false });
      const uri = pathToFileURL(file).href;
      await client.open(uri, BLAMING);
      const { diagnostics } = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
      assert.ok(
        diagnostics.some((d) => d.code === 'blaming-language'),
        JSON.stringify(diagnostics),
      );
    } finally {
      await client.dispose();
    }
  });
});
