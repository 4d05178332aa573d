// Code actions, built generically from what the diagnostics carry: a quick fix per fix in
// `Diagnostic.data`, "Disable RULE for this line" per finding, and `source.fixAll.postmortem`
// (the first safe fix of every finding) so that `editor.codeActionsOnSave` can run it.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { safeFixEdits, toLspRange } from '../engine';
import { CONFIGURATION_CODE, isOwnDiagnostic, type DiagnosticData } from './diagnostics';
import type { DocumentAnalysis } from './documentAnalyses';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export function codeActions(params: CodeActionParams, document: TextDocument, analysis: DocumentAnalysis): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) actions.push(...quickFixes(diagnostic, document, analysis));
  }
  // Only on request: fix-all is a source action, not something to offer at every cursor position.
  if (only && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document, analysis);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(diagnostic: Diagnostic, document: TextDocument, analysis: DocumentAnalysis): CodeAction[] {
  if (!isOwnDiagnostic(diagnostic) || typeof diagnostic.code !== 'string' || diagnostic.code === CONFIGURATION_CODE) return [];
  const data = diagnostic.data as DiagnosticData | undefined;
  // Edits made for other text would land in the wrong place; fresh diagnostics are on their way.
  if (!data || data.analysis !== analysis.id) return [];
  const actions: CodeAction[] = data.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.safe && data.fixes.length === 1,
    edit: { changes: { [document.uri]: fix.edits } },
  }));
  actions.push({
    title: `Disable ${diagnostic.code} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [disableForLine(document, diagnostic.range.start.line, diagnostic.code)] } },
  });
  return actions;
}

function fixAllAction(document: TextDocument, analysis: DocumentAnalysis): CodeAction | undefined {
  const result = analysis.result;
  if (!result || analysis.version !== document.version) return undefined;
  const edits = withoutOverlaps(safeFixEdits(result.findings)).map(
    (edit): TextEdit => ({ range: toLspRange(result.model.lines.range(edit.start, edit.end)), newText: edit.text }),
  );
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe postmortem problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

/** A workspace edit may not overlap itself; keep the edits `applyEdits` would apply, in the same order. */
function withoutOverlaps<T extends { start: number; end: number }>(edits: T[]): T[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: T[] = [];
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor || edit.end < edit.start) continue;
    kept.push(edit);
    cursor = edit.end;
  }
  return kept;
}

const LIST_ITEM_OR_TABLE_ROW = /^\s*([-*+]\s|\d+[.)]\s|\|)/;
const ATX_HEADING = /^ {0,3}#{1,6}(\s|$)/;
const TABLE_ROW = /^\s*\|.*\|$/;

/**
 * `<!-- postmortem-disable-next-line RULE -->` on its own line above, with the line's indentation,
 * where a line of its own changes nothing in the rendered document: above the first line of a
 * block. Inside a paragraph, a list or a table such a line would split the paragraph, end the
 * list or cut the table in two, so there the comment goes at the end of the line instead, as
 * `<!-- postmortem-disable-line RULE -->`.
 */
export function disableForLine(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = lineText(document, line);
  const previous = line > 0 ? lineText(document, line - 1) : '';
  const startsBlock = previous.trim() === '' || ATX_HEADING.test(previous);
  if (startsBlock && !LIST_ITEM_OR_TABLE_ROW.test(text)) {
    const indentation = /^\s*/.exec(text)![0];
    const start = { line, character: 0 };
    return { range: { start, end: start }, newText: `${indentation}<!-- postmortem-disable-next-line ${ruleId} -->\n` };
  }
  const trimmed = text.replace(/\s+$/, '');
  // In a table row, inside the last cell: a cell after the closing pipe would be dropped.
  const character = TABLE_ROW.test(trimmed) ? trimmed.length - 1 : trimmed.length;
  const at = { line, character };
  const comment = `<!-- postmortem-disable-line ${ruleId} -->`;
  return { range: { start: at, end: at }, newText: character < trimmed.length ? `${comment} ` : ` ${comment}` };
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}
