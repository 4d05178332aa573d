// Reading the results file the test-runner extension writes, and printing results the way
// mocha's spec reporter does, so in-VS-Code suites and UI checks read like one test run.
import * as fs from 'node:fs';
import type { RunnerCrash, SuiteResults, TestResult } from '../suite/results';
import { pollWhileRunning, type LongRunningProcess } from './processes';

/** Waits for the results file; fails early if code-server died, or after `timeoutMs`. */
export async function waitForResults(file: string, server: LongRunningProcess, timeoutMs: number): Promise<SuiteResults> {
  await pollWhileRunning(server, () => fs.existsSync(file), {
    timeoutMs,
    what: `the test-runner extension wrote ${file}`,
  });
  const results = JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults | RunnerCrash;
  if ('error' in results) throw new Error(`The test-runner extension could not run the suites:\n${results.error}`);
  return results;
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const green = paint(32);
const red = paint(31);
const grey = paint(90);

/** Prints tests grouped by suite, then the failures in detail. Returns the number of failures. */
export function printResults(tests: TestResult[]): number {
  const failed: TestResult[] = [];
  let previousSuites: string[] = [];
  for (const test of tests) {
    // Print the suite headings that differ from the previous test's.
    const common = previousSuites.findIndex((suite, i) => test.suites[i] !== suite);
    const from = common === -1 ? previousSuites.length : common;
    test.suites.slice(from).forEach((suite, i) => {
      const depth = from + i;
      console.log(`${depth === 0 ? '\n' : ''}${'  '.repeat(depth + 1)}${suite}`);
    });
    previousSuites = test.suites;
    const indent = '  '.repeat(test.suites.length + 1);
    const duration = test.durationMs !== undefined && test.durationMs > 75 ? grey(` (${test.durationMs}ms)`) : '';
    if (test.state === 'passed') console.log(`${indent}${green('✔')} ${grey(test.title)}${duration}`);
    else if (test.state === 'pending') console.log(`${indent}${grey(`- ${test.title}`)}`);
    else {
      failed.push(test);
      console.log(`${indent}${red(`${failed.length}) ${test.title}`)}`);
    }
  }
  const passes = tests.filter((test) => test.state === 'passed').length;
  console.log(`\n  ${green(`${passes} passing`)}`);
  if (failed.length > 0) console.log(`  ${red(`${failed.length} failing`)}`);
  failed.forEach((test, i) => {
    console.log(`\n  ${i + 1}) ${[...test.suites, test.title].join(' ')}:`);
    console.log(red(`     ${test.error?.stack ?? test.error?.message ?? 'failed'}`.replace(/\n/g, '\n     ')));
  });
  return failed.length;
}
