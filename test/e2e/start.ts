// `npm start`: the extension in real VS Code (code-server) on a fresh copy of the sample
// workspace outside the clone, for trying it out by hand: the checkout postmortem and the
// extension's walkthrough open. Builds and installs the current checkout, prints the URL, runs
// until Ctrl-C.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, installExtensions, startCodeServer } from './harness/codeServer';
import { testResults } from './harness/paths';
import { log, onInterrupt, runMain, wasInterrupted } from './harness/processes';
import { packageExtension } from './harness/packaging';
import { prepareStartSession, startUrl } from './harness/startSession';

async function main(): Promise<number> {
  await ensureCodeServer();
  const out = path.join(testResults, 'start');
  const session = prepareStartSession(out);
  fs.rmSync(session.profile.extensionsDir, { recursive: true, force: true });
  const vsix = await packageExtension(out);
  await installExtensions([vsix], session.profile);

  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({
    ...session.profile,
    workspace: session.workspace,
    port,
    logFile: path.join(out, 'code-server.log'),
  });
  onInterrupt(() => server.stop());
  console.log(
    `\nPostmortem Authoring is running in VS Code at\n\n  ${startUrl(server, session)}\n\n` +
      `on a fresh copy of the sample workspace in ${session.workspace} (made anew at each start).\nPress Ctrl-C to stop.\n`,
  );
  const code = await server.process.exited;
  if (wasInterrupted()) return 130;
  log(`code-server exited on its own (${code}); see ${path.join(out, 'code-server.log')}`);
  return 1;
}

runMain(main);
