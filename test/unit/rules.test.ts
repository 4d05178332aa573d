// Data-driven rule tests: each fixture in test/fixtures/rules/<rule-id>[.<case>].md marks the lines where
// that rule must report with `<!-- expect rule-id[, rule-id…] -->` (one id per finding; `rule-id:info`
// also asks for the finding's severity). Every other line must stay clean. After the safe fixes are applied, the fixed findings are gone and
// the fixture is otherwise unchanged.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer, RULES, applyEdits, safeFixEdits, type Finding } from '../../server/src/engine';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');
const EXPECT = /<!--\s*expect\s+([\w\s,:-]+?)\s*-->/;

// Every rule on, so the optional ones are tested too.
const analyzer = new PostmortemAnalyzer({ rules: Object.fromEntries(RULES.map((rule) => [rule.id, 'warning'])) });

/** "5 blaming-language", or "5 blaming-language:info" where the fixture asks for a severity. */
function expectedFindings(text: string, ruleId: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const match = EXPECT.exec(line);
    if (!match) return [];
    return match[1]!
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id.split(':')[0] === ruleId)
      .map((id) => `${index + 1} ${id}`);
  });
}

/** The findings, in the form of the expectations: with their severity where the line's expectation names one. */
function actualFindings(findings: Finding[], ruleId: string, expected: string[]): string[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      const line = `${finding.range.start.line} ${finding.ruleId}`;
      return expected.some((item) => item.startsWith(`${line}:`)) ? `${line}:${finding.severity}` : line;
    });
}

/** "timeline-order.md" and "timeline-order.timezones.md" are both fixtures of timeline-order. */
function ruleOfFixture(file: string): string {
  return file.replace(/\.md$/, '').split('.')[0]!;
}

describe('rules (fixtures)', () => {
  it('has a fixture for every rule', () => {
    const fixtures = readdirSync(FIXTURES).map(ruleOfFixture);
    for (const rule of RULES) if (rule.defaultSeverity !== 'off') assert.ok(fixtures.includes(rule.id), `missing fixture for ${rule.id}`);
  });

  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.md'))) {
    const ruleId = ruleOfFixture(file);
    describe(file.replace(/\.md$/, ''), () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');

      it('reports exactly the marked lines', () => {
        const { findings } = analyzer.analyze(text);
        const expected = expectedFindings(text, ruleId);
        assert.deepEqual(actualFindings(findings, ruleId, expected).sort(), expected.sort());
      });

      it('gives every finding a message, an explanation, a docs URL and a range inside the document', () => {
        for (const finding of analyzer.analyze(text).findings) {
          assert.ok(finding.message.length > 20, finding.message);
          assert.ok(finding.explanation.length > 20);
          assert.match(finding.url, new RegExp(`#${finding.ruleId}$`));
          assert.ok(finding.range.start.offset <= finding.range.end.offset && finding.range.end.offset <= text.length);
        }
      });

      it('after safe fixes, the fixed findings are gone and nothing else changed', () => {
        const before = analyzer.analyze(text).findings;
        const { text: fixed, applied } = applyEdits(text, safeFixEdits(before));
        const after = analyzer.analyze(fixed).findings;
        for (const rule of new Set(before.map((finding) => finding.ruleId))) {
          const fixedCount = before.filter((finding) => finding.ruleId === rule && finding.fixes.some((fix) => fix.safe)).length;
          const count = (findings: Finding[]) => findings.filter((finding) => finding.ruleId === rule).length;
          if (fixedCount > 0) assert.equal(count(after), count(before) - fixedCount, `${rule}: each safe fix removes exactly its finding`);
        }
        // Outside the edited ranges the text is byte for byte the same.
        let cursor = 0;
        let rebuilt = '';
        for (const edit of applied) {
          rebuilt += text.slice(cursor, edit.start) + edit.text;
          cursor = edit.end;
        }
        assert.equal(fixed, rebuilt + text.slice(cursor));
        assert.deepEqual(safeFixEdits(after), [], 'applying the safe fixes twice changes nothing more');
      });
    });
  }
});
