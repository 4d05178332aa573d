// The README documents every rule with its id and default severity, so the docs links of the
// findings (README.md#<rule-id>) always land on a section.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_HELP } from '../../server/src/cli/incidentReport/command';
import { HELP } from '../../server/src/cli/options';
import { run } from './cli/cliRun';
import { PostmortemAnalyzer, RULES } from '../../server/src/engine';
import { VERSION } from '../../server/src/version';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

  it('has a section and a table row with the default severity for every rule', () => {
    for (const rule of RULES) {
      assert.match(readme, new RegExp(`^### ${rule.id}$`, 'm'), `no "### ${rule.id}" section`);
      assert.match(
        readme,
        new RegExp(`^\\| \\[\`${rule.id}\`\\]\\(#${rule.id}\\) \\| ${rule.defaultSeverity} \\|`, 'm'),
        `no table row for ${rule.id} with default ${rule.defaultSeverity}`,
      );
    }
  });

  it("the version the server logs and the CLI prints is package.json's", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(VERSION, manifest.version);
  });

  it('shows the CI recipes that test/package/recipes.test.ts runs, word for word', () => {
    for (const recipe of ['docs/ci/github-actions.yml', 'docs/ci/pre-commit-config.yaml']) {
      assert.ok(
        readme.includes(`\`\`\`yaml\n${readFileSync(join(__dirname, '..', '..', recipe), 'utf8')}\`\`\``),
        `README.md does not show ${recipe} as it is`,
      );
    }
  });

  it('documents every option of postmortem-lint --help in its CLI section', () => {
    const cli = /^## CLI\n([\s\S]*?)^## /m.exec(readme)![1]!;
    for (const option of new Set(HELP.match(/--[a-z-]+/g)))
      assert.ok(cli.includes(`\`${option}`), `README's CLI section does not document ${option}`);
  });

  it('shows postmortem-lint report on the sample workspace as it is (the lines it quotes)', async () => {
    const example = /\$ npx postmortem-lint report --today 2024-06-01\n([\s\S]*?)\n…\n```/.exec(readme)![1]!;
    const { out } = await run(['report', '--today', '2024-06-01'], join(__dirname, '..', 'fixtures', 'sample-workspace'));
    assert.ok(out.startsWith(`${example}\n`), `README's report example is not what the sample workspace gives:\n${out}`);
  });

  it('documents every option of postmortem-lint report --help in its Report section', () => {
    const report = /^### Report: the team's postmortems\n([\s\S]*?)^### /m.exec(readme)![1]!;
    for (const option of new Set(REPORT_HELP.match(/--[a-z-]+/g)))
      assert.ok(report.includes(`\`${option}`), `README's Report section does not document ${option}`);
  });
});

describe('README: the blaming-language examples', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### blaming-language'), readme.indexOf('### inclusive-language'));
  const rows = section
    .split('\n')
    .filter((line) => /^\| [a-z -]+ \| "/.test(line))
    .map((line) => line.split(' | '));
  const analyzer = new PostmortemAnalyzer({ rules: { 'missing-section': 'off', 'inclusive-language': 'off' } });
  const examples = (cell: string) => [...cell.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  const blame = (text: string) => analyzer.analyze(text).findings.filter((finding) => finding.ruleId === 'blaming-language');

  it('has a row per category', () => {
    assert.ok(rows.length >= 8, `${rows.length} rows`);
  });

  it('flags the bold words of every "flagged" example and nothing of the "not flagged" ones', () => {
    for (const [, flagged, notFlagged] of rows) {
      for (const example of examples(flagged!)) {
        const text = example.replace(/\*\*/g, '').replace(/…/g, '');
        const bold = /\*\*(.+?)\*\*/.exec(example)![1]!;
        const at = text.indexOf(bold);
        const findings = blame(text);
        assert.ok(
          findings.some((finding) => finding.range.start.offset < at + bold.length && finding.range.end.offset > at),
          `not flagged: ${example}`,
        );
      }
      for (const example of examples(notFlagged!)) {
        assert.deepEqual(
          blame(example.replace(/…/g, '')).map((finding) => finding.message),
          [],
          `flagged: ${example}`,
        );
      }
    }
  });
});
