// `npm run test:e2e`: the extension in real VS Code. Packages the product and the test-runner
// extension and installs both once, then runs VS Code three times (harness/workbenchRun.ts):
// trusted, with every suite and UI check; in Restricted Mode (an untrusted workspace), with only
// the *.restricted.* ones; on the web (the extension in the browser's web worker extension host),
// with only the *.web.* ones; then checks what `npm start` opens (harness/startCheck.ts). Prints
// all results; exit code 0 only if everything passed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureChromium } from './harness/browser';
import { ensureCodeServer, installExtensions } from './harness/codeServer';
import { packageExtension, packageTestRunner } from './harness/packaging';
import { testResults } from './harness/paths';
import { log, runMain, wasInterrupted } from './harness/processes';
import { printResults } from './harness/report';
import { checkStartSession } from './harness/startCheck';
import { runInCodeServer } from './harness/workbenchRun';

const out = path.join(testResults, 'e2e');

async function main(): Promise<number> {
  const started = Date.now();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await ensureChromium();
  await ensureCodeServer();

  const productVsix = await packageExtension(out);
  const runnerVsix = await packageTestRunner(path.join(out, 'test-runner'), path.join(out, 'test-runner.vsix'));
  const extensionsDir = path.join(out, 'extensions');
  log('installing both extensions into code-server');
  await installExtensions([productVsix, runnerVsix], { userDataDir: path.join(out, 'user-data'), extensionsDir });

  const trusted = await runInCodeServer({ name: 'trusted', outDir: out, extensionsDir, run: 'trusted' });
  if (wasInterrupted()) return 130;
  const restricted = await runInCodeServer({
    name: 'restricted mode',
    outDir: path.join(out, 'restricted-mode'),
    extensionsDir,
    run: 'restricted',
  });
  if (wasInterrupted()) return 130;
  const web = await runInCodeServer({ name: 'web', outDir: path.join(out, 'web'), extensionsDir, run: 'web' });
  if (wasInterrupted()) return 130;

  const start = await checkStartSession(path.join(out, 'start'), productVsix);
  if (wasInterrupted()) return 130;

  const failures = printResults([...trusted, ...restricted, ...web, ...start]);
  log(
    `screenshots: ${path.relative(process.cwd(), path.join(out, 'workbench.png'))}, ${path.relative(process.cwd(), path.join(out, 'restricted-mode/workbench.png'))}, ${path.relative(process.cwd(), path.join(out, 'web/workbench.png'))}; took ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return failures === 0 ? 0 : 1;
}

runMain(main);
