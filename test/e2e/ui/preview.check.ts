// The preview as a user sees it: Ctrl+K V on the checkout postmortem opens it beside the editor
// with the header figures; a click on a paragraph puts the cursor on its source line; and the
// screenshots of the README (dark and light themes) are taken here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { testResults } from '../harness/paths';
import type { UiContext } from '../harness/uiChecks';
import { cursorPosition, openCheckoutPreview, runFromCommandPalette } from './previewPage';

// The functions given to frame.evaluate run in the webview page, where these exist.
declare const window: { scrollY: number };

export async function keyboardShortcutOpensThePreviewWithItsHeaderFigures({ page }: UiContext): Promise<void> {
  const frame = await openCheckoutPreview(page);
  const facts = await frame
    .locator('.postmortem-facts .fact')
    .evaluateAll((elements) =>
      elements.map((fact) => `${fact.querySelector('dt')?.textContent}: ${fact.querySelector('dd')?.textContent}`),
    );
  const expected = [
    'Date: 2024-03-12',
    'Status: Complete, action items in progress',
    'Duration: 51 min',
    'Sections: 9/9',
    'Action items with owner: 3/4',
    'Findings: 5',
  ];
  if (JSON.stringify(facts) !== JSON.stringify(expected))
    throw new Error(`Header facts: ${JSON.stringify(facts)}, expected ${JSON.stringify(expected)}`);
  const mark = frame.locator('mark.finding', { hasText: 'human error' });
  const title = await mark.getAttribute('title');
  if (!title?.startsWith('"human error" blames a person.'))
    throw new Error(`The "human error" mark's hover text is ${JSON.stringify(title)}`);
  if ((await page.locator('.tab', { hasText: 'Preview 2024-03-12-checkout-outage.md' }).count()) !== 1) throw new Error('No preview tab');
}

export async function clickOnParagraphRevealsItsSourceLineAndTypingKeepsTheScroll({ page }: UiContext): Promise<void> {
  const frame = await openCheckoutPreview(page);
  // "Config push `cfg-20240312-1358` reached all production regions at 14:01 UTC." is line 35.
  await frame.locator('p', { hasText: 'reached all production regions' }).click();
  await page
    .locator('.part.statusbar .statusbar-item', { hasText: 'Ln 35, Col 1' })
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(`After the click the cursor is at ${JSON.stringify(await cursorPosition(page))}, expected line 35`);
    });
  // Typing where the cursor now is: the preview shows the edit and stays where it was.
  const scrolled = await frame.evaluate(() => window.scrollY);
  await page.keyboard.type('Meanwhile, ');
  await frame.locator('p', { hasText: 'Meanwhile, Config push' }).waitFor({ timeout: 10_000 });
  const after = await frame.evaluate(() => window.scrollY);
  await runFromCommandPalette(page, 'File: Revert File');
  await frame.locator('p', { hasText: 'Meanwhile' }).waitFor({ state: 'detached', timeout: 10_000 });
  if (Math.abs(after - scrolled) > 2) throw new Error(`The preview jumped from ${scrolled} to ${after} px while typing`);
  await frame.locator('tr', { hasText: 'Raise canary coverage' }).click();
  await page
    .locator('.part.statusbar .statusbar-item', { hasText: 'Ln 55, Col 1' })
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(
        `After the click on the last action item the cursor is at ${JSON.stringify(await cursorPosition(page))}, expected line 55`,
      );
    });
}

/**
 * Screenshots for the README in both themes (whichever is current first): the structure view
 * given the Explorer's height, the editor scrolled to the root causes. Everything is put back
 * afterwards, for the checks that follow.
 */
export async function previewScreenshotsInDarkAndLightThemes({ page }: UiContext): Promise<void> {
  const frame = await openCheckoutPreview(page);
  const folders = page.locator('.pane-header', { hasText: /^workspace/i }).first();
  const structure = page.locator('.pane-header', { hasText: /^postmortem/i }).first();
  await setExpanded(folders, false);
  await setExpanded(structure, true);
  await page.locator('.pane-body .monaco-list-row', { hasText: 'Required sections' }).first().waitFor({ timeout: 10_000 });
  // The editor scrolled down to the root causes; the preview follows it.
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+Home');
  // Ctrl+Down scrolls the editor by one line without moving the cursor.
  for (let line = 0; line < 24; line++) await page.keyboard.press('Control+ArrowDown');
  await frame
    .waitForFunction(() => window.scrollY > 300, undefined, { timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`The preview did not scroll with the editor (scrollY ${await frame.evaluate(() => window.scrollY)}): ${error}`);
    });
  const out = path.join(testResults, 'e2e');
  fs.mkdirSync(out, { recursive: true });
  const themeOf = async () => ((await frame.locator('body').getAttribute('class')) ?? '').match(/vscode-(light|dark)/)?.[1];
  const first = await themeOf();
  if (!first) throw new Error('The webview body has neither vscode-light nor vscode-dark');
  const second = first === 'dark' ? 'light' : 'dark';
  // No tooltip or hover outline in the pictures.
  await page.mouse.move(1100, 12);
  await page.keyboard.press('Escape');
  await page.locator('.workbench-hover').waitFor({ state: 'hidden' });
  try {
    await page.screenshot({ path: path.join(out, `preview-${first}.png`) });
    await runFromCommandPalette(page, 'Preferences: Toggle between Light/Dark Themes');
    await frame.locator(`body.vscode-${second}`).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(out, `preview-${second}.png`) });
  } finally {
    if ((await themeOf()) !== first) await runFromCommandPalette(page, 'Preferences: Toggle between Light/Dark Themes');
    await frame.locator(`body.vscode-${first}`).waitFor({ timeout: 10_000 });
    await setExpanded(structure, false);
    await setExpanded(folders, true);
  }
}

/** Opens or closes a view of the side bar by its header. */
async function setExpanded(header: Locator, expanded: boolean): Promise<void> {
  await header.waitFor({ state: 'visible', timeout: 10_000 });
  if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
}
