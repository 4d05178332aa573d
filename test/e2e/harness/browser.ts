// Debian's headless chromium, driven by playwright-core (which downloads no browser of its own).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { log, run } from './processes';

export const CHROMIUM = '/usr/bin/chromium';

export async function ensureChromium(): Promise<string> {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get`);
  const isRoot = process.getuid?.() === 0;
  const [command, prefix] = isRoot ? ['apt-get', []] : ['sudo', ['-n', 'apt-get']];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await run(command, [...prefix, 'update'], { cwd: '/', env });
    await run(command, [...prefix, 'install', '-y', '--no-install-recommends', 'chromium'], { cwd: '/', env });
  } catch (error) {
    throw new Error(
      `Could not install chromium (needed to drive VS Code in a browser). ` +
        `Install it yourself with \`sudo apt-get install chromium\`, then run the tests again.\n${(error as Error).message}`,
      { cause: error },
    );
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} does not exist`);
  return CHROMIUM;
}

export interface Workbench {
  page: Page;
  close(): Promise<void>;
}

/** Opens `url` in a fresh chromium profile and waits until the VS Code workbench is on screen. */
export async function openWorkbench(url: string, profileDir: string): Promise<Workbench> {
  fs.rmSync(profileDir, { recursive: true, force: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // What the page and its workers print: the only log of a web extension host (it keeps no log file).
  const consoleLog = path.join(profileDir, '..', 'browser-console.log');
  page.on('console', (message) => fs.appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => fs.appendFileSync(consoleLog, `[pageerror] ${error.stack ?? error.message}\n`));
  try {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { page, close: () => context.close() };
}
