// `postmortem-lint report`: the team's postmortems as one report (every postmortem with its
// numbers, every action item with its state), over the same files, configuration and index as
// the editor's views. A file that cannot be read is listed with why and left out; it never stops
// the report nor turns into a number.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE_KB, IncidentIndex, isIsoDate, PostmortemWorkspace, recordOf } from '../../engine';
import { nodeFileReader, toEnginePath, toFsPath } from '../../node/fileReader';
import { FileTooLarge } from '../../node/regularFile';
import { CliConfigurations, ConfigProblem } from '../configurations';
import { discoverFiles } from '../files';
import { writeOutputFile } from '../outputFile';
import { readWhole } from '../lint';
import type { CliEnvironment } from '../main';
import { UsageError } from '../options';
import { formatCsv, formatJson, formatMarkdown, type ReportData } from './formats';

const FORMATS = ['markdown', 'json', 'csv'] as const;
type ReportFormat = (typeof FORMATS)[number];
const FAILURES = ['ownerless', 'overdue'] as const;
type Failure = (typeof FAILURES)[number];
// The editor's limit (postmortem.maxFileSizeKB's default), on the text's length as it measures it.
const MAX_UNITS = DEFAULT_MAX_FILE_SIZE_KB * 1024;
const TOO_LARGE = `is larger than ${DEFAULT_MAX_FILE_SIZE_KB} KB: left out, as the editor leaves it unchecked`;

export const REPORT_HELP = `Usage: postmortem-lint report [options] [files, folders or globs…]

The team's postmortems as one report: each postmortem with its date, severity, status, time to
detect, mitigate and resolve (docs/incidents.md says how they are read) and findings; each action
item with its owner, due date, ticket, state (open or done), whether it is overdue and which
earlier open item it repeats. The files are those postmortem-lint checks. With no files, the
postmortems under the working directory.

Options:
  --format <markdown|json|csv>    output format (default: markdown); csv has a row per action item
  --today <YYYY-MM-DD>            the day overdue is measured against (default: today)
  --fail-on <ownerless,overdue>   exit with 1 when an open action item has no owner, or is overdue
  -o, --output-file <path>        write the report to this file instead of standard output
  --config <file>                 use this configuration instead of the nearest .postmortemrc.json
  -h, --help                      show this help

Exit codes: 0 the report was written (files that could not be read are listed in it), 1 a
--fail-on condition holds, 2 a usage or configuration error.
`;

interface ReportOptions {
  format: ReportFormat;
  today: string;
  failOn: Failure[];
  outputFile: string | undefined;
  configFile: string | undefined;
  patterns: string[];
  help: boolean;
}

export async function runReport(argv: string[], environment: CliEnvironment): Promise<number> {
  const { cwd, stdout, stderr } = environment;
  const say = (text: string) => stderr.write(`postmortem-lint report: ${text}\n`);
  let options: ReportOptions;
  try {
    options = reportOptions(argv, new Date());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\nRun "postmortem-lint report --help" for the options.`);
    return 2;
  }
  if (options.help) {
    stdout.write(REPORT_HELP);
    return 0;
  }

  const workspace = new PostmortemWorkspace(nodeFileReader);
  const configurations = new CliConfigurations(workspace, cwd, options.configFile, {});
  const root = toEnginePath(cwd);
  const display = (filePath: string) => path.relative(cwd, filePath) || filePath;
  try {
    const { candidates, problems: folderProblems } = await discoverFiles(options.patterns, cwd, workspace);
    for (const problem of folderProblems) say(problem);
    const index = new IncidentIndex();
    // A UTF-8 file has at least a third as many UTF-16 units as bytes: one of more than three
    // bytes per unit allowed is too large for certain, and is not read; the exact check is below.
    const read = (filePath: string) => readWhole(filePath, 3 * MAX_UNITS).then(({ text }) => text);
    // The next file is read while this one is analysed.
    let reading = candidates[0] && settle(read(candidates[0].filePath));
    for (const [position, { filePath }] of candidates.entries()) {
      const current = reading!;
      reading = candidates[position + 1] && settle(read(candidates[position + 1]!.filePath));
      const document = { path: toEnginePath(filePath), root };
      const { config } = await configurations.forFile(filePath);
      const problem = (message: string) => index.setProblem(document.path, message);
      let text: string;
      try {
        text = await unsettle(current);
      } catch (error) {
        // Unread, it is decided by its path alone: a file `ignores` or .gitignore exclude is not missed.
        if ((await workspace.decide(document, '', config)).postmortem)
          problem((error as Error).cause instanceof FileTooLarge ? TOO_LARGE : `cannot be read: ${(error as Error).message}`);
        continue;
      }
      if (!(await workspace.decide(document, text, config)).postmortem) continue;
      if (text.includes('\u0000')) problem('is not text (it holds NUL bytes): left out');
      else if (text.length > MAX_UNITS) problem(TOO_LARGE);
      else {
        const result = configurations.analyzer(config).analyze(text);
        const record = recordOf(document.path, result.model, result.findings);
        index.set(record);
        const frontMatterError = result.model.metadata.frontMatter?.error;
        if (frontMatterError)
          say(`${display(filePath)}: front matter is not YAML (${frontMatterError}); its fields were read from the body only`);
      }
    }
    for (const { path: enginePath, message } of index.problems()) say(`${display(toFsPath(enginePath))} ${message}`);

    const data: ReportData = {
      index,
      today: options.today,
      file: (enginePath) => toEnginePath(display(toFsPath(enginePath))),
    };
    const output = options.format === 'json' ? formatJson(data) : options.format === 'csv' ? formatCsv(data) : formatMarkdown(data);
    if (options.outputFile !== undefined) {
      const problem = await writeOutputFile(cwd, options.outputFile, output);
      if (problem !== undefined) {
        say(problem);
        return 2;
      }
    } else stdout.write(output);

    const items = index.actionItems(options.today);
    const failures = options.failOn.flatMap((failure) => {
      const count = items.filter(
        (item) => item.state === 'open' && (failure === 'overdue' ? item.overdue : item.owner === undefined),
      ).length;
      return count > 0
        ? [`${count} open action item${count === 1 ? '' : 's'} ${failure === 'overdue' ? 'overdue' : 'without an owner'}`]
        : [];
    });
    if (failures.length > 0) {
      say(`${failures.join(', ')} (--fail-on ${options.failOn.join(',')})`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigProblem) {
      say(error.message);
      return 2;
    }
    throw error;
  }
}

function reportOptions(argv: string[], now: Date): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'markdown' },
        today: { type: 'string' },
        'fail-on': { type: 'string', multiple: true, default: [] },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use markdown, json or csv)`);
  const today = values.today ?? localDate(now);
  if (!isIsoDate(today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${values.today}"`);
  const failOn = values['fail-on']
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  const unknown = failOn.filter((value) => !FAILURES.includes(value as Failure));
  if (unknown.length > 0) throw new UsageError(`--fail-on takes ${FAILURES.join(' and ')}, not "${unknown.join(', ')}"`);
  return {
    format,
    today,
    failOn: [...new Set(failOn as Failure[])],
    outputFile: values['output-file'],
    configFile: values.config,
    patterns: positionals,
    help: values.help,
  };
}

function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A read started ahead, held so that its failure is not unhandled before it is awaited. */
type Settled<T> = Promise<{ value: T } | { error: unknown }>;

function settle<T>(promise: Promise<T>): Settled<T> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

async function unsettle<T>(settled: Settled<T>): Promise<T> {
  const outcome = await settled;
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
