// The answer to postmortem/readFile: the server in a web worker has no file system, so the
// .postmortemrc.json and .gitignore files it needs are read here, through VS Code's file systems
// (vscode-vfs:// on github.dev works as file:// does). Only files inside a workspace folder are read.
import * as vscode from 'vscode';
import type { ReadFileParams, ReadFileResult } from '../../server/src/lsp/protocol';

export async function readWorkspaceFile(params: ReadFileParams): Promise<ReadFileResult> {
  const uri = vscode.Uri.from(params);
  if (!vscode.workspace.getWorkspaceFolder(uri)) return null;
  try {
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
    // Any other failure is the server's to report (a configuration file that cannot be read).
    throw error instanceof Error ? error : new Error(String(error));
  }
}
