// Where people run linters: the pre-commit hook (.pre-commit-hooks.yaml, with the configuration the
// README shows) and the GitHub Actions job (docs/ci/github-actions.yml, shown in the README), each
// run with the same command lines its tool would run, on a temporary repository.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BLAMING, CLI_TARBALL, README, ROOT, VERSION, installInEmptyFolder, offlineNpm, runCommand, tempFolder } from './install';

interface Hook {
  id: string;
  entry: string;
  language: string;
  types?: string[];
  args?: string[];
}

/** The file types pre-commit's `identify` gives Markdown files. */
const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkdn)$/;

function gitRepository(files: Record<string, string>): string {
  const repo = tempFolder('git');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(join(repo, relative, '..'), { recursive: true });
    writeFileSync(join(repo, relative), text);
  }
  git('add', '.');
  return repo;
}

describe('pre-commit hook', () => {
  const hook = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]).find(
    (entry) => entry.id === 'postmortem-lint',
  )!;
  const userConfig = parse(readFileSync(join(ROOT, 'docs/ci/pre-commit-config.yaml'), 'utf8')) as {
    repos: { hooks: { id: string; args?: string[] }[] }[];
  };
  const userArgs = userConfig.repos[0]!.hooks.find((entry) => entry.id === hook.id)!.args ?? [];
  let entry: string;

  before(async () => {
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    // pre-commit's node install, after its `npm install` (here: npm ci): npm pack of the repository, then npm install -g of that tarball.
    const packs = tempFolder('pack');
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', packs], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { filename: string }[];
    const prefix = tempFolder('prefix');
    await offlineNpm(['install', '--global', '--prefix', prefix, join(packs, packed!.filename)], prefix);
    entry = join(prefix, 'bin', hook.entry);
  });

  /** What pre-commit runs for a commit: the entry, the hook's and the user's args, the staged files of the hook's types. */
  async function commit(files: Record<string, string>) {
    const repo = gitRepository(files);
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: repo, encoding: 'utf8' })
      .split('\n')
      .filter((file) => MARKDOWN_EXTENSIONS.test(file));
    return runCommand(entry, [...(hook.args ?? []), ...userArgs, ...staged], repo);
  }

  it('stops a commit whose postmortem has findings, naming them', async () => {
    const { code, stdout } = await commit({ 'README.md': README, 'postmortems/2024-03-12-queue.md': BLAMING, 'src/app.js': '' });
    assert.equal(code, 1);
    assert.match(stdout, /postmortems\/2024-03-12-queue\.md\n {2}5:1 .*blaming-language/);
    assert.doesNotMatch(stdout, /README/);
  });

  it('lets a commit through that touches only ordinary Markdown', async () => {
    const { code, stdout } = await commit({ 'README.md': README, 'docs/guide.md': '# Guide\n\nTODO\n' });
    assert.deepEqual([code, stdout], [0, '']);
  });
});

describe('GitHub Actions job', () => {
  const workflow = parse(readFileSync(join(ROOT, 'docs/ci/github-actions.yml'), 'utf8'));
  const steps = workflow.jobs['postmortem-lint'].steps as { run?: string; uses?: string; if?: string; with?: Record<string, string> }[];

  it('writes SARIF that code scanning can place, and uploads it even when findings fail the check', async () => {
    const lintStep = steps.find((step) => step.run?.includes('postmortem-lint'))!;
    const command = /^npx --yes postmortem-lint@(\S+) (.*)$/.exec(lintStep.run!.trim());
    assert.ok(command, lintStep.run);
    assert.equal(command[1], VERSION, 'the recipe pins the version being released');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.ok(steps.indexOf(upload) > steps.indexOf(lintStep));
    assert.match(upload.if ?? '', /always\(\)|!cancelled\(\)/);
    assert.equal(workflow.permissions['security-events'], 'write');

    // What npx runs: the installed package's bin, with the recipe's arguments, in the checkout.
    const installed = await installInEmptyFolder(CLI_TARBALL);
    const checkout = gitRepository({
      'README.md': README,
      'docs/incidents/2024-03-12-queue.md': BLAMING.replace('Orders were', 'Orders were simply'),
    });
    const ran = await runCommand(join(installed, 'node_modules', '.bin', 'postmortem-lint'), command[2]!.split(/\s+/), checkout);
    assert.equal(ran.code, 0, ran.stderr);
    const sarif = JSON.parse(readFileSync(join(checkout, upload.with!.sarif_file!), 'utf8'));
    const locations = sarif.runs[0].results.map(
      (result: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) =>
        result.locations[0]!.physicalLocation.artifactLocation,
    );
    assert.ok(locations.length > 0);
    for (const location of locations) assert.deepEqual(location, { uri: 'docs/incidents/2024-03-12-queue.md', uriBaseId: '%SRCROOT%' });
  });
});
