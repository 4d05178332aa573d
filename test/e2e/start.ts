// `npm start`: the extension in real VS Code (code-server) on the sample workspace, for trying
// it out by hand. Builds and installs the current checkout, prints the URL, runs until Ctrl-C.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, installExtensions, startCodeServer } from './harness/codeServer';
import { sampleWorkspace, testResults } from './harness/paths';
import { log, onInterrupt, runMain, wasInterrupted } from './harness/processes';
import { packageExtension } from './harness/packaging';

async function main(): Promise<number> {
  await ensureCodeServer();
  const out = path.join(testResults, 'start');
  // The user-data dir survives restarts (open editors, layout); extensions are installed fresh.
  const profile = { userDataDir: path.join(out, 'user-data'), extensionsDir: path.join(out, 'extensions') };
  fs.rmSync(profile.extensionsDir, { recursive: true, force: true });
  const vsix = await packageExtension(out);
  await installExtensions([vsix], profile);

  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({ ...profile, workspace: sampleWorkspace, port, logFile: path.join(out, 'code-server.log') });
  onInterrupt(() => server.stop());
  console.log(`\nPostmortem Authoring is running in VS Code at\n\n  ${server.url}\n\nPress Ctrl-C to stop.\n`);
  const code = await server.process.exited;
  if (wasInterrupted()) return 130;
  log(`code-server exited on its own (${code}); see ${path.join(out, 'code-server.log')}`);
  return 1;
}

runMain(main);
