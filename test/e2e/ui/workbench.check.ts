// UI checks, run by the harness after the mocha suites: each exported function is one check.
import type { UiContext } from '../harness/uiChecks';

export async function workbenchLoadedWithStatusBarVisible({ page }: UiContext): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 10_000 });
}
