// One VS Code session of `npm run test:e2e`: code-server with its own user-data dir on a fresh
// copy of the sample workspace, chromium on its workbench, the mocha suites the test-runner
// extension runs inside it, a screenshot, then the Playwright UI checks. The harness runs two:
// the trusted run (workspace trust off) with every suite, the Restricted Mode run (trust on,
// the workspace untrusted) with only the *.restricted.* suites and checks, and the web run (the
// extension in the browser's web worker extension host) with only the *.web.* ones.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS_ENV, RUN_ENV, type E2eRun, type TestResult } from '../suite/results';
import { waitForExtensionsActivated } from '../ui/workbench';
import { openWorkbench, type Workbench } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { sampleWorkspace } from './paths';
import { log, onInterrupt, wasInterrupted } from './processes';
import { restrictedModeKeybindings, restrictedModeOverlay, restrictedModeSettings } from './restrictedMode';
import { waitForResults } from './report';
import { runUiChecks } from './uiChecks';
import { webRunSettings } from './webRun';

const SUITES_TIMEOUT_MS = 180_000;

export interface WorkbenchRun {
  /** For the log and for a run that breaks: "trusted", "restricted mode", "web". */
  name: string;
  /** Everything of this run goes here: user-data, workspace, logs, screenshots. */
  outDir: string;
  /** Shared by the runs: the extensions are installed once. */
  extensionsDir: string;
  run: E2eRun;
}

/** The results of the suites and UI checks; a run that breaks is one failed result naming its logs. */
export async function runInCodeServer(run: WorkbenchRun): Promise<TestResult[]> {
  const { outDir } = run;
  const restrictedMode = run.run === 'restricted';
  fs.mkdirSync(outDir, { recursive: true });
  const profile = { userDataDir: path.join(outDir, 'user-data'), extensionsDir: run.extensionsDir };
  writeUserSettings(profile.userDataDir, run.run);
  const workspace = prepareWorkspace(path.join(outDir, 'workspace'), restrictedMode);
  const resultsFile = path.join(outDir, 'mocha-results.json');
  const logFile = path.join(outDir, 'code-server.log');

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
      logFile,
      workspaceTrust: restrictedMode,
      env: { [RESULTS_ENV]: resultsFile, ...(run.run === 'trusted' ? {} : { [RUN_ENV]: run.run }) },
    });
    log(`${run.name} run: code-server is up at ${server.url}; opening it in chromium`);
    workbench = await openWorkbench(server.url, path.join(outDir, 'chromium-profile'));

    log(`${run.name} run: waiting for the suites running inside VS Code`);
    const results = await waitForResults(resultsFile, server.process, SUITES_TIMEOUT_MS);
    // A run whose suites were all filtered out or never loaded would otherwise pass silently.
    if (results.tests.length === 0) throw new Error('the test-runner extension ran no tests');
    await waitForExtensionsActivated(workbench.page);
    await workbench.page.screenshot({ path: path.join(outDir, 'workbench.png') });
    const uiResults = await runUiChecks({ page: workbench.page, workspace }, { run: run.run });
    return [...results.tests, ...uiResults];
  } catch (error) {
    if (wasInterrupted()) return []; // the failure is the interruption itself; the caller stops
    await workbench?.page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => undefined);
    const message = `${(error as Error).message}\nlogs: ${logFile} and ${path.join(profile.userDataDir, 'logs')}`;
    return [{ title: `the ${run.name} run completed`, suites: ['harness'], state: 'failed', error: { message, stack: message } }];
  } finally {
    await stopAll();
  }
}

/**
 * Settings that keep the workbench deterministic for tests and screenshots, and, for the
 * Restricted Mode run, workspace trust on, plus that run's keybindings; for the web run, the extension as a web extension.
 */
function writeUserSettings(userDataDir: string, run: E2eRun): void {
  const restrictedMode = run === 'restricted';
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    // The extension opens its walkthrough on a profile's first run unless this says not to.
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    // The sample workspace sits inside this repository; don't offer to open the parent repo.
    'git.openRepositoryInParentFolders': 'never',
    // Edits made by the suites stay unsaved until they revert them.
    'files.autoSave': 'off',
    'files.refactoring.autoSave': false,
    ...(restrictedMode ? restrictedModeSettings : {}),
    ...(run === 'web' ? webRunSettings() : {}),
  };
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
  if (restrictedMode) fs.writeFileSync(path.join(userDir, 'keybindings.json'), JSON.stringify(restrictedModeKeybindings, null, 2));
}

/** A copy of the sample workspace (the suites edit it, always reverting; test/fixtures stays safe from a save anyway). */
function prepareWorkspace(workspace: string, restrictedMode: boolean): string {
  fs.cpSync(sampleWorkspace, workspace, { recursive: true });
  if (restrictedMode) fs.cpSync(restrictedModeOverlay, workspace, { recursive: true });
  return workspace;
}
