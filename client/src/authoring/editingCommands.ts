// The writing commands on an open postmortem: "Add Missing Sections", "Insert Timeline Entry"
// and "Add Action Item". The server decides what goes where (from the cached analysis); the
// client applies it to the editor as one undoable step, and snippets put the cursor in place.
import * as vscode from 'vscode';
import {
  ActionItemRequest,
  MissingSectionEditsRequest,
  TimelineEntryRequest,
  type AuthoringParams,
  type AuthoringProblem,
  type MissingSectionEdits,
  type Range,
  type SnippetEdit,
  type TimelineEntryParams,
} from '../../../server/src/lsp/protocol';
import type { LanguageServer } from '../languageServer';

export async function addMissingSections(server: LanguageServer): Promise<boolean> {
  const editor = markdownEditor('Add Missing Sections');
  if (!editor) return false;
  const params: AuthoringParams = { uri: editor.document.uri.toString() };
  const result = await ask<MissingSectionEdits>(server, MissingSectionEditsRequest.method, params, editor);
  if (!result) return false;
  if (result.edits.length === 0) {
    void vscode.window.showInformationMessage('No required section is missing from this postmortem.');
    return false;
  }
  // One edit call: one undo step, however many sections go in.
  return editor.edit((builder) => {
    for (const edit of result.edits) builder.replace(toRange(edit.range), edit.newText);
  });
}

export async function insertTimelineEntry(server: LanguageServer): Promise<boolean> {
  const editor = markdownEditor('Insert Timeline Entry');
  if (!editor) return false;
  // The author's clock; the engine writes it in the timeline's timezone (UTC unless it names another).
  const params: TimelineEntryParams = { uri: editor.document.uri.toString(), now: new Date().toISOString() };
  return insertSnippet(editor, await ask<SnippetEdit>(server, TimelineEntryRequest.method, params, editor));
}

export async function addActionItem(server: LanguageServer): Promise<boolean> {
  const editor = markdownEditor('Add Action Item');
  if (!editor) return false;
  const params: AuthoringParams = { uri: editor.document.uri.toString() };
  return insertSnippet(editor, await ask<SnippetEdit>(server, ActionItemRequest.method, params, editor));
}

/** The active Markdown editor, or undefined after saying why the command needs one. */
function markdownEditor(command: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showInformationMessage(`Open a postmortem first: "${command}" edits the active editor.`);
  return undefined;
}

/**
 * Sends a writing request and returns its answer for the editor's current text; says why and
 * returns undefined when the server is down, gives a reason, or answered for an older version.
 */
async function ask<R extends { version: number }>(
  server: LanguageServer,
  method: string,
  params: object,
  editor: vscode.TextEditor,
): Promise<R | undefined> {
  if (!(await server.whenStarted())) {
    void vscode.window.showErrorMessage(
      'The Postmortem language server is not running. Run "Postmortem: Restart Language Server", or see "Postmortem: Show Output" for why it stopped.',
    );
    return undefined;
  }
  const result = await server.request<R | AuthoringProblem>(method, params);
  if (!result) return undefined;
  if ('problem' in result) {
    void vscode.window.showWarningMessage(result.problem);
    return undefined;
  }
  if (result.version !== editor.document.version) {
    void vscode.window.showWarningMessage('The postmortem changed while the command was running. Run it again.');
    return undefined;
  }
  return result;
}

async function insertSnippet(editor: vscode.TextEditor, result: SnippetEdit | undefined): Promise<boolean> {
  if (!result) return false;
  const inserted = await editor.insertSnippet(new vscode.SnippetString(result.snippet), toRange(result.range));
  if (inserted) editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return inserted;
}

function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
