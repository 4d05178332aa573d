// Restricted Mode as the user sees it (the harness's untrusted run only): the extension says what
// it leaves out, in the status bar tooltip, in New Postmortem…'s template picker and in the error
// New Postmortem… gives when asked for a workspace template by name.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { UiContext } from '../harness/uiChecks';
import { NEW_POSTMORTEM_FROM_WORKSPACE_TEMPLATE_KEY } from '../harness/restrictedMode';
import { previewFrame, runFromCommandPalette, runFromCommandPaletteOnceListed } from './previewPage';
import { commandPalette, openFileWithQuickOpen, quickInputBox, quickInputRows } from './workbench';

// The function given to frame.evaluate runs in the webview page, where this exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM; the tests have no DOM types
declare const document: any;

/** A host no test serves: a request to it can only come from a remote image that was let through. */
const TRACKER_HOST = 'tracker.postmortem-e2e.invalid';

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

/**
 * The overlay's .vscode/settings.json turns postmortem.preview.allowRemoteImages on; an untrusted
 * workspace may not (restrictedConfigurations), so a remote image in a postmortem stays blocked:
 * shown as its alt text, no https: in the webview's Content-Security-Policy, and no request made.
 */
export async function remoteImagesStayBlockedThoughTheWorkspaceSettingAllowsThem({ page, workspace }: UiContext): Promise<void> {
  const relative = 'postmortems/remote-image-postmortem.md';
  const file = path.join(workspace, ...relative.split('/'));
  const dns = fs.readFileSync(path.join(workspace, 'postmortems', '2024-05-02-dns-incident.md'), 'utf8');
  const title = 'Remote image in an untrusted workspace';
  const text = dns
    .replace(/^# .*$/m, `# ${title}`)
    .replace('## Impact', `![tracking pixel](https://${TRACKER_HOST}/pixel.png)\n\n## Impact`);
  fs.writeFileSync(file, text);
  const requests: string[] = [];
  const onRequest = (request: { url(): string }) => request.url().includes(TRACKER_HOST) && requests.push(request.url());
  page.context().on('request', onRequest);
  try {
    await openFileWithQuickOpen(page, relative);
    await page.locator('.part.statusbar .statusbar-item', { hasText: /5\/5 sections/ }).waitFor({ timeout: 15_000 });
    // The status bar may still show the file open before it (5/5 sections too): wait for the command itself.
    await runFromCommandPaletteOnceListed(page, 'Postmortem: Open Preview to the Side');
    const frame = await previewFrame(page, title);
    await frame.locator('.blocked-image', { hasText: '[tracking pixel]' }).waitFor();
    const policy = await frame.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    if (!/img-src /.test(policy)) throw new Error(`The preview has no img-src policy: ${policy}`);
    // The webview's own source is an https host (cspSource); the scheme alone would let any host in.
    if (/img-src[^;]*\shttps:(?:\s|;|$)/.test(policy)) throw new Error(`The preview's policy lets remote images load: ${policy}`);
    if (await frame.locator(`img[src*="${TRACKER_HOST}"]`).count()) throw new Error('The remote image is in the preview page');
    if (requests.length > 0) throw new Error(`Requests to the remote image: ${requests.join(', ')}`);
    await runFromCommandPalette(page, 'View: Close All Editors');
  } finally {
    page.context().off('request', onRequest);
    fs.rmSync(file, { force: true });
  }
}
