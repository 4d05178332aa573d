// postmortem-lint end to end through its main(): arguments, output formats, --fix, exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../server/src/cli/main';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await main(args, cwd, out, err);
  return { code, out: out.text, err: err.text };
}

const BLAMING = `# Postmortem: queue outage

## Summary

Obviously, the queue filled up. Bob should have checked the dashboard.

## Impact

Orders were delayed for 20 minutes.

## Timeline (UTC)

- 10:00 Queue depth alert.

## Root Causes

The consumer pool was too small.

## Action Items

| Action Item | Owner |
|---|---|
| Autoscale consumers | @priya |
`;

describe('postmortem-lint', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'postmortem-lint-'));
    writeFileSync(join(folder, 'incident.md'), BLAMING);
  });

  it('prints ESLint-shaped JSON with 1-based positions and suggestions', async () => {
    const { code, out } = await run(['--format', 'json', 'incident.md'], folder);
    assert.equal(code, 0, 'warnings only');
    const [file] = JSON.parse(out);
    assert.equal(file.filePath, join(folder, 'incident.md'));
    const counterfactual = file.messages.find((message: { message: string }) => message.message.includes('should have checked'));
    assert.deepEqual([counterfactual.ruleId, counterfactual.severity, counterfactual.line, counterfactual.column], ['blaming-language', 1, 5, 37]);
    const obviously = file.messages.find((message: { message: string }) => message.message.startsWith('"Obviously"'));
    assert.equal(obviously.suggestions[0].desc, 'Remove "Obviously"');
    assert.equal(file.warningCount, file.messages.length);
  });

  it('exits 1 on errors and on more warnings than --max-warnings', async () => {
    writeFileSync(join(folder, '.postmortemrc.json'), JSON.stringify({ rules: { 'blaming-language': 'error' } }));
    assert.equal((await run(['incident.md'], folder)).code, 1);
    writeFileSync(join(folder, '.postmortemrc.json'), '{}');
    assert.equal((await run(['--max-warnings', '0', 'incident.md'], folder)).code, 1);
    assert.equal((await run(['--max-warnings', '10', 'incident.md'], folder)).code, 0);
  });

  it('exits 2 with one clear message for a broken configuration or bad usage', async () => {
    writeFileSync(join(folder, '.postmortemrc.json'), '{ "rules": { "no-such-rule": "warning" } }');
    const unknownRule = await run(['incident.md'], folder);
    assert.equal(unknownRule.code, 2);
    assert.match(unknownRule.err, /\.postmortemrc\.json: rules names an unknown rule "no-such-rule"/);
    writeFileSync(join(folder, '.postmortemrc.json'), '{ "profile": ');
    assert.match((await run(['incident.md'], folder)).err, /is not valid JSON/);
    assert.equal((await run(['--format', 'xml', 'incident.md'], folder)).code, 2);
    assert.equal((await run(['nothing-here/*.md'], folder)).code, 2);
  });

  it('--fix applies only the safe fixes and keeps every other character', async () => {
    const { code } = await run(['--fix', '--profile', 'minimal', 'incident.md'], folder);
    assert.equal(code, 0);
    const fixed = readFileSync(join(folder, 'incident.md'), 'utf8');
    assert.equal(fixed, BLAMING.replace('Obviously, the queue', 'The queue'), 'only the minimizer is removed; the counterfactual needs a person to rewrite it');
  });

  it('writes SARIF 2.1.0 with rule metadata and regions', async () => {
    const { out } = await run(['--format', 'sarif', 'incident.md'], folder);
    const log = JSON.parse(out);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    const blame = run0.tool.driver.rules.find((rule: { id: string }) => rule.id === 'blaming-language');
    assert.match(blame.helpUri, /#blaming-language$/);
    assert.ok(blame.help.text.length > 40);
    const result = run0.results.find((entry: { ruleId: string }) => entry.ruleId === 'blaming-language');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'blaming-language');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 5);
    assert.equal(result.level, 'warning');
  });
});
