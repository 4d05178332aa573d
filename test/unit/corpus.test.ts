// Every real postmortem in ../shared/corpus/real/ and ../shared/corpus/blame-real/ analyses
// without an exception, with ranges inside the document. The corpus lives outside the repository:
// without it this suite says so and skips, so a fresh clone elsewhere still passes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncidentIndex, PostmortemAnalyzer, applyEdits, recordOf, safeFixEdits } from '../../server/src/engine';

export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const BLAME_CORPUS = join(CORPUS, '..', 'blame-real');

describe('real postmortems corpus', function () {
  const files = [CORPUS, BLAME_CORPUS].flatMap((folder) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((file) => file.endsWith('.md') && file !== 'README.md')
          .map((file) => join(folder, file))
      : [],
  );
  before(function () {
    if (files.length === 0) {
      console.log(`      (skipped: no corpus at ${CORPUS})`);
      this.skip();
    }
  });

  for (const profile of ['google-sre', 'pagerduty', 'atlassian', 'minimal']) {
    it(`analyses every document without error (${profile} profile)`, () => {
      const analyzer = new PostmortemAnalyzer({ profile });
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const { findings, model } = analyzer.analyze(text);
        assert.ok(model.sections.length >= 0);
        for (const finding of findings) {
          assert.ok(finding.range.start.offset >= 0 && finding.range.end.offset <= text.length, `${file}: range out of the document`);
          assert.ok(finding.range.start.offset <= finding.range.end.offset, `${file}: inverted range`);
        }
      }
    });
  }

  it('gives every document a record for the team view, with no negative duration and items on their lines', () => {
    const analyzer = new PostmortemAnalyzer({});
    const index = new IncidentIndex();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { findings, model } = analyzer.analyze(text);
      const record = recordOf(file, model, findings);
      for (const [name, value] of Object.entries(record.durations))
        assert.ok(value === undefined || value >= 0, `${file}: ${name} duration ${value}`);
      for (const item of record.actionItems) assert.equal(model.lines.point(item.start).line, item.line, `${file}: item line`);
      index.set(record);
    }
    assert.equal(index.records().length, files.length);
    assert.ok(index.trends('2026-01-01').incidentsByMonth.length > 0);
  });

  it('safe fixes change only their own ranges and settle after one pass', () => {
    const analyzer = new PostmortemAnalyzer({ profile: 'google-sre' });
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { text: fixed, applied } = applyEdits(text, safeFixEdits(analyzer.analyze(text).findings));
      // Only the intended ranges change: every original character outside them survives, in order.
      const kept = applied.reduce((length, edit) => length - (edit.end - edit.start), text.length);
      const inserted = applied.reduce((length, edit) => length + edit.text.length, 0);
      assert.equal(fixed.length, kept + inserted, file);
      let cursor = 0;
      for (const edit of applied) {
        assert.ok(fixed.includes(text.slice(cursor, edit.start)), `${file}: text before an edit was lost`);
        cursor = edit.end;
      }
      assert.deepEqual(safeFixEdits(analyzer.analyze(fixed).findings), [], `${file}: a second pass found more safe fixes`);
    }
  });
});
