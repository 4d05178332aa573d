// Restricted Mode as the user sees it (the harness's untrusted run only): the extension says what
// it leaves out, in the status bar tooltip, in New Postmortem…'s template picker and in the error
// New Postmortem… gives when asked for a workspace template by name.
import type { UiContext } from '../harness/uiChecks';
import { NEW_POSTMORTEM_FROM_WORKSPACE_TEMPLATE_KEY } from '../harness/restrictedMode';
import { commandPalette, openFileWithQuickOpen, quickInputBox, quickInputRows } from './workbench';

export async function statusBarTooltipSaysTheConfigurationAndTemplatesAreIgnored({ page }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, 'postmortems/2024-05-02-dns-incident.md');
  // 5/5: the default profile's sections; with the workspace's google-sre it would be 7/9.
  const item = page.locator('.statusbar-item', { hasText: '5/5 sections · 0 findings' });
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  await item.hover();
  const hover = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Restricted mode' });
  await hover.first().waitFor({ state: 'visible' });
  const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
  for (const expected of ['.postmortemrc.json', '.postmortem/templates', 'Trust this workspace']) {
    if (!text.includes(expected)) throw new Error(`The status bar tooltip does not mention ${expected}: ${text}`);
  }
  await page.mouse.move(0, 0);
}

export async function templatePickerSaysWorkspaceTemplatesAreNotLoadedAndOffersToManageTrust({ page }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, 'README.md');
  await commandPalette(page, 'Postmortem: New Postmortem');
  await quickInputRows(page).filter({ hasText: 'New Postmortem…' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New Postmortem: template' }).waitFor({ state: 'visible' });
  const notLoaded = quickInputRows(page).filter({ hasText: 'Not loaded in Restricted Mode' });
  await notLoaded.first().waitFor();
  const rows = (await quickInputRows(page).allInnerTexts()).map((row) => row.replace(/\s+/g, ' '));
  if (!rows.some((row) => row.includes('Minimal'))) throw new Error(`The built-in templates are not offered: ${rows.join(' | ')}`);
  if (rows.some((row) => row.includes('team-review'))) throw new Error(`The workspace template is offered: ${rows.join(' | ')}`);

  await quickInputBox(page).fill('Not loaded');
  await quickInputRows(page).filter({ hasText: 'Not loaded in Restricted Mode' }).first().waitFor();
  await page.keyboard.press('Enter');
  const trustEditor = page.locator('.tab.active', { hasText: 'Workspace Trust' });
  await trustEditor.waitFor({ timeout: 15_000 });
  await commandPalette(page, 'View: Close Editor');
  await quickInputRows(page).filter({ hasText: 'View: Close Editor' }).first().waitFor();
  await page.keyboard.press('Enter');
  await trustEditor.waitFor({ state: 'detached' });
}

export async function workspaceTemplateAskedForByNameIsRefusedWithTheReason({ page }: UiContext): Promise<void> {
  await openFileWithQuickOpen(page, 'README.md');
  // Bound by the harness to New Postmortem… with { template: 'team-review', … }.
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  await page.keyboard.press(NEW_POSTMORTEM_FROM_WORKSPACE_TEMPLATE_KEY.playwright);
  const toast = page.locator('.notification-toast', { hasText: 'not loaded in Restricted Mode' });
  await toast.first().waitFor({ state: 'visible', timeout: 15_000 });
  const text = (await toast.first().innerText()).replace(/\s+/g, ' ');
  if (!text.includes('"team-review"') || !text.includes('.postmortem/templates')) throw new Error(`Unexpected message: ${text}`);
  await commandPalette(page, 'Notifications: Clear All Notifications');
  await quickInputRows(page).filter({ hasText: 'Clear All Notifications' }).first().waitFor();
  await page.keyboard.press('Enter');
  await toast.first().waitFor({ state: 'detached' });
}
