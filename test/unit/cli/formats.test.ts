// postmortem-lint's outputs, as the tools that read them expect: ESLint's JSON complete (fixes,
// fixable counts, suppressed messages), SARIF that code scanning can place (paths relative to
// %SRCROOT%, the column unit), and stylish with colours only where wanted.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../../server/src/engine';
import { BLAMING, CLEAN, oneClearMessage, run, tempRepo } from './cliRun';

// eslint-disable-next-line no-control-regex -- the escape that starts a colour
const ANSI = /\u001b\[\d+m/;

describe('postmortem-lint: ESLint JSON', () => {
  it('carries the safe fix as `fix`, the others as `suggestions`, fixable counts and the source', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    const { code, out } = await run(['--format', 'json'], repo);
    assert.equal(code, 0, 'warnings only');
    const [file] = JSON.parse(out);
    assert.equal(file.filePath, join(repo, 'postmortems/a.md'));
    const counterfactual = file.messages.find((message: { message: string }) => message.message.includes('should have checked'));
    assert.deepEqual(
      [counterfactual.ruleId, counterfactual.severity, counterfactual.line, counterfactual.column],
      ['blaming-language', 1, 5, 37],
    );
    const obviously = file.messages.find((message: { message: string }) => message.message.startsWith('"Obviously"'));
    assert.deepEqual(obviously.fix, { range: [BLAMING.indexOf('Obviously'), BLAMING.indexOf('the queue') + 1], text: 'T' });
    assert.equal(
      file.source.slice(0, obviously.fix.range[0]) + obviously.fix.text + file.source.slice(obviously.fix.range[1]),
      BLAMING.replace('Obviously, the queue', 'The queue'),
    );
    assert.equal(file.fixableWarningCount, 1);
    assert.equal(file.fixableErrorCount, 0);
    assert.equal(file.fatalErrorCount, 0);
    assert.equal(file.warningCount, file.messages.length);
    assert.deepEqual([file.suppressedMessages, file.usedDeprecatedRules], [[], []]);
  });

  it('lists what inline comments silence as suppressedMessages', async () => {
    const text = BLAMING.replace('Obviously, the queue', '<!-- postmortem-disable-next-line blaming-language -->\nObviously, the queue');
    const { out } = await run(['--format', 'json'], tempRepo({ 'postmortems/a.md': text }));
    const [file] = JSON.parse(out);
    assert.deepEqual(
      file.suppressedMessages.map((message: { ruleId: string; line: number; suppressions: unknown }) => [
        message.ruleId,
        message.line,
        message.suppressions,
      ]),
      [
        ['blaming-language', 6, [{ kind: 'directive', justification: '' }]],
        ['blaming-language', 6, [{ kind: 'directive', justification: '' }]],
      ],
    );
  });

  it('--fix-dry-run puts the fixed text in `output` and writes nothing, from a file or standard input', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    const fixedText = BLAMING.replace('Obviously, the queue', 'The queue');
    const dry = await run(['--fix-dry-run', '--format', 'json'], repo);
    assert.equal(JSON.parse(dry.out)[0].output, fixedText);
    assert.equal(readFileSync(join(repo, 'postmortems/a.md'), 'utf8'), BLAMING);
    const piped = await run(['--fix-dry-run', '--format', 'json', '-', '--stdin-filename', 'postmortems/new.md'], repo, { stdin: BLAMING });
    const [result] = JSON.parse(piped.out);
    assert.deepEqual([result.filePath, result.output], [join(repo, 'postmortems/new.md'), fixedText]);
  });
});

describe('postmortem-lint: SARIF', () => {
  it('is portable: paths relative to %SRCROOT%, UTF-16 columns, rules with help', async () => {
    const repo = tempRepo({ 'post mortems/a b.md': BLAMING });
    const { out } = await run(['--format', 'sarif', 'post mortems/'], repo);
    const log = JSON.parse(out);
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, `file://${repo}/`.replace(/ /g, '%20'));
    const result = sarifRun.results.find((entry: { ruleId: string }) => entry.ruleId === 'blaming-language');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'post%20mortems/a%20b.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 5);
    assert.equal(result.level, 'warning');
    const rule = sarifRun.tool.driver.rules[result.ruleIndex];
    assert.equal(rule.id, 'blaming-language');
    assert.match(rule.helpUri, /#blaming-language$/);
    assert.ok(rule.help.text.length > 40 && rule.help.markdown.includes('[Documentation]'));
    assert.equal(sarifRun.invocations[0].executionSuccessful, true);
  });
});

