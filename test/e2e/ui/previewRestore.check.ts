// The preview after a window reload: VS Code keeps the panel and the document it showed (the
// webview's state), and the extension's serializer renders it again, as Markdown's preview does.
import type { UiContext } from '../harness/uiChecks';
import { previewFrame, runFromCommandPalette } from './previewPage';
import { openFileWithQuickOpen } from './workbench';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const CHECKOUT_TITLE = 'Checkout outage: payment requests rejected after a config push';
const PREVIEW_TAB = 'Preview 2024-03-12-checkout-outage.md';

export async function previewComesBackAfterTheWindowReloads({ page }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, CHECKOUT);
  await page.locator('.part.statusbar .statusbar-item', { hasText: '9/9 sections' }).waitFor({ timeout: 15_000 });
  await runFromCommandPalette(page, 'Postmortem: Open Preview to the Side');
  await previewFrame(page, CHECKOUT_TITLE);

  await runFromCommandPalette(page, 'Developer: Reload Window');
  await page.waitForLoadState('load');
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
  // Rendered again from the server's analysis: the header shows the document's title, not an empty page.
  await previewFrame(page, CHECKOUT_TITLE, 60_000);
  const tabs = await page.locator('.tab', { hasText: PREVIEW_TAB }).count();
  if (tabs !== 1) throw new Error(`${tabs} preview tabs after the reload, expected 1`);
}
