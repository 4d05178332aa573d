// Runs the mocha suites (every *.test.js bundled next to this file) inside VS Code's extension
// host. Two callers: @vscode/test-electron loads the bundle and calls run(); in code-server the
// test-runner extension (test/e2e/extension) calls runSuites() and writes the result to a file.
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOfFile, type E2eRun, type SuiteResults, type TestResult } from './results';

/** `run`: which suites (results.ts): `*.restricted.test.js`, `*.web.test.js`, or (trusted, the default) all others. */
export function runSuites(options: { reporter?: string; run?: E2eRun } = {}): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: true, reporter: options.reporter ?? 'spec' });
  const run = options.run ?? 'trusted';
  const testFiles = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js') && runOfFile(file) === run)
    .sort();
  for (const file of testFiles) mocha.addFile(path.join(__dirname, file));

  const results: SuiteResults = { passes: 0, failures: 0, pending: 0, tests: [] };
  const record = (test: Mocha.Test, state: TestResult['state'], error?: Error) => {
    const suites = test.titlePath().slice(0, -1);
    results.tests.push({
      title: test.title,
      suites,
      state,
      durationMs: test.duration,
      error: error && { message: error.message, stack: withoutMochaFrames(error.stack) },
    });
  };
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(results));
    runner.on('pass', (test) => (results.passes++, record(test, 'passed')));
    runner.on('pending', (test) => (results.pending++, record(test, 'pending')));
    // 'fail' also fires for failing hooks, which are not Tests; record them under their title.
    runner.on('fail', (test, error) => (results.failures++, record(test as Mocha.Test, 'failed', error)));
  });
}

/** Drops stack frames inside this bundle (mocha itself) and Node internals, as mocha's reporters do. */
function withoutMochaFrames(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => !line.includes(__filename) && !line.includes('node:internal'))
    .join('\n');
}

/** The entry point @vscode/test-electron expects: rejects when any test failed. */
export async function run(): Promise<void> {
  const results = await runSuites();
  if (results.failures > 0) throw new Error(`${results.failures} end-to-end test(s) failed`);
}
