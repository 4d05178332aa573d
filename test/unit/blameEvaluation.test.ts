// Precision and recall of blaming-language on the labelled sentences in test/fixtures/blame/:
// dev.tsv (the lexicon was developed against it) and holdout.tsv (written separately and not
// used for tuning; it shows how the lexicon generalizes). Each sentence is analysed as a
// one-paragraph document through the whole engine, Markdown and all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer } from '../../server/src/engine';

interface Scores {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const analyzer = new PostmortemAnalyzer({ rules: { 'missing-section': 'off', 'inclusive-language': 'off' } });

export function evaluate(file: string): Scores {
  const rows = readFileSync(join(__dirname, '..', 'fixtures', 'blame', file), 'utf8').trim().split('\n').slice(1);
  const scores = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const [label, , sentence] = row.split('\t');
    const flagged = analyzer.analyze(sentence!).findings.some((finding) => finding.ruleId === 'blaming-language');
    if (label === 'blame') flagged ? scores.tp++ : scores.fn++;
    else flagged ? scores.fp++ : scores.tn++;
  }
  return { ...scores, precision: scores.tp / (scores.tp + scores.fp), recall: scores.tp / (scores.tp + scores.fn) };
}

function report(name: string, scores: Scores): string {
  return `${name}: precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} (tp ${scores.tp}, fp ${scores.fp}, fn ${scores.fn}, tn ${scores.tn})`;
}

describe('blaming-language on the labelled set', () => {
  it('dev set: recall ≥ 0.9 and precision ≥ 0.95', () => {
    const scores = evaluate('dev.tsv');
    console.log(`      ${report('dev', scores)}`);
    assert.ok(scores.recall >= 0.9, report('dev', scores));
    assert.ok(scores.precision >= 0.95, report('dev', scores));
  });

  it('held-out set: precision ≥ 0.95 and recall ≥ 0.75 on sentences never tuned against', () => {
    const scores = evaluate('holdout.tsv');
    console.log(`      ${report('holdout', scores)}`);
    assert.ok(scores.precision >= 0.95, report('holdout', scores));
    assert.ok(scores.recall >= 0.75, report('holdout', scores));
  });
});
