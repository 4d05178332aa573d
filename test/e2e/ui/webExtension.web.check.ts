// The web extension's preview as a user sees it: the webview, its CSP nonce made with Web Crypto,
// renders the server's analysis sent from the web worker (header figures, marked findings).
import type { UiContext } from '../harness/uiChecks';
import { openCheckoutPreview } from './previewPage';

export async function keyboardShortcutOpensThePreviewWithItsFindingsOnTheWeb({ page }: UiContext): Promise<void> {
  const frame = await openCheckoutPreview(page);
  const findings = await frame.locator('.postmortem-facts .fact', { hasText: 'Findings' }).locator('dd').textContent();
  if (findings !== '5') throw new Error(`The header says ${JSON.stringify(findings)} findings, expected 5`);
  const title = await frame.locator('mark.finding', { hasText: 'human error' }).getAttribute('title');
  if (!title?.startsWith('"human error" blames a person.'))
    throw new Error(`The "human error" mark's hover text is ${JSON.stringify(title)}`);
}
