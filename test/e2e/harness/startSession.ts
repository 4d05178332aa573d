// What `npm start` opens, shared with the end-to-end check of it (ui: harness/startCheck.ts): a
// fresh copy of the sample workspace outside the clone (inside it, VS Code offers to open the
// clone's git repository from the parent folder), a fresh profile whose settings keep VS Code's
// own welcome page closed, and a URL that opens the checkout postmortem. The extension opens its
// walkthrough beside it on a profile's first run (client/src/walkthrough.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeServer, Profile } from './codeServer';
import { cacheRoot, sampleWorkspace } from './paths';

export const START_FILE = 'postmortems/2024-03-12-checkout-outage.md';

export interface StartSession {
  workspace: string;
  profile: Profile;
}

/**
 * `workspace`: where the copy goes (default: the per-user cache, outside every clone). Both it
 * and the profile's user data are made anew, so each start is a new user's first run.
 */
export function prepareStartSession(outDir: string, workspace = path.join(cacheRoot, 'sample-workspace')): StartSession {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(sampleWorkspace, workspace, { recursive: true });
  const profile = { userDataDir: path.join(outDir, 'user-data'), extensionsDir: path.join(outDir, 'extensions') };
  fs.rmSync(profile.userDataDir, { recursive: true, force: true });
  const settings = {
    // VS Code's own walkthrough would open over the postmortem; the extension's opens instead.
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
  };
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return { workspace, profile };
}

/** The workbench URL that opens the session's folder with the checkout postmortem in front (VS Code web's `payload` openFile). */
export function startUrl(server: CodeServer, session: StartSession): string {
  const file = `vscode-remote://127.0.0.1:${server.port}${path.join(session.workspace, START_FILE)}`;
  return `${server.url}&payload=${encodeURIComponent(JSON.stringify([['openFile', file]]))}`;
}
