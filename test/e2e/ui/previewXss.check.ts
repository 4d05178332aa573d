// The XSS corpus (test/fixtures/preview/xssPayloads.ts) rendered in the real preview webview:
// no payload may open a dialog, log its marker or make a request to its address, and the page
// that results must hold nothing that could (checked on the live DOM). Listeners cover the whole
// browser context, webview frames included; a control message logged from inside the webview
// proves they hear it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { END_OF_CORPUS, XSS_HOST, XSS_MARKER, XSS_PAYLOADS, xssCorpusDocument } from '../../fixtures/preview/xssPayloads';
import type { UiContext } from '../harness/uiChecks';
import { previewFrame, runFromCommandPalette } from './previewPage';
import { openFileWithQuickOpen } from './workbench';

// The functions given to frame.evaluate run in the webview page, where these exist.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM; the tests have no DOM types
declare const document: any;
declare const Node: { DOCUMENT_POSITION_FOLLOWING: number };

const CORPUS = 'postmortems/xss-corpus-postmortem.md';

export async function xssCorpusRunsNothingInThePreviewWebview({ page, workspace }: UiContext): Promise<void> {
  const file = path.join(workspace, ...CORPUS.split('/'));
  fs.writeFileSync(file, xssCorpusDocument());
  const dialogs: string[] = [];
  const logged: string[] = [];
  const requests: string[] = [];
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  const onConsole = (message: { text(): string }) => logged.push(message.text());
  const onRequest = (request: { url(): string }) => request.url().includes(XSS_HOST) && requests.push(request.url());
  page.on('dialog', onDialog);
  page.on('console', onConsole);
  page.context().on('request', onRequest);
  try {
    await openFileWithQuickOpen(page, CORPUS);
    // The command is offered on postmortems once the server has said this is one (the status bar shows it).
    await page.locator('.part.statusbar .statusbar-item', { hasText: /1\/9 sections/ }).waitFor({ timeout: 15_000 });
    await runFromCommandPalette(page, 'Postmortem: Open Preview to the Side');
    const frame = await previewFrame(page, 'Postmortem: XSS corpus for the preview');
    await frame.getByText(END_OF_CORPUS).waitFor();
    await provokeEveryPayload(frame);
    // Control: a message logged inside the webview reaches the listener.
    await frame.evaluate(() => console.log('xss-check-control'));
    await page
      .waitForEvent('console', { predicate: (message) => message.text() === 'xss-check-control', timeout: 5_000 })
      .catch(() => undefined);
    if (!logged.includes('xss-check-control'))
      throw new Error('The console listener does not hear the webview: the check would prove nothing');

    const executed = logged.filter((text) => text.includes(XSS_MARKER));
    const problems = [
      ...dialogs.map((message) => `dialog: ${message}`),
      ...executed.map((text) => `console: ${text}`),
      ...requests.map((url) => `request: ${url}`),
      ...(await unsafeDom(frame)),
    ];
    if (problems.length > 0) throw new Error(`${problems.length} problems with ${XSS_PAYLOADS.length} payloads:\n${problems.join('\n')}`);
    // The last payloads leave an HTML block open, so they come out as text, not paragraphs.
    const text = (await frame.locator('#postmortem-content').textContent()) ?? '';
    const payloads = new Set([...text.matchAll(/Payload (\d+) \(/g)].map((match) => match[1])).size;
    if (payloads !== XSS_PAYLOADS.length) throw new Error(`${payloads} of ${XSS_PAYLOADS.length} payloads rendered`);
  } finally {
    page.off('dialog', onDialog);
    page.off('console', onConsole);
    page.context().off('request', onRequest);
    await runFromCommandPalette(page, 'View: Close All Editors');
    fs.rmSync(file, { force: true });
  }
}

/** Hovers and clicks what a payload hoped a reader would hover or click (without following links). */
async function provokeEveryPayload(frame: Frame): Promise<void> {
  for (const text of ['hover me', 'click me', 'an HTML link', 'marquee', 'styled', 'overlay']) {
    const target = frame.getByText(text, { exact: true }).first();
    if ((await target.count()) === 0) continue;
    await target.hover();
    await target.click({ noWaitAfter: true });
  }
}

/** Everything on the live page that could run code, load a resource or restyle it. */
function unsafeDom(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found: string[] = [];
    const content = document.getElementById('postmortem-content');
    if (!content) return ['no #postmortem-content'];
    for (const element of [content, ...content.querySelectorAll('*')]) {
      const tag = element.tagName.toLowerCase();
      if (
        [
          'script',
          'style',
          'link',
          'meta',
          'base',
          'iframe',
          'frame',
          'object',
          'embed',
          'form',
          'svg',
          'math',
          'template',
          'video',
          'audio',
          'source',
          'picture',
          'textarea',
          'select',
          'button',
        ].includes(tag)
      )
        found.push(`element <${tag}>`);
      for (const { name, value } of [...element.attributes]) {
        if (/^on/i.test(name) || ['style', 'srcset', 'srcdoc', 'formaction', 'action', 'poster', 'background', 'xlink:href'].includes(name))
          found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
        if ((name === 'href' || name === 'src') && /^\s*(?:javascript|data|vbscript):/i.test(value))
          found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
    // Ours, by nonce; and VS Code's own, which defines acquireVsCodeApi ahead of the page's policy.
    // (No named functions in here: the test runner's transpiler would wrap them in a helper the page lacks.)
    const policyElement = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const scripts = [...document.querySelectorAll('script')].filter(
      (script) =>
        !(
          !script.src &&
          (script.textContent ?? '').includes('acquireVsCodeApi') &&
          policyElement &&
          script.compareDocumentPosition(policyElement) & Node.DOCUMENT_POSITION_FOLLOWING
        ),
    );
    if (scripts.length !== 1 || !scripts[0]!.src.endsWith('/media/preview.js') || !scripts[0]!.nonce)
      found.push(`scripts on the page: ${scripts.map((script) => script.src || (script.textContent ?? '').slice(0, 80)).join(', ')}`);
    const policy = policyElement?.getAttribute('content') ?? '';
    if (!policy.includes("default-src 'none'") || !/script-src 'nonce-[^']+'(;|$)/.test(policy))
      found.push(`Content-Security-Policy: ${policy}`);
    return found;
  });
}
