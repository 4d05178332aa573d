// "Postmortem: New Postmortem…": pick a template, answer title, date and severity, and get
// `postmortem.directory/YYYY-MM-DD-slug.md` with its front matter filled in, opened. Arguments
// (from a keybinding, another extension or a test) answer questions in advance; only the
// missing ones are asked. The file's text comes from the engine (server/src/engine/authoring).
import * as vscode from 'vscode';
import type { NewPostmortemAnswers } from '../../../server/src/engine/authoring/newPostmortem';
import { BUILT_IN_TEMPLATES } from '../../../server/src/engine/authoring/templates';
import { postmortemDirectoryParts } from './postmortemDirectory';
import { WORKSPACE_TEMPLATES_FOLDER, readTemplate, workspaceTemplates, type WorkspaceTemplate } from './workspaceTemplates';

export interface NewPostmortemArguments {
  /** A built-in template's id (google-sre, pagerduty, atlassian, minimal) or a workspace template's name. */
  template?: string;
  title?: string;
  /** YYYY-MM-DD; today when the author just presses Enter. */
  date?: string;
  /** SEV1 to SEV4. */
  severity?: string;
}

type TemplateChoice = { builtIn: (typeof BUILT_IN_TEMPLATES)[number] } | { workspace: WorkspaceTemplate };
type TemplateItem = vscode.QuickPickItem & { choice?: TemplateChoice; manageTrust?: boolean };

/**
 * The engine's part of New Postmortem writes front matter with yaml, a tenth of the extension's
 * start-up: it is loaded when the command first runs.
 */
const authoring = () => import('../../../server/src/engine/authoring/newPostmortem');

/** Creates the postmortem and opens it; resolves with its URI, or undefined when the author cancelled. */
/** `gitUserNames`: the new postmortem's authors (ClientPlatform.gitUserNames). */
export async function newPostmortem(
  gitUserNames: (folder: vscode.WorkspaceFolder) => Promise<string[]>,
  args: NewPostmortemArguments = {},
): Promise<vscode.Uri | undefined> {
  const { SEVERITIES, isIsoDate, newPostmortemFromBuiltIn, newPostmortemFromWorkspaceTemplate, postmortemFileName } = await authoring();
  const folder = targetFolder();
  if (!folder) {
    void vscode.window.showErrorMessage('Open a folder first: "New Postmortem" writes the file into the folder\'s postmortem.directory.');
    return undefined;
  }
  // Checked before any question: an author should not answer four of them to learn the folder is wrong.
  const directory = postmortemDirectory(folder);
  if (!directory) return undefined;
  const template = await pickTemplate(folder, args.template);
  if (!template) return undefined;
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: 'New Postmortem: incident title',
      prompt: 'A short description of what happened, as readers will search for it',
      placeHolder: 'Checkout outage: payment requests rejected after a config push',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : 'Give the incident a title.'),
    }));
  if (!title?.trim()) return undefined;
  const date =
    args.date ??
    (
      await vscode.window.showInputBox({
        title: 'New Postmortem: incident date',
        prompt: 'The day the incident started, YYYY-MM-DD',
        value: today(),
        ignoreFocusOut: true,
        validateInput: (value) => (isIsoDate(value.trim()) ? undefined : 'Write the date as YYYY-MM-DD, e.g. 2024-03-12.'),
      })
    )?.trim();
  if (!date) return undefined;
  if (!isIsoDate(date)) {
    void vscode.window.showErrorMessage(`"${date}" is not a date written YYYY-MM-DD, e.g. 2024-03-12.`);
    return undefined;
  }
  const severity =
    args.severity ??
    (
      await vscode.window.showQuickPick(
        SEVERITIES.map((level) => ({ label: level.id, description: level.description })),
        { title: 'New Postmortem: severity', placeHolder: 'How bad was it?', ignoreFocusOut: true },
      )
    )?.label;
  if (!severity) return undefined;

  const answers: NewPostmortemAnswers = { title: title.trim(), date, severity, authors: await gitUserNames(folder) };
  let text: string;
  try {
    text =
      'builtIn' in template
        ? newPostmortemFromBuiltIn(template.builtIn, answers)
        : newPostmortemFromWorkspaceTemplate(await readTemplate(template.workspace), template.workspace.name, answers);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  }
  const uri = await writeNewFile(directory, (attempt) => postmortemFileName(answers, attempt), text);
  await vscode.window.showTextDocument(uri);
  return uri;
}

