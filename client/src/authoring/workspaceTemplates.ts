// The workspace's own templates: `.postmortem/templates/*.md` in each workspace folder, read as
// plain text (nothing in them is run). In Restricted Mode they are not read at all: the quick
// pick says so instead, and offers to manage workspace trust.
import * as vscode from 'vscode';

export const WORKSPACE_TEMPLATES_FOLDER = '.postmortem/templates';

export interface WorkspaceTemplate {
  /** The file name without `.md`: front matter `template:` of the postmortems made from it. */
  name: string;
  uri: vscode.Uri;
}

/** The templates of `folder`, sorted by name; none when the folder has no templates folder. */
export async function workspaceTemplates(folder: vscode.WorkspaceFolder): Promise<WorkspaceTemplate[]> {
  if (!vscode.workspace.isTrusted) return [];
  const directory = vscode.Uri.joinPath(folder.uri, ...WORKSPACE_TEMPLATES_FOLDER.split('/'));
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(directory);
  } catch {
    return [];
  }
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.md'))
    .map(([name]) => ({ name: name.replace(/\.md$/i, ''), uri: vscode.Uri.joinPath(directory, name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function readTemplate(template: WorkspaceTemplate): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(template.uri));
}
