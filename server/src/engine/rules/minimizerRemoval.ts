// The safe fix of the blaming-language rule: deleting a minimizer ("obviously", "clearly", the
// "just" of "just pushed"). Each fix deletes its word and the separators on one side of it, so
// that neighbouring words stay apart and no stray comma is left, and minimizers in a row
// ("clearly, obviously wrong") get edits that do not overlap: fix-all removes them in one pass.
import type { Fix } from '../types';

export interface WordRange {
  start: number;
  end: number;
}

/** What may stand between two minimizers deleted as a row: blanks and at most one comma. */
const BETWEEN = /^[ \t]*,?[ \t]*$/;
const BLANKS_AFTER = /[ \t]+/y;

/** One fix per word; `words` are sorted and do not overlap. */
export function minimizerRemovals(text: string, words: WordRange[]): Fix[] {
  const fixes: Fix[] = [];
  for (let first = 0; first < words.length; ) {
    let last = first;
    while (last + 1 < words.length && BETWEEN.test(text.slice(words[last]!.end, words[last + 1]!.start))) last++;
    fixes.push(...removeRow(text, words.slice(first, last + 1)));
    first = last + 1;
  }
  return fixes;
}

function removeRow(text: string, row: WordRange[]): Fix[] {
  const first = row[0]!;
  const last = row[row.length - 1]!;
  const title = (word: WordRange) => `Remove "${text.slice(word.start, word.end)}"`;
  let to = last.end;
  if (text[to] === ',') to++;
  BLANKS_AFTER.lastIndex = to;
  if (BLANKS_AFTER.test(text)) {
    // Inside a clause: each word goes with what follows it ("Obviously, the…", "was clearly wrong").
    to = BLANKS_AFTER.lastIndex;
    const edits = row.map((word, index) => ({ start: word.start, end: index + 1 < row.length ? row[index + 1]!.start : to, text: '' }));
    // "Obviously, the queue…" → "The queue…": the sentence keeps its capital. In a row that opens
    // a sentence ("Obviously, clearly, the…") the last word's fix carries it, so that the edits
    // do not overlap; applied on its own, the first word's fix leaves "clearly, the…".
    const following = text.charAt(to);
    if (/^\p{Lu}/u.test(text.slice(first.start, first.end)) && startsSentence(text, first.start) && /\p{Ll}/u.test(following)) {
      Object.assign(edits[edits.length - 1]!, { end: to + 1, text: following.toUpperCase() });
    }
    return row.map((word, index) => ({ title: title(word), edits: [edits[index]!], safe: true }));
  }
  // At the end of a clause ("…was wrong, obviously."): each word goes with what precedes it.
  let from = first.start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  if (from < first.start && text[from - 1] === ',') from--;
  return row.map((word, index) => ({ title: title(word), edits: [{ start: index === 0 ? from : row[index - 1]!.end, end: word.end, text: '' }], safe: true }));
}

/** Whether a sentence starts at `offset`: at the start of its line (after list, quote or heading markers) or after a full stop. */
function startsSentence(text: string, offset: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t>#|*+-]*(?:\d{1,9}[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?$/.test(before) || /[.!?]["'”’)\]]*[ \t]+$/.test(before);
}
