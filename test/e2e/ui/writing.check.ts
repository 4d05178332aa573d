// The writing commands as a user meets them: "New Postmortem…" answered through its quick picks
// and input boxes, and the writing commands listed in the command palette only on postmortems.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { UiContext } from '../harness/uiChecks';
import { commandPalette, openFileWithQuickOpen, quickInputBox as input, quickInputRows as rows } from './workbench';

/** Answers the open quick input: types `text` (when given), waits for `row` to be listed when the input is a pick, presses Enter. */
async function answer(page: Page, title: string, text?: string, row?: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible' });
  if (text !== undefined) await input(page).fill(text);
  if (row) await rows(page).filter({ hasText: row }).first().waitFor();
  await page.keyboard.press('Enter');
}

export async function newPostmortemAsksForTemplateTitleDateAndSeverity({ page, workspace }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, 'README.md');
  await commandPalette(page, 'Postmortem: New Postmortem');
  await rows(page).filter({ hasText: 'New Postmortem…' }).first().waitFor();
  await page.keyboard.press('Enter');
  await answer(page, 'New Postmortem: template', 'Minimal', 'Minimal');
  await answer(page, 'New Postmortem: incident title', 'UI check outage');
  await answer(page, 'New Postmortem: incident date'); // today, as proposed
  await answer(page, 'New Postmortem: severity', 'SEV3', 'SEV3');
  const tab = page.locator('.tab.active', { hasText: '-ui-check-outage.md' });
  await tab.waitFor({ timeout: 15_000 });
  const name = (await tab.innerText()).trim().split(/\s/)[0]!;
  const file = path.join(workspace, 'postmortems', name);
  const text = fs.readFileSync(file, 'utf8');
  if (!/^---\ntitle: UI check outage\ndate: \d{4}-\d{2}-\d{2}\nseverity: SEV3\nstatus: draft\n/.test(text))
    throw new Error(`Unexpected front matter in ${name}:\n${text.slice(0, 300)}`);
  await commandPalette(page, 'View: Close Editor');
  await rows(page).filter({ hasText: 'View: Close Editor' }).first().waitFor();
  await page.keyboard.press('Enter');
  await tab.waitFor({ state: 'detached' });
  fs.rmSync(file);
}

/** Whether the command palette lists `title` for the active editor, read once the list has settled. */
async function paletteLists(page: Page, title: string): Promise<boolean> {
  await commandPalette(page, title);
  const listed = await rows(page)
    .filter({ hasText: title })
    .first()
    .waitFor({ timeout: 2_000 })
    .then(
      () => true,
      () => false,
    );
  await page.keyboard.press('Escape');
  return listed;
}

export async function writingCommandsAreListedOnlyForPostmortems({ page }: UiContext): Promise<void> {
  const title = 'Postmortem: Insert Timeline Entry';
  // The context key is set with the status bar item, once the server has answered for the active
  // editor: wait for the item to show (or go) before reading the palette. A busy server can take
  // seconds after another check created and analysed files.
  const statusItem = page.locator('.statusbar-item', { hasText: /sections · \d+ finding/ });
  const expect = async (file: string, listed: boolean) => {
    await openFileWithQuickOpen(page, file);
    await statusItem.first().waitFor({ state: listed ? 'visible' : 'hidden', timeout: 15_000 });
    for (let attempt = 0; attempt < 5; attempt++) if ((await paletteLists(page, title)) === listed) return;
    throw new Error(`"${title}" is ${listed ? 'not ' : ''}in the command palette for ${file}`);
  };
  await expect('postmortems/2024-03-12-checkout-outage.md', true);
  await expect('README.md', false);
}
