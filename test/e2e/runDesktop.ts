// `npm run test:desktop`: the same mocha suites in desktop VS Code through @vscode/test-electron.
// It downloads VS Code (set VSCODE_TEST_VERSION to pin one, e.g. the engines minimum), so it
// needs internet; on machines without it use `npm run test:e2e` (code-server) instead.
// Expects `npm run build` to have run (the npm script does it).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { e2eRoot, repoRoot, sampleWorkspace, testResults } from './harness/paths';
import { bundleSuites } from './harness/packaging';
import { runMain } from './harness/processes';

async function main(): Promise<number> {
  const suiteDir = path.join(testResults, 'desktop/suite');
  await bundleSuites(path.join(e2eRoot, 'suite/index.ts'), 'index', suiteDir);
  return runTests({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(suiteDir, 'index.js'),
    // --disable-extensions keeps other installed extensions out; the one under development still loads.
    launchArgs: [sampleWorkspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

runMain(main);
