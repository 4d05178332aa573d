// Data-driven tests of the record a postmortem gives the team's view: each fixture in
// test/fixtures/incidents/<name>.md has its expected record in <name>.expected.json (instants as
// ISO strings, durations in minutes, unknowns as null), as `postmortem-lint report` writes them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer } from '../../server/src/engine';
import { recordOf } from '../../server/src/engine/incidents/record';

const FIXTURES = join(__dirname, '..', 'fixtures', 'incidents');
const analyzer = new PostmortemAnalyzer({});

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const instant = (value: number | undefined) => (value === undefined ? null : new Date(value).toISOString());
const minutes = (value: number | undefined) => (value === undefined ? null : value / 60_000);

describe('incident records (fixtures)', () => {
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.md'))) {
    it(`reads ${file} as expected`, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.md$/, '.expected.json')), 'utf8'));
      const result = analyzer.analyze(text);
      const record = recordOf(file, result.model, result.findings);
      assert.deepEqual(
        {
          title: orNull(record.title),
          date: orNull(record.date),
          severity: orNull(record.severity),
          status: orNull(record.status),
          times: {
            started: instant(record.times.started),
            detected: instant(record.times.detected),
            mitigated: instant(record.times.mitigated),
            resolved: instant(record.times.resolved),
          },
          durations: {
            detect: minutes(record.durations.detect),
            mitigate: minutes(record.durations.mitigate),
            resolve: minutes(record.durations.resolve),
          },
          tags: record.tags,
          notes: record.notes,
          actionItems: record.actionItems.map((item) => ({
            text: item.text,
            owner: orNull(item.owner),
            due: orNull(item.due),
            ticket: orNull(item.ticket),
            type: orNull(item.type),
            priority: orNull(item.priority),
            state: item.state,
            line: item.line,
          })),
        },
        expected,
      );
      assert.deepEqual(record.findings, {
        error: result.findings.filter((finding) => finding.severity === 'error').length,
        warning: result.findings.filter((finding) => finding.severity === 'warning').length,
        info: result.findings.filter((finding) => finding.severity === 'info').length,
      });
    });
  }
});
