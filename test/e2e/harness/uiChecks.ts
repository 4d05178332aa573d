// Runs the Playwright UI checks: every function exported by a test/e2e/ui/*.check.ts file is
// one check, titled after its name ("statusBarIsVisible" → "status bar is visible"). The
// `*.restricted.check.ts` and `*.web.check.ts` files run only in their run, all others only in the trusted one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { runOfFile, type E2eRun, type TestResult } from '../suite/results';
import { e2eRoot } from './paths';

export interface UiContext {
  page: Page;
  /** Absolute path of the workspace folder open in VS Code. */
  workspace: string;
}

export type UiCheck = (context: UiContext) => Promise<void>;

export async function runUiChecks(context: UiContext, options: { run: E2eRun }): Promise<TestResult[]> {
  const uiDir = path.join(e2eRoot, 'ui');
  const files = fs
    .readdirSync(uiDir)
    .filter((file) => file.endsWith('.check.ts') && runOfFile(file) === options.run)
    .sort();
  const results: TestResult[] = [];
  for (const file of files) {
    const checks = (await import(path.join(uiDir, file))) as Record<string, unknown>;
    for (const [name, check] of Object.entries(checks)) {
      if (typeof check !== 'function') continue;
      const started = Date.now();
      const result: TestResult = { title: sentence(name), suites: ['UI', file.replace(/\.check\.ts$/, '')], state: 'passed' };
      try {
        await (check as UiCheck)(context);
      } catch (error) {
        result.state = 'failed';
        result.error = { message: (error as Error).message, stack: (error as Error).stack };
      }
      result.durationMs = Date.now() - started;
      results.push(result);
    }
  }
  return results;
}

function sentence(camelCase: string): string {
  return camelCase.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
