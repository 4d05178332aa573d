// postmortem-lint report: the JSON other tools read (the shape the issue fixed), CSV a spreadsheet
// opens, the exit codes CI acts on, and bad input listed with why, never a crash or a number.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneClearMessage, run, tempRepo } from './cliRun';

const postmortem = (date: string, items: string[], extra = '') =>
  `---\ndate: ${date}\nseverity: SEV2\nstatus: complete\n${extra}---\n\n# Postmortem: cache stampede on ${date}\n\n## Timeline (UTC)\n\n- 09:00 Error rate rises on the product API.\n- 09:12 Alert fired; on-call paged.\n- 09:40 Rolled back the cache TTL change.\n- 10:05 Incident resolved.\n\n## Action Items\n\n${items.map((item) => `- ${item}`).join('\n')}\n`;

const TEAM = {
  'postmortems/2024-02-01-cache.md': postmortem('2024-02-01', [
    '[ ] Add jitter to the cache TTL of product pages (owner: @ivy, due 2024-03-01) CACHE-7',
    '[x] Roll back config changes in one step (owner: @lee)',
  ]),
  'postmortems/2024-05-09-cache-again.md': postmortem('2024-05-09', [
    '[ ] Add TTL jitter to product page caching (due 2024-12-01)',
    '[ ] Load test the cache warmup path CACHE-9',
  ]),
};

