// Every blaming finding leads somewhere besides "Disable": a rewrite where one is safe, else a
// question in the local-rationality form, inserted under the sentence as a TODO line that
// placeholder-text tracks and that blames nobody itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer, applyEdits, type Finding } from '../../server/src/engine';
import { buildModel } from '../../server/src/engine/model';
import { withBlameReframe } from '../../server/src/engine/rules/blameReframe';

const analyzer = new PostmortemAnalyzer({ rules: { 'missing-section': 'off', 'inclusive-language': 'off' } });
const blaming = (text: string) => analyzer.analyze(text).findings.filter((finding) => finding.ruleId === 'blaming-language');
const reframe = (finding: Finding) => finding.fixes.find((fix) => fix.title.startsWith('Reframe as a question'));

function labelledBlamingSentences(): string[] {
  return ['dev.tsv', 'holdout.tsv'].flatMap((file) =>
    readFileSync(join(__dirname, '..', 'fixtures', 'blame', file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t'))
      .filter(([label]) => label === 'blame')
      .map(([, , sentence]) => sentence!),
  );
}

describe('blaming-language: a constructive action for every finding', () => {
  it('offers a rewrite or a reframe for every finding on the labelled sentences; a reframe adds one TODO question and nothing else to report', () => {
    let reframed = 0;
    for (const sentence of labelledBlamingSentences()) {
      for (const finding of blaming(sentence)) {
        assert.ok(finding.fixes.length > 0, `only "Disable" for ${JSON.stringify(sentence)}`);
        const fix = reframe(finding);
        if (!fix) continue;
        reframed++;
        assert.equal(fix.safe, false, 'never applied by --fix or fix-all');
        const after = applyEdits(sentence, fix.edits).text;
        const added = analyzer.analyze(after).findings.filter((other) => other.range.start.offset >= sentence.length);
        assert.deepEqual(
          added.map((other) => other.ruleId),
          ['placeholder-text'],
          `${JSON.stringify(after)}: ${added.map((other) => other.message).join('; ')}`,
        );
      }
    }
    assert.ok(reframed > 100, `${reframed} reframes`);
  });

  it('asks about the very action of a counterfactual, in a paragraph of its own under the sentence', () => {
    const text =
      '## Root Causes\n\nBob should have checked the config before deploying.\nThe pipeline validates syntax only.\n\n## Trigger\n';
    const [finding] = blaming(text);
    const fix = reframe(finding!)!;
    assert.equal(fix.title, 'Reframe as a question: "What made not having checked the config before deploying reasonable at the time?"');
    assert.equal(
      applyEdits(text, fix.edits).text,
      '## Root Causes\n\nBob should have checked the config before deploying.\nThe pipeline validates syntax only.\n\nTODO: What made not having checked the config before deploying reasonable at the time?\n\n## Trigger\n',
    );
  });

  it('asks "what made it hard to …" for "failed to …" or "neglected to …", and the category\'s question where the action is not plain', () => {
    assert.equal(
      reframe(blaming('The deployer neglected to drain the node before rebooting it.')[0]!)!.title,
      'Reframe as a question: "What made it hard to drain the node before rebooting it at the time?"',
    );
    const [personAsCause] = blaming('The root cause was Ingrid running the reindex against the live cluster.');
    assert.match(
      reframe(personAsCause!)!.title,
      /"What in the system let one action have this effect, and what would protect the next person in the same position\?"$/,
    );
  });

  it('writes the question as a line of a list item, keeping the list tight, and after a table rather than inside it', () => {
    const list = '- Alice rolled back.\n- Bob should have checked the dashboard first.\n- Wei paged the DBA.\n';
    const inList = applyEdits(list, reframe(blaming(list)[0]!)!.edits).text;
    assert.equal(
      inList,
      '- Alice rolled back.\n- Bob should have checked the dashboard first.\n  TODO: What made not having checked the dashboard first reasonable at the time?\n- Wei paged the DBA.\n',
    );
    const table = '| Time | Event |\n|---|---|\n| 14:02 | Bob should have checked the alert. |\n\nAfter.\n';
    const afterTable = applyEdits(table, reframe(blaming(table)[0]!)!.edits).text;
    assert.equal(
      afterTable,
      '| Time | Event |\n|---|---|\n| 14:02 | Bob should have checked the alert. |\n\nTODO: What made not having checked the alert reasonable at the time?\n\nAfter.\n',
    );
  });

  it('keeps a rewrite where there is one, and asks a general question for a category it does not know', () => {
    const [humanError] = blaming('The outage was caused by human error.');
    assert.deepEqual(
      humanError!.fixes.map((fix) => fix.title),
      ['Replace with "a gap in the process"', 'Replace with "a missing safeguard in the tooling"'],
    );
    const text = 'The payments team let everyone down again.\n';
    const [fix] = withBlameReframe(buildModel(text), 4, 17, 'team-blame', []);
    assert.equal(
      applyEdits(text, fix!.edits).text,
      `${text.trimEnd()}\n\nTODO: What made these actions reasonable at the time, given what was known then?\n`,
    );
    assert.deepEqual(
      withBlameReframe(buildModel('```\nBob should have checked\n```\n'), 4, 23, 'counterfactual', []),
      [],
      'no line inside code',
    );
  });
});
