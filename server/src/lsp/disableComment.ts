// "Disable RULE for this line": the inline comment that silences one rule on one line, placed
// where it changes nothing in the rendered document.
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

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
