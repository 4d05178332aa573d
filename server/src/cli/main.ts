// postmortem-lint: the engine on the command line, for CI.
// Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or configuration error.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, PostmortemAnalyzer, applyEdits, safeFixEdits, type PostmortemConfig } from '../engine';
import { ConfigLookup, expandPatterns } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { counts, type FileReport } from './report';

const VERSION = '0.1.0';

const HELP = `Usage: postmortem-lint [options] [files, folders or globs…]

Checks Markdown postmortems for blaming wording, missing sections and ownerless action items.
With no files, checks the default postmortem locations (postmortems/**, *postmortem*.md, incidents/**).

Options:
  --format <stylish|json|sarif>  output format (default: stylish)
  --fix                          apply safe fixes (minimizer removals, missing section headings) in place
  --config <file>                use this configuration instead of the nearest .postmortemrc.json
  --profile <id>                 google-sre, pagerduty, atlassian or minimal (overrides the configuration)
  --max-warnings <n>             exit with 1 when there are more than n warnings
  --quiet                        report errors only
  -h, --help                     show this help
  -v, --version                  show the version
`;

export async function main(
  argv: string[],
  cwd = process.cwd(),
  out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        config: { type: 'string' },
        profile: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    err.write(`postmortem-lint: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) return write(out, HELP, 0);
  if (values.version) return write(out, `${VERSION}\n`, 0);
  if (!['stylish', 'json', 'sarif'].includes(values.format)) return write(err, `postmortem-lint: unknown format "${values.format}" (use stylish, json or sarif)\n`, 2);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) return write(err, 'postmortem-lint: --max-warnings takes a whole number\n', 2);

  const files = await expandPatterns(positionals, cwd);
  if (files.length === 0) return write(err, `postmortem-lint: no files match ${positionals.length > 0 ? positionals.join(' ') : 'the default postmortem locations'}\n`, 2);

  const configs = new ConfigLookup(values.config);
  const analyzers = new Map<string, PostmortemAnalyzer>();
  const reports: FileReport[] = [];
  for (const filePath of files) {
    let config: PostmortemConfig;
    try {
      config = { ...(configs.forFile(filePath)?.config ?? {}) };
    } catch (error) {
      return write(err, `postmortem-lint: ${error instanceof ConfigError ? `invalid configuration ${error.message}` : (error as Error).message}\n`, 2);
    }
    if (values.profile) config.profile = values.profile;
    const key = JSON.stringify(config);
    let analyzer = analyzers.get(key);
    if (!analyzer) analyzers.set(key, (analyzer = new PostmortemAnalyzer(config)));
    reports.push(lintFile(analyzer, filePath, values.fix));
  }

  const shown = values.quiet ? reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => finding.severity === 'error') })) : reports;
  const output = values.format === 'json' ? formatJson(shown) : values.format === 'sarif' ? formatSarif(shown, VERSION) : formatStylish(shown, cwd, out.isTTY === true);
  out.write(output);

  const totals = reports.map(counts).reduce((sum, tally) => ({ errors: sum.errors + tally.errors, warnings: sum.warnings + tally.warnings }), { errors: 0, warnings: 0 });
  if (totals.errors > 0) return 1;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    if (values.format === 'stylish') err.write(`postmortem-lint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function lintFile(analyzer: PostmortemAnalyzer, filePath: string, fix: boolean): FileReport {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    return { filePath, text: '', findings: [], error: `cannot read the file: ${(error as Error).message}`, fixed: 0 };
  }
  let result = analyzer.analyze(text);
  let fixed = 0;
  if (fix) {
    const { text: fixedText, applied } = applyEdits(text, safeFixEdits(result.findings));
    if (applied.length > 0 && fixedText !== text) {
      writeFileSync(filePath, fixedText);
      text = fixedText;
      fixed = applied.length;
      result = analyzer.analyze(text);
    }
  }
  return { filePath, text, findings: result.findings, fixed };
}

function write(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`postmortem-lint: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
