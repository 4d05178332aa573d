// postmortem-lint decides which files are postmortems and which configuration applies as the
// editor does (the engine decides for both): each case here is one the CLI used to get wrong.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLAMING, CLEAN, messagesByFile, oneClearMessage, run, tempRepo } from './cliRun';

const README = '# Sample\n\nTODO: describe the repository. Obviously it holds postmortems.\n';
const filesIn = (json: string) => Object.keys(messagesByFile(json)).sort();

describe('postmortem-lint: which files', () => {
  it('checks only postmortems (globs, front matter, title), not a plain README', async () => {
    const repo = tempRepo({
      'README.md': README,
      'docs/guide.md': '# Guide\n\nTODO\n',
      'docs/db-failover.md': `---\ntype: postmortem\n---\n${CLEAN}`,
      'notes/q3.md': CLEAN,
      'postmortems/2024-03-12-queue.md': BLAMING,
    });
    const { code, out } = await run(['--format', 'json'], repo);
    assert.equal(code, 0);
    assert.deepEqual(
      filesIn(out),
      ['docs/db-failover.md', 'notes/q3.md', 'postmortems/2024-03-12-queue.md'].map((file) => join(repo, file)),
    );
  });

  it('honours `files` and `ignores` of .postmortemrc.json', async () => {
    const repo = tempRepo({
      '.postmortemrc.json': JSON.stringify({ files: ['reviews/**/*.md'], ignores: ['reviews/drafts/**'] }),
      'reviews/db.md': '# DB\n\nObviously it broke.\n',
      'reviews/drafts/next.md': '# Next\n\nObviously.\n',
      'other/notes.md': '# Notes\n',
    });
    const { out } = await run(['--format', 'json'], repo);
    assert.deepEqual(filesIn(out), [join(repo, 'reviews/db.md')]);
  });

  it('finds PostMortems/ with the default globs, and by any case of its name', async () => {
    const repo = tempRepo({ 'PostMortems/db.md': BLAMING });
    for (const args of [[], ['postmortems/'], ['postmortems/**/*.md'], ['POSTMORTEMS/DB.md']]) {
      const { code, out } = await run(['--format', 'json', ...args], repo);
      assert.equal(code, 0, `postmortem-lint ${args.join(' ')}`);
      assert.deepEqual(filesIn(out), [join(repo, 'PostMortems/db.md')], `postmortem-lint ${args.join(' ')}`);
    }
  });

  it('respects .gitignore (nested, with "!"), and never walks node_modules', async () => {
    const repo = tempRepo({
      '.gitignore': 'vendor/\n*.draft.md\n',
      'postmortems/.gitignore': '!keep.draft.md\n',
      'vendor/lib/postmortems/upstream.md': BLAMING,
      'node_modules/pkg/postmortems/x.md': BLAMING,
      'postmortems/a.draft.md': BLAMING,
      'postmortems/keep.draft.md': BLAMING,
      'postmortems/b.md': BLAMING,
    });
    const { out } = await run(['--format', 'json'], repo);
    assert.deepEqual(
      filesIn(out),
      ['postmortems/b.md', 'postmortems/keep.draft.md'].map((file) => join(repo, file)),
    );
  });

  it('checks a named file only if it is a postmortem, saying why not (pre-commit passes every staged Markdown file)', async () => {
    const repo = tempRepo({ 'README.md': README, 'postmortems/a.md': CLEAN });
    const { code, out, err } = await run(['--format', 'json', 'README.md', 'postmortems/a.md'], repo);
    assert.equal(code, 0);
    assert.deepEqual(filesIn(out), [join(repo, 'postmortems/a.md')]);
    assert.match(err, /README\.md is not a postmortem/);
  });
});

describe('postmortem-lint: which configuration', () => {
  it('looks for .postmortemrc.json up to the working directory, as the editor stops at its workspace folder', async () => {
    const outer = tempRepo({
      '.postmortemrc.json': JSON.stringify({ rules: { 'blaming-language': 'error' } }),
      'repo/postmortems/a.md': BLAMING,
    });
    const { code, out } = await run(['--format', 'json'], join(outer, 'repo'));
    assert.equal(code, 0, 'the file above the working directory does not apply');
    assert.ok(JSON.parse(out)[0].messages.every((message: { severity: number }) => message.severity === 1));
  });

  it('takes the nearest file between a postmortem and the working directory', async () => {
    const repo = tempRepo({
      '.postmortemrc.json': JSON.stringify({ rules: { 'blaming-language': 'off' } }),
      'team/.postmortemrc.json': JSON.stringify({ rules: { 'blaming-language': 'error' } }),
      'postmortems/a.md': BLAMING,
      'team/postmortems/a.md': BLAMING,
    });
    const results = messagesByFile((await run(['--format', 'json'], repo)).out);
    assert.ok(!results[join(repo, 'postmortems/a.md')]!.some((message) => message.ruleId === 'blaming-language'));
    assert.ok(results[join(repo, 'team/postmortems/a.md')]!.some((message) => message.ruleId === 'blaming-language'));
  });

  it('resolves --config against the working directory it is run in', async () => {
    const repo = tempRepo({ 'ci/strict.json': JSON.stringify({ rules: { 'blaming-language': 'error' } }), 'postmortems/a.md': BLAMING });
    assert.equal((await run(['--config', 'ci/strict.json'], repo)).code, 1);
    const missing = await run(['--config', 'ci/none.json'], repo);
    assert.equal(missing.code, 2);
    assert.match(oneClearMessage(missing.err), /ci\/none\.json: does not exist/);
  });
});

