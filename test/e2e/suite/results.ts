// The contract between the suites running inside VS Code and the harness outside it.

/** Environment variable naming the JSON file the test-runner extension writes the results to. */
export const RESULTS_ENV = 'POSTMORTEM_E2E_RESULTS';

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
