// The first time the extension runs in a VS Code profile, its walkthrough ("Write a blameless
// postmortem") opens beside the editor, as VS Code itself does for an extension installed from
// its Extensions view: one installed from a .vsix or the command line would never show it. The
// setting VS Code reads for that, workbench.welcomePage.walkthroughs.openOnInstall, is honoured.
import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'postmortem.writeAPostmortem';
const SHOWN_KEY = 'postmortem.walkthroughShown';

export async function openWalkthroughOnFirstRun(context: vscode.ExtensionContext): Promise<void> {
  if (context.globalState.get<boolean>(SHOWN_KEY)) return;
  if (!vscode.workspace.getConfiguration('workbench.welcomePage.walkthroughs').get<boolean>('openOnInstall', true)) return;
  await context.globalState.update(SHOWN_KEY, true);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, true);
}
