// The `postmortem.isPostmortem` context key: true while the active editor shows a postmortem
// (the server answered postmortem/model for it). The `when` clauses of the writing commands'
// menus and keybindings read it. The status bar, which asks the server anyway, keeps it current.
import * as vscode from 'vscode';

export const IS_POSTMORTEM_CONTEXT = 'postmortem.isPostmortem';

let current: boolean | undefined;

export function setIsPostmortem(value: boolean): void {
  if (value === current) return;
  current = value;
  void vscode.commands.executeCommand('setContext', IS_POSTMORTEM_CONTEXT, value);
}
