// What a click in the structure view does: go to a section, action item or timeline entry, or
// insert a missing required section with the missing-section rule's own fix (asked of the server,
// so it lands exactly where the quick fix and "Add Missing Sections" would put it).
import * as vscode from 'vscode';
import { SectionInsertionRequest, type SectionInsertionParams, type SectionInsertionResult } from '../../../server/src/lsp/protocol';
import type { LanguageServer } from '../languageServer';
import { revealLine, toVscodeRange } from '../revealInEditor';
import type { StructureItem } from './structureItems';

/** `postmortem.structure.reveal(uri, line)`, the command of the view's items. */
export async function revealFromStructure(uri: unknown, line: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
  await revealLine(vscode.Uri.parse(uri), line);
}

/**
 * `postmortem.structure.insertSection(uri, title)` from a click, or (item) from the item's inline
 * button. Resolves with the editor showing the new heading, or undefined after saying why not.
 */
export async function insertMissingSection(server: LanguageServer, ...args: unknown[]): Promise<vscode.TextEditor | undefined> {
  const [first, second] = args;
  const fromItem = typeof first === 'object' && first !== null ? (first as StructureItem) : undefined;
  const uri = typeof first === 'string' ? first : vscode.window.activeTextEditor?.document.uri.toString();
  const title = fromItem?.missingSection ?? (typeof second === 'string' ? second : undefined);
  if (!uri || !title) return undefined;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const params: SectionInsertionParams = { uri, title };
  const insertion = await server.request<SectionInsertionResult | null>(SectionInsertionRequest.method, params);
  if (!insertion) {
    void vscode.window.showInformationMessage(
      server.isRunning
        ? `"${title}" cannot be inserted: it is no longer missing, or the document ends inside an unclosed code block.`
        : 'The Postmortem language server is not running. Run "Postmortem: Restart Language Server".',
    );
    return undefined;
  }
  if (insertion.version !== document.version) {
    void vscode.window.showInformationMessage(`The postmortem changed while "${title}" was being placed. Click it again.`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, toVscodeRange(insertion.range), insertion.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  // The edit starts with the blank lines that separate it from the section before.
  const headingLine = insertion.range.start.line + (insertion.newText.slice(0, insertion.newText.indexOf('#')).match(/\n/g)?.length ?? 0);
  return revealLine(document.uri, headingLine);
}
