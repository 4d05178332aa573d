// Where writers type, and what the bench types there: a word, one character per didChange, at
// places found in the document as it stands (each keystroke changes it).
import type { Position } from 'vscode-languageserver-protocol';

export const TYPING_PATTERNS = ['end of a paragraph', 'end of the document', 'table cell', 'list item', 'front matter'] as const;
export type TypingPattern = (typeof TYPING_PATTERNS)[number];

/** What is typed: a space and two words, twelve keystrokes. */
export const TYPED = ' replica lag';
/** Places typed at per pattern: a quarter, half and three quarters into the document (one place for its end and its front matter). */
export const PLACES = [0.25, 0.5, 0.75];

/** Front matter and a table for documents without them, so that every pattern has somewhere to type. */
const FRONT_MATTER = '---\ntitle: Checkout outage\nseverity: SEV2\nstatus: draft\ndate: 2024-03-05\n---\n\n';
const TABLE = ['| Time | Event |', '| --- | --- |', '| 10:02 | Checkout errors rose |', '| 10:09 | The deploy was rolled back |', ''];

export function withTypingPlaces(text: string): string {
  const lines = (text.startsWith('---\n') ? text : FRONT_MATTER + text).split('\n');
  const inCode = codeLines(lines);
  if (!lines.some((line, index) => !inCode[index] && isDelimiterRow(line))) {
    const middle = Math.floor(lines.length / 2);
    const blank = lines.findIndex((line, index) => index >= middle && !inCode[index] && line.trim() === '');
    lines.splice(blank < 0 ? lines.length : blank + 1, 0, ...TABLE);
  }
  return lines.join('\n');
}

/** Where a writer of `pattern` types in `text`, the first such place from `fraction` of its lines on. */
export function placeOf(text: string, pattern: TypingPattern, fraction: number): Position {
  const lines = text.split('\n');
  if (pattern === 'end of the document') return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  const inCode = codeLines(lines);
  const accepts = (index: number): number | undefined => {
    const line = lines[index]!;
    if (inCode[index]) return undefined;
    switch (pattern) {
      case 'front matter':
        return index > 0 && /^title:/.test(line) ? line.length : undefined;
      case 'end of a paragraph':
        return /^\p{L}/u.test(line) && (lines[index + 1] ?? '').trim() === '' ? line.length : undefined;
      case 'list item':
        return /^\s*(?:[-*+]|\d+[.)])\s+\p{L}/u.test(line) ? line.length : undefined;
      case 'table cell': {
        // A body row (the row under the delimiter row or later): the end of its first cell's text.
        if (!/^\s*\|.*\|/.test(line) || /^\s*\|?\s*:?-{2,}/.test(line) || !/^\s*\|?\s*:?-{2,}|^\s*\|/.test(lines[index - 1] ?? ''))
          return undefined;
        const cellEnd = line.indexOf('|', line.indexOf('|') + 1);
        return cellEnd > 0 ? line.slice(0, cellEnd).trimEnd().length : undefined;
      }
    }
  };
  const from = pattern === 'front matter' ? 0 : Math.floor(fraction * lines.length);
  for (let offset = 0; offset < lines.length; offset++) {
    const index = (from + offset) % lines.length;
    const character = accepts(index);
    if (character !== undefined) return { line: index, character };
  }
  throw new Error(`the benchmark document has no place for "${pattern}"`);
}

/** `text` with `inserted` at `at`. */
export function insertAt(text: string, at: Position, inserted: string): string {
  const lines = text.split('\n');
  const line = lines[at.line]!;
  lines[at.line] = line.slice(0, at.character) + inserted + line.slice(at.character);
  return lines.join('\n');
}

/** A table's delimiter row: pipes, dashes, colons and spaces only. */
function isDelimiterRow(line: string): boolean {
  return line.includes('|') && line.includes('-') && /^[\s|:-]+$/.test(line);
}

function codeLines(lines: string[]): boolean[] {
  let open: string | undefined;
  return lines.map((line) => {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) return open !== undefined;
    if (open === undefined) open = fence[1];
    else if (fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2]!.trim() === '') open = undefined;
    return true;
  });
}
