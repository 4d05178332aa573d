// What makes the harness's second VS Code run a Restricted Mode run, reached without a human:
// code-server starts without --disable-workspace-trust, the user settings turn workspace trust
// on and never ask at startup, and the chromium profile is new, so nothing has been trusted yet:
// VS Code opens the folder untrusted (the suite checks `workspace.isTrusted === false`).
import * as path from 'node:path';
import { repoRoot } from './paths';

export const restrictedModeSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

/**
 * Copied over the sample workspace: a team template in `.postmortem/templates`, so that a
 * template the extension does not offer is one that exists, not one that is missing.
 */
export const restrictedModeOverlay = path.join(repoRoot, 'test/fixtures/restricted-mode-overlay');

/**
 * New Postmortem… asked for that template by name. Command arguments can come only from code or
 * a keybinding, and the UI check needs the error message it shows, so the run binds a key to it.
 */
export const NEW_POSTMORTEM_FROM_WORKSPACE_TEMPLATE_KEY = { vscode: 'ctrl+alt+shift+n', playwright: 'Control+Alt+Shift+N' };

export const restrictedModeKeybindings = [
  {
    key: NEW_POSTMORTEM_FROM_WORKSPACE_TEMPLATE_KEY.vscode,
    command: 'postmortem.newPostmortem',
    args: { template: 'team-review', title: 'Restricted template', date: '2024-06-01', severity: 'SEV3' },
  },
];
