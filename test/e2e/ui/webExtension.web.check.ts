// The web extension as a user sees it: the preview (its CSP nonce made with Web Crypto) renders
// the server's analysis sent from the web worker; the team's views and dashboard, which the
// server cannot fill there, say why they list nothing.
import type { UiContext } from '../harness/uiChecks';
import { openCheckoutPreview, runFromCommandPalette } from './previewPage';

// The functions given to frame.evaluate run in the webview page, where this exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM; the tests have no DOM types
declare const document: any;

const UNAVAILABLE = 'On the web the language server runs in the browser and cannot read the workspace';

export async function keyboardShortcutOpensThePreviewWithItsFindingsOnTheWeb({ page }: UiContext): Promise<void> {
  const frame = await openCheckoutPreview(page);
  const findings = await frame.locator('.postmortem-facts .fact', { hasText: 'Findings' }).locator('dd').textContent();
  if (findings !== '5') throw new Error(`The header says ${JSON.stringify(findings)} findings, expected 5`);
  const title = await frame.locator('mark.finding', { hasText: 'human error' }).getAttribute('title');
  if (!title?.startsWith('"human error" blames a person.'))
    throw new Error(`The "human error" mark's hover text is ${JSON.stringify(title)}`);
}

export async function teamViewsAndDashboardSayWhyTheyListNothingOnTheWeb({ page }: UiContext): Promise<void> {
  await runFromCommandPalette(page, 'View: Show Postmortems');
  try {
    await page.locator('.welcome-view-content', { hasText: UNAVAILABLE }).first().waitFor({ timeout: 15_000 });
    await runFromCommandPalette(page, 'Postmortem: Open Dashboard');
    const deadline = Date.now() + 20_000;
    let shown: string[] = [];
    while (!shown.some((text) => text.startsWith(UNAVAILABLE))) {
      if (Date.now() > deadline) throw new Error(`The dashboard does not say why it is empty; its frames show ${JSON.stringify(shown)}`);
      await page.waitForTimeout(100);
      shown = [];
      for (const frame of page.frames()) {
        const text = await frame
          .evaluate(() => (document.querySelector('p.empty')?.textContent ?? null) as string | null)
          .catch(() => null);
        if (text !== null) shown.push(text);
      }
    }
  } finally {
    await runFromCommandPalette(page, 'View: Close All Editors');
    await runFromCommandPalette(page, 'View: Show Explorer');
  }
}
