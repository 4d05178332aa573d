// The test-runner extension: installed into code-server next to the product by the harness,
// it runs the mocha suites once the workbench has started and writes the results as JSON to
// the file named by POSTMORTEM_E2E_RESULTS (the harness starts code-server with it; the
// extension host inherits code-server's environment). Without that variable it does nothing.
// It declares untrusted workspaces supported, so that it also runs in the harness's Restricted
// Mode run (an undeclared extension would be disabled there and never report).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSuites } from '../../suite/index';
import { RESULTS_ENV, RUN_ENV, type E2eRun, type RunnerCrash, type SuiteResults } from '../../suite/results';

export async function activate(): Promise<void> {
  const resultsFile = process.env[RESULTS_ENV];
  if (!resultsFile) return;
  // The suites ran already in this run: a window reload (ui/previewRestore.check.ts) starts this
  // extension again, and a second run would edit files under the UI checks that follow.
  if (fs.existsSync(resultsFile)) return;
  let results: SuiteResults | RunnerCrash;
  try {
    results = await runSuites({ run: (process.env[RUN_ENV] as E2eRun | undefined) ?? 'trusted' });
  } catch (error) {
    // Reported as a failure by the harness rather than left to its timeout.
    results = { error: (error as Error).stack ?? String(error) };
  }
  // Write then rename, so the harness never reads a half-written file.
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${resultsFile}.tmp`, resultsFile);
}

export function deactivate(): void {}
