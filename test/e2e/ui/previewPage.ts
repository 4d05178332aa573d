// Helpers for the checks that drive the postmortem preview: find its webview among the page's
// frames (VS Code nests each webview in two iframes), run a command from the palette, read the
// cursor position from the status bar. Selectors are VS Code 1.96's DOM.
import type { Frame, Page } from 'playwright-core';
import { openFileWithQuickOpen } from './workbench';

// The functions given to frame.evaluate run in the webview page, where these exist.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM; the tests have no DOM types
declare const document: any;

/**
 * The frame of the preview webview once its header shows `title`. Polled: the webview's frames
 * come and go as VS Code loads them, with no event for "this frame has our page".
 */
export async function previewFrame(page: Page, title: string, timeoutMs = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = [];
    for (const frame of page.frames()) {
      const shown = await frame
        .evaluate(() => document.querySelector('#postmortem-header .postmortem-title')?.textContent ?? null)
        .catch(() => null);
      if (shown !== null) seen.push(shown);
      if (shown === title) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`No preview webview showing "${title}" after ${timeoutMs} ms; previews seen: ${JSON.stringify(seen)}`);
}

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const CHECKOUT_TITLE = 'Checkout outage: payment requests rejected after a config push';

/** Ctrl+K V on the checkout postmortem; the preview's frame once it shows the postmortem. */
export async function openCheckoutPreview(page: Page): Promise<Frame> {
  await openFileWithQuickOpen(page, CHECKOUT);
  // The keybinding applies once the server has said the file is a postmortem (the status bar shows it).
  await page.locator('.part.statusbar .statusbar-item', { hasText: '9/9 sections' }).waitFor({ timeout: 15_000 });
  // The editor has the focus after Quick Open: the keybinding, as Markdown's own preview has it.
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  return previewFrame(page, CHECKOUT_TITLE);
}

/** Runs a command by its palette title (F1), as a user does. */
export async function runFromCommandPalette(page: Page, title: string, timeoutMs?: number): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Runs a command whose `when` clause becomes true a little later (a postmortem's commands, once
 * the server has analysed the file just opened): the palette reads the clause when it opens, so
 * it is opened again until the command is listed.
 */
export async function runFromCommandPaletteOnceListed(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await runFromCommandPalette(page, title, 3_000);
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw error;
    }
  }
}

/** "Ln 35, Col 1" from the status bar, as [35, 1]. */
export async function cursorPosition(page: Page): Promise<[number, number]> {
  const item = page.locator('.part.statusbar .statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  await item.waitFor({ state: 'visible' });
  const [, line, column] = /Ln (\d+), Col (\d+)/.exec(await item.innerText())!;
  return [Number(line), Number(column)];
}
