// Acting on findings and typing as a person does, keyboard first: the completion list after "## ",
// the quick-fix menu of a counterfactual (the README's screenshots, copied from test-results/e2e/
// to docs/screenshots/: completion.png, quickfix.png),
// the owner placeholder ready to type over, the hover, Fix All with nothing to fix, the Output
// channel and the Outline view. Every check leaves the files as they were (File: Revert File).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { testResults } from '../harness/paths';
import type { UiContext } from '../harness/uiChecks';
import { runFromCommandPalette } from './previewPage';
import { openFileWithQuickOpen } from './workbench';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';
const DNS = 'postmortems/2024-05-02-dns-incident.md';

async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(testResults, 'e2e', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

/** One editor and no panel, for the README's screenshots (earlier checks leave splits and panels open). */
async function cleanSlate(page: Page): Promise<void> {
  await runFromCommandPalette(page, 'View: Close All Editor Groups');
  // An editor some other check left modified: its changes are not ours to keep.
  const dialog = page.locator('.monaco-dialog-box');
  if (await dialog.isVisible()) await dialog.locator('.monaco-button', { hasText: "Don't Save" }).click();
  if (await page.locator('.part.panel').isVisible()) await runFromCommandPalette(page, 'View: Hide Panel');
}

/** Opens a sample postmortem once the server has checked it (its summary is in the status bar). */
async function openPostmortem(page: Page, file: string): Promise<void> {
  await openFileWithQuickOpen(page, file);
  await page
    .locator('.part.statusbar .statusbar-item', { hasText: /\d+\/\d+ sections · \d+ findings?/ })
    .first()
    .waitFor({ timeout: 15_000 });
}

/** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G), as a user does. */
async function goTo(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The 1-based line of the first line of a sample file that contains `text` (the file on disk is what the editor opened). */
function lineOf(workspace: string, file: string, text: string): number {
  const index = fs
    .readFileSync(path.join(workspace, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${file} has no line with ${JSON.stringify(text)}`);
  return index + 1;
}

/** A rendered line of the active editor holding `text` (Monaco renders spaces as no-break spaces). */
function editorLine(page: Page, text: string) {
  return page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: text.replace(/ /g, '\u00a0') }).first();
}

/** The text of the active editor's rendered lines (spaces as VS Code renders them made plain). */
async function visibleText(page: Page): Promise<string> {
  return (await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

/** Moves the focus in the open quick-fix menu to the action titled `title` and applies it, with the keyboard. */
async function chooseAction(page: Page, title: string): Promise<void> {
  const menu = page.locator('.action-widget');
  const focused = menu.locator('.monaco-list-row.focused');
  for (let step = 0; step < 12 && !(await focused.innerText().catch(() => '')).includes(title); step++)
    await page.keyboard.press('ArrowDown');
  if (!(await focused.innerText()).includes(title))
    throw new Error(`No action "${title}" in the menu: ${JSON.stringify(await menu.locator('.monaco-list-row').allInnerTexts())}`);
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
}

async function revert(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await runFromCommandPalette(page, 'File: Revert File');
}

export async function completionListAfterHeadingProposesTheMissingSectionsFirst({ page, workspace }: UiContext): Promise<void> {
  await cleanSlate(page);
  await openPostmortem(page, DNS);
  await goTo(page, lineOf(workspace, DNS, '## Action Items'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  // Typed as a person types it; the list opens at the space, with Markdown's defaults.
  await page.keyboard.type('## ', { delay: 50 });
  const widget = page.locator('.editor-widget.suggest-widget');
  await widget.waitFor({ state: 'visible', timeout: 10_000 });
  const rows = widget.locator('.monaco-list-row');
  await rows.filter({ hasText: 'Lessons Learned' }).first().waitFor();
  const labels = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  if (!labels[0]?.startsWith('Detection') || !labels[1]?.startsWith('Lessons Learned'))
    throw new Error(`The list starts ${JSON.stringify(labels.slice(0, 3))}, not with the missing sections`);
  await screenshot(page, 'completion.png');
  try {
    await page.keyboard.press('Enter');
    await editorLine(page, 'TODO: How and when the incident was noticed').waitFor({ timeout: 10_000 });
    await editorLine(page, '## Detection').waitFor({ timeout: 10_000 });
  } finally {
    await revert(page);
  }
}

export async function quickFixMenuOffersReframingQuestionAndGuidanceForCounterfactual({ page, workspace }: UiContext): Promise<void> {
  await cleanSlate(page);
  await openPostmortem(page, CHECKOUT);
  await goTo(page, lineOf(workspace, CHECKOUT, 'Bob should have checked'), 6);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 10_000 });
  const items = menu.locator('.monaco-list-row');
  await items.filter({ hasText: 'Reframe as a question' }).first().waitFor();
  const titles = (await items.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  for (const expected of [
    'Reframe as a question: "What made not having checked the config before deploying reasonable at the time?"',
    'Show guidance',
    'Disable blaming-language for this line',
  ]) {
    if (!titles.some((title) => title.includes(expected)))
      throw new Error(`The quick-fix menu lacks ${JSON.stringify(expected)}: ${JSON.stringify(titles)}`);
  }
  await screenshot(page, 'quickfix.png');
  try {
    await chooseAction(page, 'Reframe as a question');
    await editorLine(page, 'TODO: What made not having checked the config').waitFor({ timeout: 10_000 });
  } finally {
    await revert(page);
  }
}

export async function ownerPlaceholderIsReadyToTypeOver({ page, workspace }: UiContext): Promise<void> {
  await openPostmortem(page, CHECKOUT);
  await goTo(page, lineOf(workspace, CHECKOUT, '| Page on `CheckoutErrorRateHigh`'), 3);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 10_000 });
  try {
    await chooseAction(page, 'Add owner placeholder');
    await page.keyboard.type('tomas');
    // The row wraps at the editor's width: its end may be on the next rendered line.
    await editorLine(page, '| process | tomas |')
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(
          `The row after typing: ${(await visibleText(page)).split('\n').find((line) => line.includes('Page on')) ?? '(not shown)'}`,
        );
      });
  } finally {
    await revert(page);
  }
}

export async function hoverShowsTheMessageOnceAndTheExplanation({ page, workspace }: UiContext): Promise<void> {
  await openPostmortem(page, CHECKOUT);
  await goTo(page, lineOf(workspace, CHECKOUT, 'The outage was caused by human error.'), 28);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout: 10_000 });
  await hover.locator('text=Blame words stop the investigation').first().waitFor({ timeout: 10_000 });
  const text = await hover.innerText();
  const times = text.split('"human error" blames a person.').length - 1;
  if (times !== 1) throw new Error(`The message is in the hover ${times} times:\n${text}`);
  await page.keyboard.press('Escape');
}

export async function fixAllSaysWhyWhenNothingIsSafeToFix({ page }: UiContext): Promise<void> {
  await openPostmortem(page, CHECKOUT);
  await runFromCommandPalette(page, 'Fix All');
  const message = page.locator('.monaco-editor-overlaymessage', { hasText: 'Nothing in this postmortem can be fixed automatically' });
  await message.first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
}

export async function outputChannelSaysWhichConfigurationAndProfileApply({ page, workspace }: UiContext): Promise<void> {
  await openPostmortem(page, CHECKOUT);
  await runFromCommandPalette(page, 'Postmortem: Show Output');
  await page
    .locator('.part.panel .monaco-select-box[title="Postmortem Authoring"], .part.panel select', { hasText: 'Postmortem Authoring' })
    .first()
    .waitFor({ timeout: 10_000 });
  // The channel holds every analysis of the run, more than the panel shows: read what it shows
  // from the file VS Code writes it to.
  const logs = path.join(workspace, '..', 'user-data', 'logs');
  const files = (fs.readdirSync(logs, { recursive: true }) as string[]).filter((file) => file.endsWith('Postmortem Authoring.log'));
  const text = files.map((file) => fs.readFileSync(path.join(logs, file), 'utf8')).join('\n');
  const expected = [
    /\[info\] Postmortem language server 0\.1\.0 started \(Node v\d+\.\d+\.\d+, pid \d+\); workspace trusted\./,
    new RegExp(
      `\\[info\\] postmortems/2024-03-12-checkout-outage\\.md: profile google-sre \\(from the configuration file\\), configuration file ${path.join(workspace, '.postmortemrc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`,
    ),
    /\[info\] Checked postmortems\/2024-03-12-checkout-outage\.md \(version 1, \d+ characters\) in \d+ ms: 5 findings\./,
  ];
  for (const pattern of expected)
    if (!pattern.test(text))
      throw new Error(`The Output channel (${files.join(', ') || 'no log file'}) has no line like ${pattern}:\n${text.slice(0, 3000)}`);
}

export async function outlineViewShowsOneTree({ page }: UiContext): Promise<void> {
  await openPostmortem(page, CHECKOUT);
  await runFromCommandPalette(page, 'Explorer: Focus on Outline View');
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.filter({ hasText: 'Root Causes' }).first().waitFor({ timeout: 10_000 });
  const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  const groups = texts.filter((text) => /Markdown Language Features|Postmortem Authoring/.test(text));
  if (groups.length > 0) throw new Error(`The Outline view is split into provider groups: ${JSON.stringify(texts)}`);
}
