// `npm run test:e2e`: the extension in real VS Code. Packages the product and the test-runner
// extension, installs both into a fresh code-server profile, opens the sample workspace in
// headless chromium, collects the mocha results the runner writes, then screenshots the
// workbench and runs the Playwright UI checks. Exit code 0 only if everything passed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureChromium, openWorkbench, type Workbench } from './harness/browser';
import { ensureCodeServer, installExtensions, startCodeServer, type CodeServer } from './harness/codeServer';
import { sampleWorkspace, testResults } from './harness/paths';
import { log, onInterrupt, runMain, wasInterrupted } from './harness/processes';
import { printResults, waitForResults } from './harness/report';
import { runUiChecks } from './harness/uiChecks';
import { packageExtension, packageTestRunner } from './harness/packaging';
import { RESULTS_ENV } from './suite/results';
import { waitForExtensionsActivated } from './ui/workbench';

const SUITES_TIMEOUT_MS = 180_000;
const out = path.join(testResults, 'e2e');

async function main(): Promise<number> {
  const started = Date.now();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await ensureChromium();
  await ensureCodeServer();

  const productVsix = await packageExtension(out);
  const runnerVsix = await packageTestRunner(path.join(out, 'test-runner'), path.join(out, 'test-runner.vsix'));
  const profile = { userDataDir: path.join(out, 'user-data'), extensionsDir: path.join(out, 'extensions') };
  writeUserSettings(profile.userDataDir);
  log('installing both extensions into code-server');
  await installExtensions([productVsix, runnerVsix], profile);

  // The suites edit the sample postmortems (always reverting); a copy keeps test/fixtures safe
  // from anything that might save them anyway.
  const workspace = path.join(out, 'workspace');
  fs.cpSync(sampleWorkspace, workspace, { recursive: true });

  const resultsFile = path.join(out, 'mocha-results.json');
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  const stopAll = async () => {
    await workbench?.close();
    await server?.stop();
  };
  onInterrupt(stopAll);
  try {
    server = await startCodeServer({
      ...profile,
      workspace,
      logFile: path.join(out, 'code-server.log'),
      env: { [RESULTS_ENV]: resultsFile },
    });
    log(`code-server is up at ${server.url}; opening it in chromium`);
    workbench = await openWorkbench(server.url, path.join(out, 'chromium-profile'));

    log('waiting for the suites running inside VS Code');
    const results = await waitForResults(resultsFile, server.process, SUITES_TIMEOUT_MS);
    await waitForExtensionsActivated(workbench.page);
    const screenshot = path.join(out, 'workbench.png');
    await workbench.page.screenshot({ path: screenshot });
    const uiResults = await runUiChecks({ page: workbench.page, workspace });

    const failures = printResults([...results.tests, ...uiResults]);
    log(`screenshot: ${path.relative(process.cwd(), screenshot)}; took ${Math.round((Date.now() - started) / 1000)} s`);
    return failures === 0 ? 0 : 1;
  } catch (error) {
    if (wasInterrupted()) return 130; // the failure is the interruption itself
    await workbench?.page.screenshot({ path: path.join(out, 'failure.png') }).catch(() => undefined);
    log(`FAILED: ${(error as Error).message}`);
    log(`logs: ${path.join(out, 'code-server.log')} and ${path.join(profile.userDataDir, 'logs')}`);
    return 1;
  } finally {
    await stopAll();
  }
}

/** Settings that keep the workbench deterministic for tests and screenshots. */
function writeUserSettings(userDataDir: string): void {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    // The sample workspace sits inside this repository; don't offer to open the parent repo.
    'git.openRepositoryInParentFolders': 'never',
    // Edits made by the suites stay unsaved until they revert them.
    'files.autoSave': 'off',
    'files.refactoring.autoSave': false,
  };
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
}

runMain(main);
