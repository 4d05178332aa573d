// Every command of the extension, in one table. They are registered before the server starts,
// so each still does something useful (or says what is wrong) when the server is down.
// package.json's `contributes.commands` and `menus.commandPalette` must say the same: the
// end-to-end suite (test/e2e/suite/commands.test.ts) compares them with this table.
import * as vscode from 'vscode';
import { LintFileRequest, type LintFileParams, type LintFileResult } from '../../server/src/lsp/protocol';
import { SHOW_GUIDANCE_COMMAND } from '../../server/src/lsp/protocol';
import { addActionItem, addMissingSections, insertTimelineEntry } from './authoring/editingCommands';
import { showGuidance } from './guidancePage';
import { newPostmortem, type NewPostmortemArguments } from './authoring/newPostmortem';
import type { LanguageServer } from './languageServer';
import { openPreviewToSide } from './preview/previewPanel';
import { insertMissingSection, revealFromStructure } from './structure/structureCommands';
import { INSERT_SECTION_COMMAND, REVEAL_COMMAND } from './structure/structureView';
import { IS_POSTMORTEM_CONTEXT } from './postmortemContext';
import { withTeam } from './team/teamCommands';
import { OPEN_ROW_COMMAND, openRow, quickFixRow } from './team/teamViews';

export const COMMAND_CATEGORY = 'Postmortem';

export interface CommandDefinition {
  id: string;
  title: string;
  /** Where the command appears in the command palette; always when absent. */
  when?: string;
  /** Its icon in menus that show one (editor title, a view's inline actions). */
  icon?: string;
  /** `args`: what the command was invoked with (a keybinding's `args`, executeCommand's rest). */
  run(server: LanguageServer, ...args: unknown[]): unknown;
}

export const COMMANDS: readonly CommandDefinition[] = [
  {
    id: 'postmortem.restartServer',
    title: 'Restart Language Server',
    run: (server) => server.restart(),
  },
  {
    id: 'postmortem.showOutput',
    title: 'Show Output',
    run: (server) => server.output.show(true),
  },
  {
    id: 'postmortem.lintThisFile',
    title: 'Lint This File',
    when: 'editorLangId == markdown',
    run: lintThisFile,
  },
  {
    id: 'postmortem.newPostmortem',
    title: 'New Postmortem…',
    run: (server, args) => newPostmortem((folder) => server.platform.gitUserNames(folder), args as NewPostmortemArguments | undefined),
  },
  {
    id: 'postmortem.addMissingSections',
    title: 'Add Missing Sections',
    when: IS_POSTMORTEM_CONTEXT,
    run: addMissingSections,
  },
  {
    id: 'postmortem.insertTimelineEntry',
    title: 'Insert Timeline Entry',
    when: IS_POSTMORTEM_CONTEXT,
    run: insertTimelineEntry,
  },
  {
    id: 'postmortem.addActionItem',
    title: 'Add Action Item',
    when: IS_POSTMORTEM_CONTEXT,
    run: addActionItem,
  },
  {
    id: 'postmortem.openPreviewToSide',
    title: 'Open Preview to the Side',
    when: IS_POSTMORTEM_CONTEXT,
    icon: '$(open-preview)',
    run: () => openPreviewToSide(),
  },
  {
    id: REVEAL_COMMAND,
    title: 'Reveal in Editor',
    when: 'false',
    run: (_server, uri, line) => revealFromStructure(uri, line),
  },
  {
    id: SHOW_GUIDANCE_COMMAND,
    title: 'Show Guidance',
    when: 'false',
    run: (_server, args) => showGuidance(args),
  },
  {
    id: INSERT_SECTION_COMMAND,
    title: 'Insert Missing Section',
    when: 'false',
    icon: '$(add)',
    run: insertMissingSection,
  },
  {
    id: 'postmortem.openDashboard',
    title: 'Open Dashboard',
    icon: '$(graph)',
    run: () => withTeam((team) => team.dashboard.open()),
  },
  {
    id: 'postmortem.team.refresh',
    title: 'Refresh Postmortems',
    icon: '$(refresh)',
    run: () => withTeam((team) => team.views.index.refresh()),
  },
  {
    id: 'postmortem.team.sort',
    title: 'Sort Postmortems…',
    icon: '$(list-ordered)',
    run: (_server, choice) => withTeam((team) => team.views.chooseSort(choice)),
  },
  {
    id: 'postmortem.team.group',
    title: 'Group Postmortems…',
    icon: '$(list-tree)',
    run: (_server, choice) => withTeam((team) => team.views.chooseGroup(choice)),
  },
  {
    id: 'postmortem.team.filter',
    title: 'Filter Action Items…',
    icon: '$(filter)',
    run: (_server, choice) => withTeam((team) => team.views.chooseFilters(choice)),
  },
  {
    id: OPEN_ROW_COMMAND,
    title: 'Open',
    when: 'false',
    run: (_server, row) => openRow(row),
  },
  {
    id: 'postmortem.team.quickFix',
    title: 'Quick Fix…',
    when: 'false',
    icon: '$(lightbulb)',
    run: (_server, row) => quickFixRow(row),
  },
];

export function registerCommands(server: LanguageServer): vscode.Disposable[] {
  return COMMANDS.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(server, ...args)));
}

/** Opts the active Markdown file in as a postmortem, whatever its path or title. */
async function lintThisFile(server: LanguageServer): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown file first: "Lint This File" checks the active editor.');
    return;
  }
  if (!(await server.whenStarted())) {
    void vscode.window.showErrorMessage(
      'The Postmortem language server is not running. Run "Postmortem: Restart Language Server", or see "Postmortem: Show Output" for why it stopped.',
    );
    return;
  }
  const params: LintFileParams = { uri: document.uri.toString() };
  const result = await server.request<LintFileResult>(LintFileRequest.method, params);
  if (!result?.linted)
    void vscode.window.showWarningMessage(
      `Could not lint ${vscode.workspace.asRelativePath(document.uri)}: the language server does not have it open.`,
    );
}
