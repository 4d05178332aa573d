// Helpers that drive the VS Code workbench the way a user does (keyboard first), for the
// *.check.ts files. Selectors are VS Code 1.96's DOM; keep them here so one place changes
// when VS Code does.
import type { Page } from 'playwright-core';

/** Waits until the status bar no longer says "Activating Extensions...", so the UI has settled. */
export async function waitForExtensionsActivated(page: Page): Promise<void> {
  await page.locator('.part.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 30_000 });
}

/** Gives the workbench keyboard focus (shortcuts go nowhere while the page itself has it). */
async function focusWorkbench(page: Page): Promise<void> {
  const activeEditor = page.locator('.editor-group-container.active .monaco-editor textarea');
  if (await activeEditor.count()) await activeEditor.first().focus();
  else await page.locator('.monaco-workbench').focus();
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor tab is active. */
export async function openFileWithQuickOpen(page: Page, relativePath: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relativePath);
  const fileName = relativePath.split('/').pop()!;
  // Wait for the match to be the focused row, or Enter would pick nothing, or a recently opened
  // file still listed from before the search (which is asynchronous) finished.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  // By resource name: a webview's tab ("Preview <file>") may show the same text.
  await page.locator(`.tab.active[data-resource-name="${fileName}"]`).first().waitFor();
}

export const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');
export const quickInputRows = (page: Page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

/** Opens the command palette with `text` typed (Ctrl+Shift+P starts it with ">"). */
export async function commandPalette(page: Page, text: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('Control+Shift+P');
  await quickInputBox(page).waitFor({ state: 'visible' });
  await quickInputBox(page).fill(`>${text}`);
}

/** Opens the Problems panel (Ctrl+Shift+M) and waits until it is shown. */
export async function openProblemsPanel(page: Page): Promise<void> {
  const panel = page.locator('.markers-panel');
  // The shortcut toggles: pressing it while the panel has focus would close it.
  if (await panel.isVisible()) return;
  await focusWorkbench(page);
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible' });
}

/**
 * The text of each row in the Problems panel: file rows (name, folder, count) and problem rows
 * (message, source and code, [Ln x, Col y]). Only rendered rows: the list is virtualized, so
 * keep fixtures small enough to fit on screen.
 */
export async function readProblemsRows(page: Page): Promise<string[]> {
  await openProblemsPanel(page);
  const rows = page.locator('.markers-panel .monaco-list-row');
  return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/**
 * Types `text` into the Problems panel's filter box (empty clears it): with the findings of every
 * postmortem of the workspace listed, a check reads one file's rows through it.
 */
export async function filterProblems(page: Page, text: string): Promise<void> {
  await openProblemsPanel(page);
  const input = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
}
