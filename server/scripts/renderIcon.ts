// npm run generate:icon: media/icon.png (the Marketplace and Open VSX icon, 256×256) rendered from
// media/icon.svg by Debian's headless chromium, the browser the e2e tests drive. The PNG is
// committed; run this after changing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../test/e2e/harness/browser';

const MEDIA = join(__dirname, '..', '..', 'media');

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 256, height: 256 }, deviceScaleFactor: 1 });
    const svg = readFileSync(join(MEDIA, 'icon.svg'), 'utf8');
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(MEDIA, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
