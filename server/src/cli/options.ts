// The command line of postmortem-lint, read into options or refused with one sentence. The names
// follow ESLint's and markdownlint-cli2's, so that CI recipes written for them read the same here.
import { parseArgs } from 'node:util';
import { RULES_BY_ID, validateConfig, ConfigError, type PostmortemConfig, type SeveritySetting } from '../engine';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export const HELP = `Usage: postmortem-lint [options] [files, folders or globs…]
       postmortem-lint [options] - --stdin-filename <path>   (the text from standard input)
       postmortem-lint report [options] [files…]              (postmortems, action items and their numbers; report --help)

Checks Markdown postmortems for blaming wording, missing sections and ownerless action items.
Only postmortems are checked, as in the editor: files matching \`files\` of .postmortemrc.json
(by default postmortems/, post-mortems/, incidents/, incident-reviews/ and *postmortem*.md),
front matter \`type: postmortem\`, or a title such as "Postmortem: …"; never what .gitignore or
\`ignores\` exclude. With no files, checks the postmortems under the working directory.

Options:
  --format <stylish|json|sarif>    output format (default: stylish)
  -o, --output-file <path>         write the report to this file instead of standard output
  --fix                            apply safe fixes (minimizer removals, missing section headings) in place
  --fix-dry-run                    work out the safe fixes without writing them (json: "output")
  --config <file>                  use this configuration instead of the nearest .postmortemrc.json
  --profile <id>                   google-sre, pagerduty, atlassian, minimal or custom (over the configuration)
  --rule <id:severity>             set a rule's severity (off, info, warning, error); repeatable
  --max-warnings <n>               exit with 1 when there are more than n warnings (info findings do not count)
  --quiet                          report errors only
  --color, --no-color              force colours on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR are honoured)
  --stdin-filename <path>          the path the text from standard input is checked as
  --print-config <file>            print the configuration that applies to a file, and exit
  --no-error-on-unmatched-pattern  exit 0 when a file, folder or glob names no postmortem
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors or too many
warnings, 2 a usage or configuration error, or a file that could not be read or fixed.
`;

export interface CliOptions {
  format: Format;
  outputFile: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
  configFile: string | undefined;
  /** --profile and --rule, as a configuration layer over the file's. */
  overrides: PostmortemConfig;
  maxWarnings: number | undefined;
  quiet: boolean;
  color: boolean | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  printConfig: string | undefined;
  errorOnUnmatchedPattern: boolean;
  patterns: string[];
  help: boolean;
  version: boolean;
}

/** Thrown for a command line that cannot be run; the message is the whole story. */
export class UsageError extends Error {}

export function parseOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        config: { type: 'string' },
        profile: { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        'error-on-unmatched-pattern': { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use stylish, json or sarif)`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (values['max-warnings']!.trim() === '' || !Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError('--max-warnings takes a whole number');
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) throw new UsageError('"-" (standard input) cannot be mixed with files, folders or globs');
  if (values['stdin-filename'] !== undefined && !stdin)
    throw new UsageError('--stdin-filename names the text read from standard input: add "-"');
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (values.fix && stdin)
    throw new UsageError(
      '--fix cannot write back to standard input: use --fix-dry-run with --format json, whose "output" holds the fixed text',
    );
  return {
    format,
    outputFile: values['output-file'],
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    configFile: values.config,
    overrides: overrides(values.profile, values.rule),
    maxWarnings,
    quiet: values.quiet,
    color: values.color,
    stdin,
    stdinFilename: values['stdin-filename'],
    printConfig: values['print-config'],
    errorOnUnmatchedPattern: values['error-on-unmatched-pattern'],
    patterns: positionals,
    help: values.help,
    version: values.version,
  };
}

/** --profile and each --rule id:severity, checked against the same schema as the file. */
function overrides(profile: string | undefined, rules: string[]): PostmortemConfig {
  const layer: PostmortemConfig = {};
  if (profile !== undefined) layer.profile = profile;
  for (const rule of rules) {
    const separator = rule.lastIndexOf(':');
    const id = (separator < 0 ? rule : rule.slice(0, separator)).trim();
    const severity = separator < 0 ? '' : rule.slice(separator + 1).trim();
    if (!RULES_BY_ID.has(id)) throw new UsageError(`--rule ${rule}: unknown rule "${id}" (rules: ${[...RULES_BY_ID.keys()].join(', ')})`);
    if (!SEVERITIES.includes(severity as SeveritySetting))
      throw new UsageError(`--rule ${rule}: give the severity after a colon, one of ${SEVERITIES.join(', ')} (e.g. --rule ${id}:error)`);
    layer.rules = { ...layer.rules, [id]: severity as SeveritySetting };
  }
  try {
    return validateConfig(layer, 'the command line');
  } catch (error) {
    if (error instanceof ConfigError)
      throw new UsageError(error.problems.map((problem) => problem.replace(/^profile /, '--profile ')).join('; '));
    throw error;
  }
}
