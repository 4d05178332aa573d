// Going from a view (the structure view, the preview) to the source: the editor that already
// shows the document is reused, so a click never opens a second copy beside the preview.
import * as vscode from 'vscode';

/** A protocol range as a VS Code range. */
export function toVscodeRange(range: {
  start: { line: number; character: number };
  end: { line: number; character: number };
}): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Shows `line` of the document in the editor that already shows it (else the first group), cursor at its start. */
export async function revealLine(uri: vscode.Uri, line: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    preserveFocus: false,
  });
  const position = new vscode.Position(Math.min(Math.max(line, 0), document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
