// The index across postmortems: action items with overdue and repeats, recurring tags and trends,
// on small postmortems written for the purpose; repeats also on labelled pairs of action items
// (test/fixtures/incidents/repeat-pairs.tsv, written in the style of real ones).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer } from '../../server/src/engine';
import { IncidentIndex } from '../../server/src/engine/incidents/incidentIndex';
import { recordOf } from '../../server/src/engine/incidents/record';
import { contentWords, SAME_WORDS, wordOverlap } from '../../server/src/engine/incidents/repeats';

const analyzer = new PostmortemAnalyzer({});
const record = (path: string, text: string) => {
  const result = analyzer.analyze(text);
  return recordOf(path, result.model, result.findings);
};
const postmortem = (date: string, severity: string, items: string[], tags = '') =>
  `---\ndate: ${date}\nseverity: ${severity}\n${tags ? `tags: [${tags}]\n` : ''}---\n\n# Postmortem ${date}\n\n## Action Items\n\n${items.map((item) => `- ${item}`).join('\n')}\n`;

function teamIndex(): IncidentIndex {
  const index = new IncidentIndex();
  index.set(
    record(
      'pm/2024-01-10.md',
      postmortem(
        '2024-01-10',
        'SEV2',
        ['[ ] Alert on checkout 5xx error rate above 2% (owner: @ana, due 2024-02-01)', '[x] Roll back faster (owner: @ben)'],
        'deploys, config',
      ),
    ),
  );
  index.set(
    record(
      'pm/2024-03-05.md',
      postmortem(
        '2024-03-05',
        'SEV1',
        ['[ ] Alert when the checkout 5xx error rate stays above 2% (due 2024-12-01)', '[ ] Fix the config linter PLAT-12'],
        'config',
      ),
    ),
  );
  index.set(
    record('pm/2024-03-20.md', postmortem('2024-03-20', 'SEV2', ['[ ] Validate pool sizes in CI PLAT-12 (owner: @cy)'], 'Config, dns')),
  );
  return index;
}

describe('incident index', () => {
  it('lists action items newest postmortem first, with overdue against the given day and their repeats', () => {
    const items = teamIndex().actionItems('2024-06-01');
    assert.deepEqual(
      items.map((item) => [item.path, item.line, item.state, item.owner ?? null, item.overdue, item.repeatOf ?? null]),
      [
        ['pm/2024-03-20.md', 11, 'open', '@cy', false, { path: 'pm/2024-03-05.md', line: 12 }],
        ['pm/2024-03-05.md', 11, 'open', null, false, { path: 'pm/2024-01-10.md', line: 11 }],
        ['pm/2024-03-05.md', 12, 'open', null, false, null],
        ['pm/2024-01-10.md', 11, 'open', '@ana', true, null],
        ['pm/2024-01-10.md', 12, 'done', '@ben', false, null],
      ],
    );
    assert.equal(teamIndex().actionItems('2025-01-01')[1]!.overdue, true);
  });

  it('takes a due date that is no day of the calendar as not overdue, whatever today is', () => {
    const index = new IncidentIndex();
    const dues = ['2024-13-45', '2023-02-29', '2024-00-10', '2024-02-29'];
    index.set(
      record(
        'a.md',
        postmortem(
          '2024-01-10',
          'SEV2',
          dues.map((due, n) => `[ ] Item ${n} (due ${due})`),
        ),
      ),
    );
    assert.deepEqual(
      index.actionItems('2030-01-01').map((item) => [item.due, item.overdue]),
      [
        ['2024-13-45', false],
        ['2023-02-29', false],
        ['2024-00-10', false],
        ['2024-02-29', true],
      ],
    );
  });

  it('takes a done item as no one to repeat', () => {
    const index = new IncidentIndex();
    index.set(record('a.md', postmortem('2024-01-10', 'SEV2', ['[x] Alert on checkout 5xx error rate above 2%'])));
    index.set(record('b.md', postmortem('2024-02-10', 'SEV2', ['[ ] Alert on checkout 5xx error rate above 2%'])));
    assert.deepEqual(
      index.actionItems('2024-06-01').map((item) => item.repeatOf ?? null),
      [null, null],
    );
  });

  it('names the tags more than one postmortem has, in any case, the most frequent first', () => {
    assert.deepEqual(teamIndex().recurringTags(), [{ tag: 'config', paths: ['pm/2024-01-10.md', 'pm/2024-03-05.md', 'pm/2024-03-20.md'] }]);
  });

  it('replaces, removes and lists unreadable files with why', () => {
    const index = teamIndex();
    index.setProblem('pm/2024-03-20.md', 'not valid UTF-8');
    index.delete('pm/2024-01-10.md');
    assert.deepEqual(
      index.records().map((each) => each.path),
      ['pm/2024-03-05.md'],
    );
    assert.deepEqual(index.problems(), [{ path: 'pm/2024-03-20.md', message: 'not valid UTF-8' }]);
    assert.equal(index.actionItems('2024-06-01')[0]!.repeatOf, undefined);
  });

  it('counts incidents per month by severity with quiet months as zero, and action items by the month of their incident', () => {
    const trends = teamIndex().trends('2024-06-01');
    assert.deepEqual(trends.incidentsByMonth, [
      { month: '2024-01', total: 1, bySeverity: { SEV2: 1 } },
      { month: '2024-02', total: 0, bySeverity: {} },
      { month: '2024-03', total: 2, bySeverity: { SEV1: 1, SEV2: 1 } },
    ]);
    assert.deepEqual(
      trends.actionItemsByMonth.map((month) => [month.month, month.created, month.openSoFar, month.doneSoFar]),
      [
        ['2024-01', 2, 1, 1],
        ['2024-02', 0, 1, 1],
        ['2024-03', 3, 4, 1],
      ],
    );
    assert.deepEqual(trends.actionItems, { total: 5, open: 4, done: 1, ownerless: 2, overdue: 1, repeats: 2 });
    assert.equal(trends.unplaced, 0);
  });

  it('leaves a mistyped year out of the monthly series, and says how many it left out', () => {
    const index = teamIndex();
    index.set(record('pm/typo.md', postmortem('1024-03-05', 'SEV3', [])));
    const trends = index.trends('2024-06-01');
    assert.equal(trends.incidentsByMonth.length, 3);
    assert.equal(trends.unplaced, 1);
  });
});

describe('repeated action items (labelled pairs)', () => {
  const pairs = readFileSync(join(__dirname, '..', 'fixtures', 'incidents', 'repeat-pairs.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string, string]);
  const score = (first: string, second: string) => wordOverlap(contentWords(first), contentWords(second));

  it('has pairs of both kinds', () => {
    assert.ok(pairs.filter(([label]) => label === 'same').length >= 8);
    assert.ok(pairs.filter(([label]) => label === 'different').length >= 8);
  });

  it('never takes different work for a repeat', () => {
    for (const [label, first, second] of pairs)
      if (label === 'different') assert.ok(score(first, second) < SAME_WORDS, `${first} / ${second}`);
  });

  it('finds at least 7 in 8 of the repeats', () => {
    const same = pairs.filter(([label]) => label === 'same');
    const found = same.filter(([, first, second]) => score(first, second) >= SAME_WORDS);
    assert.ok(found.length >= Math.ceil((same.length * 7) / 8), `${found.length}/${same.length}`);
  });
});