describe('postmortem-lint: nothing to check', () => {
  it('exits 0 with a note when the repository has no postmortems yet, and still writes an empty report', async () => {
    const repo = tempRepo({ 'README.md': README });
    const stylish = await run([], repo);
    assert.equal(stylish.code, 0);
    assert.match(stylish.err, /no postmortems under .* nothing to check/);
    const sarif = await run(['--format', 'sarif'], repo);
    assert.deepEqual(JSON.parse(sarif.out).runs[0].results, []);
    assert.equal((await run([], tempRepo({}))).code, 0);
  });

  it('exits 2 for a file, folder or glob that names no postmortem, unless --no-error-on-unmatched-pattern', async () => {
    const repo = tempRepo({ 'docs/README.md': README, 'postmortems/a.md': CLEAN });
    for (const pattern of ['missing.md', 'incidents/**/*.md', 'docs/']) {
      const { code, err } = await run([pattern, 'postmortems/'], repo);
      assert.equal(code, 2, pattern);
      assert.match(oneClearMessage(err), new RegExp(`no postmortem found for "${pattern.replace(/\*/g, '\\*')}"`));
      assert.equal((await run(['--no-error-on-unmatched-pattern', pattern, 'postmortems/'], repo)).code, 0, pattern);
    }
  });
});

describe('postmortem-lint: files it cannot read or fix', () => {
  it('names a file it cannot read and why, exits 2 and still checks the others', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    symlinkSync(join(repo, 'nowhere.md'), join(repo, 'postmortems/broken.md'));
    const { code, out, err } = await run(['--format', 'json'], repo);
    assert.equal(code, 2);
    assert.equal(oneClearMessage(err), 'postmortem-lint: cannot read postmortems/broken.md: no such file (or a link to nothing)');
    const broken = JSON.parse(out).find((result: { filePath: string }) => result.filePath.endsWith('broken.md'));
    assert.equal(broken.fatalErrorCount, 1);
    assert.ok(messagesByFile(out)[join(repo, 'postmortems/a.md')]!.length > 0);
  });

  it('says a pipe named .md is no file to read, rather than wait for it forever', async function () {
    if (process.platform === 'win32') this.skip();
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    execFileSync('mkfifo', [join(repo, 'postmortems/pipe.md')]);
    const { code, err } = await run(['postmortems/a.md', 'postmortems/pipe.md'], repo);
    assert.equal(code, 2);
    assert.equal(
      oneClearMessage(err),
      'postmortem-lint: cannot read postmortems/pipe.md: it is not a regular file (a pipe, a socket or a device)',
    );
  });

  it('--fix never writes a file that is not valid UTF-8 (it could not be read whole)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(BLAMING.replace('The consumer pool', 'The consumer p\u00f6ol')),
      Buffer.from([0xff, 0xfe, 0x0a]),
    ]);
    const repo = tempRepo({ 'postmortems/a.md': bytes });
    const { code, err } = await run(['--fix', 'postmortems/a.md'], repo);
    assert.equal(code, 2);
    assert.match(oneClearMessage(err), /postmortems\/a\.md is not valid UTF-8: not fixed/);
    assert.ok(readFileSync(join(repo, 'postmortems/a.md')).equals(bytes));
  });

  it('refuses a folder as --stdin-filename', async () => {
    const repo = tempRepo({ 'postmortems/a.md': CLEAN });
    mkdirSync(join(repo, 'postmortems/2024'));
    const { code, err } = await run(['-', '--stdin-filename', 'postmortems/2024'], repo, { stdin: BLAMING });
    assert.equal(code, 2);
    assert.match(oneClearMessage(err), /--stdin-filename names a folder \(postmortems\/2024\)/);
  });

  it('reports a broken configuration once, naming the file and the problem', async () => {
    const repo = tempRepo({ 'postmortems/a.md': CLEAN });
    writeFileSync(join(repo, '.postmortemrc.json'), '{ "rules": { "no-such-rule": "warning" } }');
    const unknownRule = await run([], repo);
    assert.equal(unknownRule.code, 2);
    assert.match(oneClearMessage(unknownRule.err), /\.postmortemrc\.json: rules names an unknown rule "no-such-rule"/);
    writeFileSync(join(repo, '.postmortemrc.json'), '{ "profile": ');
    assert.match(oneClearMessage((await run([], repo)).err), /is not valid JSON/);
  });
});
