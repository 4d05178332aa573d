// The dashboard as a user sees it: opened from the command palette beside the Postmortems view,
// its charts drawn in the theme's colours. Saves the README's pictures in both themes
// (test-results/e2e/dashboard-light.png and dashboard-dark.png, copied to docs/screenshots/),
// and puts the theme and the layout back for the checks that follow.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { testResults } from '../harness/paths';
import type { UiContext } from '../harness/uiChecks';
import { runFromCommandPalette } from './previewPage';

// The functions given to frame.evaluate run in the webview page, where these exist.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM; the tests have no DOM types
declare const document: any;

/** The dashboard's webview frame once its charts are drawn. Polled, as webview frames come with no event. */
async function dashboardFrame(page: Page, timeoutMs = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const charts = await frame.evaluate(() => document.querySelectorAll('section.chart svg').length as number).catch(() => 0);
      if (charts >= 3) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`No dashboard webview with its charts after ${timeoutMs} ms`);
}

export async function dashboardChartsInDarkAndLightThemes({ page }: UiContext): Promise<void> {
  // The dashboard alone in the editor area, as a reader opens it.
  await runFromCommandPalette(page, 'View: Close All Editors');
  await runFromCommandPalette(page, 'Postmortem: Open Dashboard');
  const frame = await dashboardFrame(page);
  // The Postmortems view container beside it, as a user opens it from the activity bar.
  await runFromCommandPalette(page, 'View: Show Postmortems');
  await page.locator('.pane-body .monaco-list-row', { hasText: 'Checkout outage' }).first().waitFor({ timeout: 15_000 });
  const bars = await frame.evaluate(() => document.querySelectorAll('rect[class^="series-"]').length as number);
  if (bars === 0) throw new Error('The incidents chart has no bars');
  const themeOf = async () => ((await frame.locator('body').getAttribute('class')) ?? '').match(/vscode-(light|dark)/)?.[1];
  const first = await themeOf();
  if (!first) throw new Error('The webview body has neither vscode-light nor vscode-dark');
  const second = first === 'dark' ? 'light' : 'dark';
  const out = path.join(testResults, 'e2e');
  fs.mkdirSync(out, { recursive: true });
  await page.mouse.move(1100, 12);
  try {
    await page.screenshot({ path: path.join(out, `dashboard-${first}.png`) });
    await runFromCommandPalette(page, 'Preferences: Toggle between Light/Dark Themes');
    await frame.locator(`body.vscode-${second}`).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(out, `dashboard-${second}.png`) });
  } finally {
    if ((await themeOf()) !== first) await runFromCommandPalette(page, 'Preferences: Toggle between Light/Dark Themes');
    await frame.locator(`body.vscode-${first}`).waitFor({ timeout: 10_000 });
    await runFromCommandPalette(page, 'View: Close All Editors');
    await runFromCommandPalette(page, 'View: Show Explorer');
  }
}
