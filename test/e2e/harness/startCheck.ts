// The end-to-end check of `npm start`: the session it prepares (harness/startSession.ts), opened
// in chromium as a person would open the printed URL. What must be in front: the checkout
// postmortem and the extension's walkthrough; what must not: VS Code's own welcome page and its
// offer to open a git repository found in a parent folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestResult } from '../suite/results';
import { openWorkbench, type Workbench } from './browser';
import { installExtensions, startCodeServer, type CodeServer } from './codeServer';
import { repoRoot } from './paths';
import { log, onInterrupt } from './processes';
import { prepareStartSession, START_FILE, startUrl } from './startSession';

export async function checkStartSession(outDir: string, productVsix: string): Promise<TestResult[]> {
  const started = Date.now();
  const result: TestResult = {
    title: 'opens the checkout postmortem and the walkthrough on a copy of the sample workspace outside the clone',
    suites: ['npm start'],
    state: 'passed',
  };
  const session = prepareStartSession(outDir, fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-start-')));
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  const stopAll = async () => {
    await workbench?.close();
    await server?.stop();
  };
  onInterrupt(stopAll);
  try {
    if (!path.relative(repoRoot, session.workspace).startsWith('..'))
      throw new Error(`the workspace ${session.workspace} is inside the clone`);
    await installExtensions([productVsix], session.profile);
    server = await startCodeServer({ ...session.profile, workspace: session.workspace, logFile: path.join(outDir, 'code-server.log') });
    log('npm start check: opening the printed URL in chromium');
    workbench = await openWorkbench(startUrl(server, session), path.join(outDir, 'chromium-profile'));
    const { page } = workbench;
    await page
      .locator(`.tab[data-resource-name="${path.basename(START_FILE)}"]`)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('.gettingStartedContainer', { hasText: 'Write a blameless postmortem' }).first().waitFor({ timeout: 30_000 });
    // The postmortem was checked: its findings are counted in the status bar (the walkthrough has the focus, so not our summary).
    await page.locator('.part.statusbar [id="status.problems"]', { hasText: /[1-9]/ }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(outDir, 'workbench.png') });
    const tabs = (await page.locator('.tab').allInnerTexts()).map((text) => text.trim().split('\n')[0]);
    if (tabs.some((tab) => /^Welcome$/.test(tab!) && !tabs.includes('Walkthrough: Write a blameless postmortem')))
      throw new Error(`VS Code's own welcome page is open: ${JSON.stringify(tabs)}`);
    const notifications = await page.locator('.notifications-toasts').allInnerTexts();
    if (notifications.some((text) => /parent folders/i.test(text)))
      throw new Error(`VS Code offers the parent repository: ${notifications.join(' | ')}`);
  } catch (error) {
    await workbench?.page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => undefined);
    result.state = 'failed';
    result.error = { message: `${(error as Error).message}\nlogs: ${path.join(outDir, 'code-server.log')}` };
  } finally {
    await stopAll();
    fs.rmSync(session.workspace, { recursive: true, force: true });
  }
  result.durationMs = Date.now() - started;
  return [result];
}
