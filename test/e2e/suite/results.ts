// The contract between the suites running inside VS Code and the harness outside it.

/** Environment variable naming the JSON file the test-runner extension writes the results to. */
export const RESULTS_ENV = 'POSTMORTEM_E2E_RESULTS';

/**
 * The harness's VS Code runs: `trusted` (every other suite), `restricted` (Restricted Mode: workspace
 * trust on, the workspace untrusted) and `web` (the extension in the browser's web worker extension
 * host). Suites and UI checks named `*.restricted.test.ts` / `*.web.test.ts` (`.check.ts`) run in
 * that run and only there; all others only in the trusted run.
 */
export type E2eRun = 'trusted' | 'restricted' | 'web';

/** Set by the harness to the run's name for the runs other than `trusted`. */
export const RUN_ENV = 'POSTMORTEM_E2E_RUN';

/** The run a suite or UI check file belongs to. */
export function runOfFile(fileName: string): E2eRun {
  return /\.restricted\.(?:test|check)\.[jt]s$/.test(fileName)
    ? 'restricted'
    : /\.web\.(?:test|check)\.[jt]s$/.test(fileName)
      ? 'web'
      : 'trusted';
}

export interface TestResult {
  title: string;
  /** Suite titles from the outermost down, e.g. ["activation"]. */
  suites: string[];
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string };
}

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  tests: TestResult[];
}

/** What the test-runner extension writes when the suites could not even start. */
export interface RunnerCrash {
  error: string;
}
