// How well blaming-language judges blame, measured on labelled text through the whole engine:
// - sentences of test/fixtures/blame/: dev.tsv and holdout.tsv (blame or neutral; the first
//   lexicon was developed against dev), real-style-dev.tsv (developed against) and
//   real-style-holdout.tsv (written separately), in the style of real postmortems, labelled as
//   the shared corpus is: warning, info (softer) or clean;
// - whole postmortems with labelled spans: documents/ (written for the tests, in the style of
//   real ones) and the real ones of ../shared/corpus/blame-real/, when that folder exists.
// Each sentence is analysed as a one-paragraph document; each corpus document as it is, a span
// counting as flagged where a finding overlaps it. Figures are printed by category.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer, type Finding } from '../../server/src/engine';

const analyzer = new PostmortemAnalyzer({
  rules: {
    'missing-section': 'off',
    'inclusive-language': 'off',
    'placeholder-text': 'off',
    'empty-section': 'off',
    'action-item-owner': 'off',
    'timeline-order': 'off',
  },
});
const FIXTURES = join(__dirname, '..', 'fixtures', 'blame');
const BLAME_REAL = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'blame-real');

type Label = 'warning' | 'info' | 'clean';

interface Judged {
  label: Label;
  category: string;
  /** Some blaming finding, at any severity. */
  flagged: boolean;
  /** A blaming finding at warning severity or above. */
  warned: boolean;
}

interface Rates {
  warning: { n: number; warned: number; flagged: number };
  info: { n: number; flagged: number };
  clean: { n: number; flagged: number };
  precision: number;
  byCategory: Map<string, { n: number; hit: number }>;
}

function blameFindings(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.ruleId === 'blaming-language');
}

function judgedBy(label: Label, category: string, findings: Finding[]): Judged {
  return { label, category, flagged: findings.length > 0, warned: findings.some((finding) => finding.severity !== 'info') };
}

/** The labelled sentences of a fixture file; "blame" and "neutral" of the first sets count as warning and clean. */
function sentences(file: string): Judged[] {
  const rows = readFileSync(join(FIXTURES, file), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [label, category, sentence] = row.split('\t') as [string, string, string];
    const normalized: Label = label === 'blame' ? 'warning' : label === 'neutral' ? 'clean' : (label as Label);
    return judgedBy(normalized, category, blameFindings(analyzer.analyze(sentence).findings));
  });
}

/** The labelled spans of whole postmortems: flagged where a blaming finding overlaps the span. */
function documentSpans(folder: string): Judged[] {
  const rows = readFileSync(join(folder, 'labels.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t') as [string, string, string, string]);
  const documents = new Map<string, { text: string; findings: Finding[] }>();
  return rows.map(([file, label, category, quote]) => {
    let document = documents.get(file);
    if (!document) {
      const text = readFileSync(join(folder, file), 'utf8');
      document = { text, findings: blameFindings(analyzer.analyze(text).findings) };
      documents.set(file, document);
    }
    const start = document.text.indexOf(quote);
    assert.ok(start >= 0, `${file}: the labelled span is not in the document: ${quote}`);
    const end = start + quote.length;
    return judgedBy(
      label as Label,
      category,
      document.findings.filter((finding) => finding.range.start.offset < end && finding.range.end.offset > start),
    );
  });
}