describe('postmortem-lint: options', () => {
  it('--max-warnings counts warnings only, not info findings', async () => {
    const repo = tempRepo({ '.postmortemrc.json': JSON.stringify({ rules: { 'blaming-language': 'info' } }), 'postmortems/a.md': BLAMING });
    const { code, out } = await run(['--max-warnings', '0', '--format', 'json'], repo);
    assert.equal(code, 0);
    const [file] = JSON.parse(out);
    assert.deepEqual([file.warningCount, file.infoCount > 0], [0, true]);
    assert.match((await run(['--max-warnings', '0'], repo)).out, /\(0 errors, 0 warnings, 2 infos\)/);
    assert.equal((await run(['--max-warnings', '0', '--rule', 'blaming-language:warning'], repo)).code, 1);
  });

  it('--rule id:severity sets a rule over the configuration; a wrong one exits 2 with one message', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    assert.equal((await run(['--rule', 'blaming-language:error'], repo)).code, 1);
    assert.equal((await run(['--rule', 'blaming-language:error', '--rule', 'blaming-language:off'], repo)).out, '');
    const unknown = await run(['--rule', 'no-such-rule:error'], repo);
    assert.equal(unknown.code, 2);
    assert.match(oneClearMessage(unknown.err), /--rule no-such-rule:error: unknown rule "no-such-rule" \(rules: blaming-language, /);
    assert.match(oneClearMessage((await run(['--rule', 'blaming-language'], repo)).err), /give the severity after a colon/);
    assert.match(oneClearMessage((await run(['--profile', 'google'], repo)).err), /--profile must be one of google-sre/);
  });

  it('reads standard input with "-", checked as --stdin-filename, with the configuration of its folder', async () => {
    const repo = tempRepo({ 'team/.postmortemrc.json': JSON.stringify({ rules: { 'blaming-language': 'error' } }) });
    const { code, out } = await run(['-', '--stdin-filename', 'team/postmortems/new.md'], repo, { stdin: BLAMING });
    assert.equal(code, 1);
    assert.match(out, /^team\/postmortems\/new\.md$/m);
    const unnamed = await run(['--format', 'json', '-'], repo, { stdin: BLAMING });
    assert.equal(JSON.parse(unnamed.out)[0].filePath, '<text>');
    const notPostmortem = await run(['-', '--stdin-filename', 'README.md'], repo, { stdin: '# Readme\n\nTODO\n' });
    assert.deepEqual([notPostmortem.code, notPostmortem.out], [0, '']);
    assert.match(notPostmortem.err, /standard input \(README\.md\) is not a postmortem/);
    assert.equal((await run(['--fix', '-'], repo, { stdin: BLAMING })).code, 2);
  });

  it('--output-file writes the report there (folders made), not to standard output, without colours', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    const { code, out } = await run(['--output-file', 'reports/lint.txt'], repo, { tty: true });
    assert.deepEqual([code, out], [0, '']);
    const report = readFileSync(join(repo, 'reports/lint.txt'), 'utf8');
    assert.match(report, /should have checked/);
    assert.doesNotMatch(report, ANSI);
    const sarif = await run(['-o', 'out/postmortem-lint.sarif', '--format', 'sarif'], repo);
    assert.equal(sarif.code, 0);
    assert.ok(existsSync(join(repo, 'out/postmortem-lint.sarif')));
  });

  it('colours: on a terminal, never with NO_COLOR, always with FORCE_COLOR, and as --color / --no-color say', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    const colored = async (args: string[], env: NodeJS.ProcessEnv, tty: boolean) => ANSI.test((await run(args, repo, { env, tty })).out);
    assert.equal(await colored([], {}, true), true);
    assert.equal(await colored([], {}, false), false);
    assert.equal(await colored([], { NO_COLOR: '1' }, true), false);
    assert.equal(await colored([], { NO_COLOR: '' }, true), true, 'an empty NO_COLOR is unset');
    assert.equal(await colored([], { FORCE_COLOR: '1' }, false), true);
    assert.equal(await colored([], { FORCE_COLOR: '0' }, true), false);
    assert.equal(await colored(['--color'], { NO_COLOR: '1' }, false), true);
    assert.equal(await colored(['--no-color'], { FORCE_COLOR: '1' }, true), false);
  });

  it('--print-config prints the configuration that applies to a file, complete and valid as a .postmortemrc.json', async () => {
    const repo = tempRepo({
      'team/.postmortemrc.json': JSON.stringify({ profile: 'pagerduty', rules: { 'action-item-due': 'warning' } }),
      'team/postmortems/a.md': CLEAN,
    });
    const { code, out, err } = await run(['--print-config', 'team/postmortems/a.md', '--rule', 'timeline-order:off'], repo);
    assert.equal(code, 0);
    const config = JSON.parse(out);
    assert.equal(config.profile, 'pagerduty');
    assert.deepEqual(
      [config.rules['action-item-due'], config.rules['timeline-order'], config.rules['blaming-language']],
      ['warning', 'off', 'warning'],
    );
    assert.ok(config.files.length > 0);
    validateConfig(config, 'printed');
    assert.match(
      err,
      /team\/postmortems\/a\.md is a postmortem \(its path matches `files`\); configuration: team\/\.postmortemrc\.json, then the command line/,
    );
  });

  it('prints the version of package.json, once written', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
    assert.equal((await run(['--version'], tempRepo({}))).out, `${version}\n`);
    assert.doesNotMatch(
      readFileSync(join(__dirname, '../../../server/src/cli/main.ts'), 'utf8'),
      new RegExp(`'${version.replace(/\./g, '\\.')}'`),
    );
  });

  it('applies only the safe fixes with --fix and keeps every other character', async () => {
    const repo = tempRepo({ 'postmortems/a.md': BLAMING });
    const { code, out } = await run(['--fix', '--profile', 'minimal'], repo);
    assert.equal(code, 0);
    assert.match(out, /1 fix applied/);
    assert.equal(
      readFileSync(join(repo, 'postmortems/a.md'), 'utf8'),
      BLAMING.replace('Obviously, the queue', 'The queue'),
      'the counterfactual needs a person to rewrite it',
    );
  });
});
