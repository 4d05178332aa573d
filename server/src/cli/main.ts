// postmortem-lint: the engine on the command line, for CI. Which files are postmortems and which
// configuration applies are the engine's decisions, as in the editor (engine/workspace/).
// Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 a usage or
// configuration error, or a file that could not be read or fixed.
import { stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { PostmortemWorkspace } from '../engine';
import { nodeFileReader, readProblem, toEnginePath } from '../node/fileReader';
import { VERSION } from '../version';
import { useColor } from './color';
import { CliConfigurations, ConfigProblem, effectiveConfig, REASONS } from './configurations';
import { discoverFiles } from './files';
import { formatJson } from './formatters/json';
import { writeOutputFile } from './outputFile';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { lintText, readWhole } from './lint';
import { runReport } from './incidentReport/command';
import { HELP, parseOptions, UsageError, type CliOptions } from './options';
import { total, type FileReport } from './report';

export interface CliEnvironment {
  cwd: string;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export async function main(argv: string[], environment: Partial<CliEnvironment> = {}): Promise<number> {
  const { cwd = process.cwd(), stdout = process.stdout, stderr = process.stderr, stdin = process.stdin, env = process.env } = environment;
  // "report" is a command, not a file: a folder of that name is "./report".
  if (argv[0] === 'report') return runReport(argv.slice(1), { cwd, stdout, stderr, stdin, env });
  const say = (text: string) => stderr.write(`postmortem-lint: ${text}\n`);
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\nRun "postmortem-lint --help" for the options.`);
    return 2;
  }
  if (options.help) return write(stdout, HELP, 0);
  if (options.version) return write(stdout, `${VERSION}\n`, 0);

  const workspace = new PostmortemWorkspace(nodeFileReader);
  const configurations = new CliConfigurations(workspace, cwd, options.configFile, options.overrides);
  const root = toEnginePath(cwd);
  const display = (filePath: string) => path.relative(cwd, filePath) || filePath;
  try {
    if (options.printConfig !== undefined) {
      const filePath = path.resolve(cwd, options.printConfig);
      const { config, source } = await configurations.forFile(filePath);
      const text = await readWhole(filePath).then(
        ({ text }) => text,
        () => '',
      );
      const decision = await workspace.decide({ path: toEnginePath(filePath), root }, text, config);
      say(
        `${display(filePath)} ${REASONS[decision.reason]}; configuration: ${source ? display(source) : 'the built-in defaults'}${Object.keys(options.overrides).length > 0 ? ', then the command line' : ''}`,
      );
      return write(stdout, `${JSON.stringify(effectiveConfig(config), null, 2)}\n`, 0);
    }

    const reports: FileReport[] = [];
    let failed = false;
    if (options.stdin) {
      const name = options.stdinFilename === undefined ? undefined : path.resolve(cwd, options.stdinFilename);
      if (name !== undefined && (await isFolder(name)))
        throw new UsageError(
          `--stdin-filename names a folder (${options.stdinFilename}): give the path the text would have as a Markdown file`,
        );
      const text = await readAll(stdin);
      const { config } = await configurations.forFile(name);
      const decision = await workspace.decide({ path: name === undefined ? undefined : toEnginePath(name), root }, text, config);
      if (decision.postmortem) reports.push(lintText(configurations.analyzer(config), name ?? '<text>', text, options.fixDryRun));
      else say(`standard input${name === undefined ? '' : ` (${display(name)})`} ${REASONS[decision.reason]}; nothing checked`);
    } else {
      const { candidates, problems } = await discoverFiles(options.patterns, cwd, workspace);
      for (const problem of problems) say(problem);
      failed ||= problems.length > 0;
      const found = new Set<number>();
      const notChecked: string[] = [];
      for (const candidate of candidates) {
        const { filePath } = candidate;
        const { config } = await configurations.forFile(filePath);
        const document = { path: toEnginePath(filePath), root };
        let read;
        try {
          read = await readWhole(filePath);
        } catch (error) {
          // Unread, it is decided by its path alone: what `ignores` or .gitignore exclude is not missed.
          const { reason } = await workspace.decide(document, '', config);
          if (reason !== 'ignores' && reason !== 'gitignore') {
            reports.push(unreadable(filePath, `cannot read ${display(filePath)}: ${(error as Error).message}`));
            candidate.patterns.forEach((pattern) => found.add(pattern));
          }
          continue;
        }
        const decision = await workspace.decide(document, read.text, config);
        if (!decision.postmortem) {
          if (candidate.explicit) notChecked.push(`${display(filePath)} ${REASONS[decision.reason]}`);
          continue;
        }
        candidate.patterns.forEach((pattern) => found.add(pattern));
        if (options.fix && !read.whole) {
          reports.push(unreadable(filePath, `${display(filePath)} is not valid UTF-8: not fixed, so that no byte of it is lost`));
          continue;
        }
        const report = lintText(configurations.analyzer(config), filePath, read.text, options.fix || options.fixDryRun);
        if (options.fix && report.output !== undefined) {
          try {
            await writeFile(filePath, report.output);
          } catch (error) {
            report.error = `cannot write the fixes to ${display(filePath)}: ${readProblem(error)}`;
          }
        }
        reports.push(report);
      }
      for (const note of notChecked) say(note);
      const unmatched = options.patterns.filter(
        (_, index) => !found.has(index) && !candidates.some((candidate) => candidate.explicit && candidate.patterns.includes(index)),
      );
      if (unmatched.length > 0 && options.errorOnUnmatchedPattern) {
        say(
          `no postmortem found for ${unmatched.map((pattern) => `"${pattern}"`).join(', ')} (use --no-error-on-unmatched-pattern if that is expected)`,
        );
        return 2;
      }
      if (options.patterns.length === 0 && candidates.length === 0) say(`no Markdown files under ${cwd}: nothing to check`);
      else if (options.patterns.length === 0 && reports.length === 0)
        say(
          `no postmortems under ${cwd} (${candidates.length} Markdown file${candidates.length === 1 ? '' : 's'}, none of them a postmortem): nothing to check`,
        );
    }

    for (const report of reports) if (report.error !== undefined) say(report.error);
    failed ||= reports.some((report) => report.error !== undefined);
    const shown = options.quiet
      ? reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => finding.severity === 'error') }))
      : reports;
    const toFile = options.outputFile !== undefined;
    const color = useColor(options.color, env, !toFile && stdout.isTTY === true);
    const output =
      options.format === 'json'
        ? formatJson(shown)
        : options.format === 'sarif'
          ? formatSarif(shown, VERSION, cwd)
          : formatStylish(shown, cwd, color, options.fixDryRun);
    if (options.outputFile !== undefined) {
      const problem = await writeOutputFile(cwd, options.outputFile, output);
      if (problem !== undefined) {
        say(problem);
        return 2;
      }
    } else stdout.write(output);

    const sum = total(reports);
    if (failed) return 2;
    if (sum.errors > 0) return 1;
    if (options.maxWarnings !== undefined && sum.warnings > options.maxWarnings) {
      say(`${sum.warnings} warning${sum.warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigProblem || error instanceof UsageError) {
      say(error.message);
      return 2;
    }
    throw error;
  }
}

function unreadable(filePath: string, error: string): FileReport {
  return { filePath, text: '', findings: [], suppressed: [], error, fixed: 0 };
}

async function isFolder(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isDirectory();
  } catch {
    return false;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function write(stream: Writable, text: string, code: number): number {
  stream.write(text);
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A fault of ours, not of the input: say so in one line, with the stack only on request.
      process.stderr.write(
        `postmortem-lint: unexpected error: ${error instanceof Error ? error.message : String(error)} (please report it; NODE_DEBUG=postmortem-lint shows the stack)\n`,
      );
      if (process.env.NODE_DEBUG?.includes('postmortem-lint') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 2;
    },
  );
}
