// The contract between the suites running inside VS Code and the harness outside it.

/** Environment variable naming the JSON file the test-runner extension writes the results to. */
export const RESULTS_ENV = 'POSTMORTEM_E2E_RESULTS';

/**
 * Set to "1" by the harness for its second VS Code run, in Restricted Mode (workspace trust on,
 * the workspace untrusted). Suites and UI checks named `*.restricted.test.ts` /
 * `*.restricted.check.ts` run there and only there; all others only in the trusted run.
 */
export const RESTRICTED_MODE_ENV = 'POSTMORTEM_E2E_RESTRICTED_MODE';

/** Whether a suite or UI check file belongs to the Restricted Mode run. */
export function isRestrictedModeFile(fileName: string): boolean {
  return /\.restricted\.(?:test|check)\.[jt]s$/.test(fileName);
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