describe('postmortem-lint report', () => {
  it('writes JSON with every postmortem, its durations in minutes, and every action item with state, overdue and repeat', async () => {
    const repo = tempRepo(TEAM);
    const { code, out, err } = await run(['report', '--format', 'json', '--today', '2024-06-01'], repo);
    assert.equal(code, 0, err);
    const report = JSON.parse(out);
    assert.deepEqual(
      report.postmortems.map((each: { file: string; date: string; severity: string; durations: object }) => [
        each.file,
        each.date,
        each.severity,
        each.durations,
      ]),
      [
        ['postmortems/2024-05-09-cache-again.md', '2024-05-09', 'SEV2', { detect: 12, mitigate: 40, resolve: 65 }],
        ['postmortems/2024-02-01-cache.md', '2024-02-01', 'SEV2', { detect: 12, mitigate: 40, resolve: 65 }],
      ],
    );
    assert.deepEqual(report.actionItems[0], {
      file: 'postmortems/2024-05-09-cache-again.md',
      line: 18,
      postmortem: { title: 'Postmortem: cache stampede on 2024-05-09', date: '2024-05-09' },
      text: 'Add TTL jitter to product page caching (due 2024-12-01)',
      owner: null,
      due: '2024-12-01',
      ticket: null,
      type: null,
      priority: null,
      state: 'open',
      overdue: false,
      repeatOf: { file: 'postmortems/2024-02-01-cache.md', line: 18 },
    });
    assert.deepEqual(
      report.actionItems.map((item: { state: string; overdue: boolean; owner: string | null }) => [item.state, item.overdue, item.owner]),
      [
        ['open', false, null],
        ['open', false, null],
        ['open', true, '@ivy'],
        ['done', false, '@lee'],
      ],
    );
    assert.deepEqual(report.problems, []);
  });

  it('exits 1 with --fail-on when an open item has no owner or is overdue, and says how many', async () => {
    const repo = tempRepo(TEAM);
    const overdue = await run(['report', '--fail-on', 'overdue', '--today', '2024-06-01', '--format', 'json'], repo);
    assert.equal(overdue.code, 1);
    assert.match(overdue.err, /1 open action item overdue/);
    assert.equal((await run(['report', '--fail-on', 'overdue', '--today', '2024-02-15'], repo)).code, 0);
    const ownerless = await run(['report', '--fail-on', 'ownerless,overdue', '--today', '2024-02-15'], repo);
    assert.equal(ownerless.code, 1);
    assert.match(ownerless.err, /2 open action items without an owner/);
  });

  it('refuses a --today that is not a date, an unknown format or failure, in one sentence', async () => {
    const repo = tempRepo(TEAM);
    for (const args of [
      ['--today', '2024-02-30'],
      ['--format', 'xml'],
      ['--fail-on', 'late'],
    ]) {
      const { code, err } = await run(['report', ...args], repo);
      assert.equal(code, 2);
      assert.match(oneClearMessage(err.replace(/\nRun "postmortem-lint report --help".*/, '')), /--today|format|--fail-on/);
    }
  });

  it('writes CSV with a row per action item, quoting what needs it and defusing formulas', async () => {
    const repo = tempRepo({
      'postmortems/a.md': postmortem('2024-02-01', ['[ ] =HYPERLINK("x") and "quotes", commas (owner: @ivy)']),
      'postmortems/b.md': postmortem('2024-03-01', []).replace('## Action Items\n\n\n', ''),
    });
    const { code, out } = await run(['report', '--format', 'csv', '--today', '2024-06-01'], repo);
    assert.equal(code, 0);
    const lines = out.split('\r\n');
    assert.match(lines[0]!, /^file,title,date,severity,status,detect_minutes,mitigate_minutes,resolve_minutes,line,action_item,owner/);
    assert.match(lines[1]!, /^postmortems\/b\.md,Postmortem: cache stampede on 2024-03-01,2024-03-01,SEV2,complete,12,40,65,,,/);
    assert.match(lines[2]!, /,"'=HYPERLINK\(""x""\) and ""quotes"", commas \(owner: @ivy\)",@ivy,/);
  });

  it('lists binary, huge, unreadable and looping files with why, and still reports the others', async () => {
    const repo = tempRepo({
      ...TEAM,
      'postmortems/binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0xff]),
      'postmortems/huge.md': `# Postmortem: huge\n\n${'word '.repeat(230_000)}\n`,
      'postmortems/bad-front-matter.md': `---\ndate: [2024-01-01\n---\n\n# Postmortem: broken front matter\n\n## Summary\n\nText.\n`,
    });
    symlinkSync(join(repo, 'postmortems', 'loop-b.md'), join(repo, 'postmortems', 'loop-a.md'));
    symlinkSync(join(repo, 'postmortems', 'loop-a.md'), join(repo, 'postmortems', 'loop-b.md'));
    const { code, out, err } = await run(['report', '--format', 'json', '--today', '2024-06-01'], repo);
    assert.equal(code, 0, err);
    const report = JSON.parse(out);
    assert.deepEqual(
      report.problems.map((problem: { file: string; message: string }) => problem.file),
      ['postmortems/binary.md', 'postmortems/huge.md', 'postmortems/loop-a.md', 'postmortems/loop-b.md'],
    );
    assert.match(report.problems[0].message, /not text/);
    assert.match(report.problems[1].message, /larger than 1024 KB/);
    assert.match(report.problems[2].message, /cannot be read/);
    const broken = report.postmortems.find((each: { file: string }) => each.file === 'postmortems/bad-front-matter.md');
    assert.deepEqual([broken.date, broken.durations], [null, { detect: null, mitigate: null, resolve: null }]);
    assert.match(err, /bad-front-matter\.md: front matter is not YAML/);
    assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
  });

  it('leaves out a pipe or a device named .md, and a file far over the limit, with why and without reading them', async function () {
    // A pipe would never start, /dev/zero never end, and 512 MB (a sparse file: no disk is used)
    // is more than one string can hold: each used to hang the report or fail it with V8's words.
    if (process.platform === 'win32') this.skip();
    const repo = tempRepo(TEAM);
    execFileSync('mkfifo', [join(repo, 'postmortems', 'pipe.md')]);
    symlinkSync('/dev/zero', join(repo, 'postmortems', 'zero.md'));
    const big = join(repo, 'postmortems', 'big.md');
    writeFileSync(big, '# Postmortem: big\n');
    truncateSync(big, 512 * 1024 * 1024);
    try {
      // The walk does not take a pipe (it is no file); named, it is read.
      const { code, out, err } = await run(['report', '--format', 'json', '--today', '2024-06-01', '.', 'postmortems/pipe.md'], repo);
      assert.equal(code, 0, err);
      const report = JSON.parse(out);
      assert.deepEqual(
        report.problems.map((problem: { file: string; message: string }) => [problem.file, problem.message]),
        [
          ['postmortems/big.md', 'is larger than 1024 KB: left out, as the editor leaves it unchecked'],
          ['postmortems/pipe.md', 'cannot be read: it is not a regular file (a pipe, a socket or a device)'],
          ['postmortems/zero.md', 'cannot be read: it is not a regular file (a pipe, a socket or a device)'],
        ],
      );
      assert.equal(report.postmortems.length, 2);
    } finally {
      rmSync(big);
    }
  });

  it('reads a folder of 10,000 Markdown files', async function () {
    this.timeout(120_000);
    const repo = tempRepo(TEAM);
    mkdirSync(join(repo, 'notes'));
    for (let index = 0; index < 10_000; index++)
      writeFileSync(join(repo, 'notes', `note-${index}.md`), `# Note ${index}\n\nNot a postmortem.\n`);
    const { code, out } = await run(['report', '--format', 'json', '--today', '2024-06-01'], repo);
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).postmortems.length, 2);
  });

  it('writes Markdown people read: numbers, open items with their notes, files left out', async () => {
    const repo = tempRepo({ ...TEAM, 'postmortems/binary.md': Buffer.from([0x00]) });
    const { out } = await run(['report', '--today', '2024-06-01'], repo);
    assert.match(
      out,
      /^# Postmortem report\n\n2 postmortems; 4 action items, 3 open: 2 without an owner, 1 overdue \(on 2024-06-01\), 1 repeating an earlier one\./,
    );
    assert.match(
      out,
      /\| 2024-05-09 \| \[Postmortem: cache stampede on 2024-05-09\]\(postmortems\/2024-05-09-cache-again\.md\) \| SEV2 \| complete \| 12 min \| 40 min \| 1 h 5 min \|/,
    );
    assert.match(out, /repeats \[postmortems\/2024-02-01-cache\.md:18\]/);
    assert.match(out, /## Files left out\n\n- postmortems\/binary\.md is not text/);
  });
});