function rates(judged: Judged[]): Rates {
  const of = (label: Label) => judged.filter((item) => item.label === label);
  const byCategory = new Map<string, { n: number; hit: number }>();
  for (const item of judged) {
    const key = `${item.label} ${item.category}`;
    const entry = byCategory.get(key) ?? { n: 0, hit: 0 };
    entry.n++;
    // A warning span is found when warned; an info span at any severity; a clean one "hit" when flagged.
    if (item.label === 'warning' ? item.warned : item.flagged) entry.hit++;
    byCategory.set(key, entry);
  }
  const flaggedBlame = judged.filter((item) => item.label !== 'clean' && item.flagged).length;
  const flaggedClean = of('clean').filter((item) => item.flagged).length;
  return {
    warning: {
      n: of('warning').length,
      warned: of('warning').filter((item) => item.warned).length,
      flagged: of('warning').filter((item) => item.flagged).length,
    },
    info: { n: of('info').length, flagged: of('info').filter((item) => item.flagged).length },
    clean: { n: of('clean').length, flagged: flaggedClean },
    precision: flaggedBlame / Math.max(1, flaggedBlame + flaggedClean),
    byCategory,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function report(name: string, figures: Rates): string {
  const { warning, info, clean, precision } = figures;
  const parts = [
    `${name}: warning ${warning.warned}/${warning.n} at warning (${ratio(warning.warned, warning.n).toFixed(3)}), ${warning.flagged}/${warning.n} at any severity`,
    info.n > 0 ? `info ${info.flagged}/${info.n} (${ratio(info.flagged, info.n).toFixed(3)})` : undefined,
    `clean flagged ${clean.flagged}/${clean.n} (${ratio(clean.flagged, clean.n).toFixed(3)})`,
    `precision ${precision.toFixed(3)}`,
  ];
  return parts.filter((part) => part !== undefined).join(', ');
}

/** Found per category of warning and info; of the clean spans' trap words, only those flagged. */
function byCategory(figures: Rates): string {
  const entries = [...figures.byCategory].sort(([a], [b]) => a.localeCompare(b));
  const found = entries.filter(([key]) => !key.startsWith('clean ')).map(([key, { n, hit }]) => `${key} ${hit}/${n}`);
  const traps = entries
    .filter(([key, { hit }]) => key.startsWith('clean ') && hit > 0)
    .map(([key, { n, hit }]) => `${key.slice('clean '.length)} ${hit}/${n}`);
  return `${found.join('; ')}; clean traps flagged: ${traps.join('; ') || 'none'}`;
}

describe('blaming-language on labelled text', () => {
  it('the first labelled sets (dev, held-out): recall ≥ 0.9 and precision ≥ 0.95 on each', () => {
    for (const file of ['dev.tsv', 'holdout.tsv']) {
      const figures = rates(sentences(file));
      console.log(`      ${report(file, figures)}`);
      assert.ok(ratio(figures.warning.flagged, figures.warning.n) >= 0.9, report(file, figures));
      assert.ok(figures.precision >= 0.95, report(file, figures));
    }
  });

  for (const [file, floor] of [
    ['real-style-dev.tsv', { warning: 0.8, info: 0.7, clean: 0.02 }],
    ['real-style-holdout.tsv', { warning: 0.8, info: 0.7, clean: 0.02 }],
    ['real-style-final.tsv', { warning: 0.8, info: 0.7, clean: 0.02 }],
  ] as const) {
    it(`${file}: warnings at warning ≥ ${floor.warning}, info at any severity ≥ ${floor.info}, clean flagged ≤ ${floor.clean}`, () => {
      const figures = rates(sentences(file));
      console.log(`      ${report(file, figures)}\n      by category: ${byCategory(figures)}`);
      assert.ok(ratio(figures.warning.warned, figures.warning.n) >= floor.warning, report(file, figures));
      assert.ok(ratio(figures.info.flagged, figures.info.n) >= floor.info, report(file, figures));
      assert.ok(ratio(figures.clean.flagged, figures.clean.n) <= floor.clean, report(file, figures));
    });
  }

  it('documents/ (24 whole postmortems with labelled spans, written in the style of real ones): ≥ 80 % of warning spans at warning, ≥ 60 % of info, ≤ 2 % of clean', function () {
    this.timeout(60_000);
    const figures = rates(documentSpans(join(FIXTURES, 'documents')));
    console.log(`      ${report('documents', figures)}\n      by category: ${byCategory(figures)}`);
    assert.ok(ratio(figures.warning.warned, figures.warning.n) >= 0.8, report('documents', figures));
    assert.ok(ratio(figures.info.flagged, figures.info.n) >= 0.6, report('documents', figures));
    assert.ok(ratio(figures.clean.flagged, figures.clean.n) <= 0.02, report('documents', figures));
  });

  describe('real postmortems (../shared/corpus/blame-real)', function () {
    before(function () {
      if (!existsSync(join(BLAME_REAL, 'labels.tsv'))) {
        console.log(`      (skipped: no labelled corpus at ${BLAME_REAL})`);
        this.skip();
      }
    });

    it('flags ≥ 85 % of the warning spans at warning, ≥ 50 % of the info spans, ≤ 3 % of the clean spans', function () {
      this.timeout(60_000);
      const figures = rates(documentSpans(BLAME_REAL));
      console.log(`      ${report('blame-real', figures)}\n      by category: ${byCategory(figures)}`);
      assert.ok(ratio(figures.warning.warned, figures.warning.n) >= 0.85, report('blame-real', figures));
      assert.ok(ratio(figures.info.flagged, figures.info.n) >= 0.5, report('blame-real', figures));
      assert.ok(ratio(figures.clean.flagged, figures.clean.n) <= 0.03, report('blame-real', figures));
    });
  });
});