/** The folder of the active editor's file, else the first folder. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

async function pickTemplate(folder: vscode.WorkspaceFolder, wanted: string | undefined): Promise<TemplateChoice | undefined> {
  const own = await workspaceTemplates(folder);
  const choices: TemplateChoice[] = [...BUILT_IN_TEMPLATES.map((builtIn) => ({ builtIn })), ...own.map((workspace) => ({ workspace }))];
  if (wanted !== undefined) {
    const found = choices.find((choice) => ('builtIn' in choice ? choice.builtIn.id : choice.workspace.name) === wanted);
    if (!found) void vscode.window.showErrorMessage(unknownTemplateMessage(wanted));
    return found;
  }
  const items: TemplateItem[] = BUILT_IN_TEMPLATES.map((builtIn) => ({
    label: builtIn.label,
    description: builtIn.id,
    detail: `${builtIn.description} Sections: ${builtIn.sections.map((section) => section.title).join(', ')}.`,
    choice: { builtIn },
  }));
  if (!vscode.workspace.isTrusted) {
    items.push(
      { label: 'Workspace templates', kind: vscode.QuickPickItemKind.Separator },
      {
        label: '$(shield) Not loaded in Restricted Mode',
        detail: `Templates in ${WORKSPACE_TEMPLATES_FOLDER}/ are read only in a trusted workspace. Pick this to manage workspace trust.`,
        manageTrust: true,
      },
    );
  } else if (own.length > 0) {
    items.push({ label: 'Workspace templates', kind: vscode.QuickPickItemKind.Separator });
    items.push(
      ...own.map((workspace) => ({
        label: workspace.name,
        description: vscode.workspace.asRelativePath(workspace.uri),
        choice: { workspace },
      })),
    );
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'New Postmortem: template',
    placeHolder: 'Which template should the postmortem follow?',
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  if (picked?.manageTrust) void vscode.commands.executeCommand('workbench.trust.manage');
  return picked?.choice;
}

/** Why `wanted` names no template; in Restricted Mode the workspace's own may exist but are not read, so say that rather than where they live. */
function unknownTemplateMessage(wanted: string): string {
  const builtIn = `Built-in: ${BUILT_IN_TEMPLATES.map((template) => template.id).join(', ')}`;
  if (!vscode.workspace.isTrusted)
    return `There is no built-in template "${wanted}", and workspace templates (${WORKSPACE_TEMPLATES_FOLDER}/*.md) are not loaded in Restricted Mode. ${builtIn}. Trust this workspace to use its templates.`;
  return `There is no template "${wanted}". ${builtIn}; workspace templates live in ${WORKSPACE_TEMPLATES_FOLDER}/*.md.`;
}

/** `postmortem.directory` of the folder (default `postmortems/`), relative to the folder and inside it. */
function postmortemDirectory(folder: vscode.WorkspaceFolder): vscode.Uri | undefined {
  const directory = postmortemDirectoryParts(vscode.workspace.getConfiguration('postmortem', folder.uri).get<string>('directory'));
  if ('parts' in directory) return vscode.Uri.joinPath(folder.uri, ...directory.parts);
  void vscode.window.showErrorMessage(`Cannot create the postmortem: ${directory.problem}`, 'Open Settings').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'postmortem.directory');
  });
  return undefined;
}

/** Writes `text` under the first free name: YYYY-MM-DD-slug.md, then -2, -3…; never overwrites a file. */
async function writeNewFile(directory: vscode.Uri, fileName: (attempt: number) => string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(directory);
  for (let attempt = 1; ; attempt++) {
    const uri = vscode.Uri.joinPath(directory, fileName(attempt));
    if (await exists(uri)) continue;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date: an incident "today" is the author's today. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
