// What a user sees: the checkout postmortem's blaming findings in the Problems panel, and the
// status bar summary. The screenshot it saves is the README's (docs/screenshots/problems.png).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { UiContext } from '../harness/uiChecks';
import { testResults } from '../harness/paths';
import { filterProblems, openFileWithQuickOpen, openProblemsPanel, readProblemsRows } from './workbench';

const CHECKOUT = 'postmortems/2024-03-12-checkout-outage.md';

export async function problemsPanelListsBlamingLanguageOfCheckoutPostmortem({ page }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, CHECKOUT);
  await openProblemsPanel(page);
  // Every postmortem of the workspace is listed (postmortem.workspaceDiagnostics): the checkout's rows only.
  await filterProblems(page, 'checkout-outage');
  // Rows appear once the server has published; wait for one rather than for a fixed time.
  const blamingRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'blaming-language' }).first();
  await blamingRow.waitFor({ state: 'visible', timeout: 15_000 });
  const rows = await readProblemsRows(page);
  const blaming = rows.filter((row) => row.includes('postmortem') && row.includes('blaming-language'));
  if (blaming.length === 0) throw new Error(`No blaming-language row in the Problems panel: ${JSON.stringify(rows)}`);
  if (!rows.some((row) => row.includes('human error'))) throw new Error(`The "human error" finding is not listed: ${JSON.stringify(rows)}`);

  const screenshot = path.join(testResults, 'e2e', 'problems.png');
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  await filterProblems(page, '');
}

export async function statusBarSummarisesTheCheckoutPostmortem({ page }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, CHECKOUT);
  const item = page.locator('.part.statusbar .statusbar-item', { hasText: /\d+\/\d+ sections · \d+ findings?/ });
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
  // All nine Google SRE sections are there; three blaming lines (four findings) and one ownerless item.
  if (!/9\/9 sections · \d+ findings/.test(text)) throw new Error(`Unexpected status bar text: "${text}"`);
}
