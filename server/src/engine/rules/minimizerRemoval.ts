// The safe fix of the blaming-language rule: deleting a minimizer ("obviously", "clearly", the
// "just" of "just pushed"). Each fix deletes its word and the separators on one side of it, so
// that neighbouring words stay apart and no stray comma is left, and minimizers in a row
// ("clearly, obviously wrong") get edits that do not overlap: fix-all removes them in one pass.
import type { Nodes } from 'mdast';
import { applyEdits } from '../fixes';
import type { PostmortemModel } from '../model';
import { parseMarkdown } from '../parse';
import { firstLineEnd } from '../text';
import type { Fix, TextEdit } from '../types';

export interface WordRange {
  start: number;
  end: number;
}

/** What may stand between two minimizers deleted as a row: blanks and at most one comma. */
const BETWEEN = /^[ \t]*,?[ \t]*$/;
/** Blanks with a word after them: blanks before a line break are left, so an edit stays on its line. */
const BLANKS_AFTER = /[ \t]+(?=\S)/y;

/** A fix for each word (sorted, not overlapping), or none where deleting it would change the blocks around it. */
export function minimizerRemovals(model: PostmortemModel, words: WordRange[]): (Fix | undefined)[] {
  const { text } = model;
  const titles = words.map((word) => `Remove "${text.slice(word.start, word.end)}"`);
  const spans = words.map((word) => withEmphasis(text, word));
  const fixes: (Fix | undefined)[] = [];
  for (let first = 0; first < spans.length;) {
    let last = first;
    while (last + 1 < spans.length && BETWEEN.test(text.slice(spans[last]!.end, spans[last + 1]!.start))) last++;
    const row = spans.slice(first, last + 1);
    const edits = removeRow(text, row);
    const unsafe =
      gluedToWordBefore(text, row[0]!) || leavesLineWithoutWords(text, row) || (!betweenWords(text, row) && changesBlocks(model, edits));
    edits.forEach((edit, index) => fixes.push(unsafe ? undefined : { title: titles[first + index]!, edits: [edit], safe: true }));
    first = last + 1;
  }
  return fixes;
}

/**
 * "depth.obviously": a word run into the one before by a full stop, colon or the like. The sentence
 * splitter reads such text its own way, and deleting the word would change how.
 */
function gluedToWordBefore(text: string, word: WordRange): boolean {
  return word.start > 0 && !/[\s,([{"'“‘*_~]/.test(text.charAt(word.start - 1));
}

/** "- clearly" → "-", "## Obviously" → "##": a line that says nothing, an item or heading gone empty. */
function leavesLineWithoutWords(text: string, row: WordRange[]): boolean {
  return atLineStart(text, row[0]!.start) && !/[\p{L}\p{N}]/u.test(restOfLine(text, row[row.length - 1]!.end));
}

/**
 * Words before and after on the same line: the block structure hangs on how lines start and what
 * whole lines hold, so deleting words in the middle of one cannot change it (no parse needed).
 */
function betweenWords(text: string, row: WordRange[]): boolean {
  return (
    /[\p{L}\p{N}]/u.test(lineBefore(text, row[0]!.start)) &&
    !atLineStart(text, row[0]!.start) &&
    /[\p{L}\p{N}]/u.test(restOfLine(text, row[row.length - 1]!.end))
  );
}

function restOfLine(text: string, offset: number): string {
  return text.slice(offset, firstLineEnd(text, offset, text.length));
}

/**
 * Whether the edits change the blocks around them: "clearly > the…" at the start of a line would
 * become a block quote, "<x> obviously" an HTML block that runs on over the lines below. The blocks
 * before, at and after the edits are parsed with and without them, and their outlines compared.
 */
function changesBlocks(model: PostmortemModel, edits: TextEdit[]): boolean {
  const nodes = model.tree.children;
  const at = Math.max(
    0,
    nodes.findIndex((node) => (node.position?.end.offset ?? 0) >= edits[0]!.start),
  );
  const from = nodes[Math.max(at - 1, 0)]?.position?.start.offset ?? 0;
  const to = nodes[at + 1]?.position?.end.offset ?? model.text.length;
  const before = model.text.slice(from, to);
  const after = applyEdits(
    before,
    edits.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from })),
  ).text;
  const key = `${before}\u0000${after}`;
  let changes = outlineChanges.get(key);
  if (changes === undefined) {
    changes = outline(parseMarkdown(before)) !== outline(parseMarkdown(after));
    if (outlineChanges.size >= 2_000) outlineChanges.clear();
    outlineChanges.set(key, changes);
  }
  return changes;
}

/** Parsing is the cost of that check; a document analysed again on every keystroke asks it again. */
const outlineChanges = new Map<string, boolean>();

/** The block structure of a tree: the types of its blocks and of the blocks inside containers. */
function outline(node: Nodes): string {
  const label = node.type === 'heading' ? `h${node.depth}` : node.type === 'list' ? `list${node.ordered ? '1' : ''}` : node.type;
  if (!CONTAINERS.has(node.type) || !('children' in node)) return label;
  return `${label}(${(node.children as Nodes[]).map(outline).join(',')})`;
}

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/** "**clearly**" goes with its markers: deleting the word alone would leave "****". */
function withEmphasis(text: string, word: WordRange): WordRange {
  const marks = /(?:\*{1,3}|_{1,3}|~~)$/.exec(text.slice(Math.max(0, word.start - 3), word.start))?.[0];
  if (!marks || !text.startsWith(marks, word.end)) return word;
  const outside = /[*_~\p{L}\p{N}]/u;
  if (outside.test(text.charAt(word.start - marks.length - 1)) || outside.test(text.charAt(word.end + marks.length))) return word;
  return { start: word.start - marks.length, end: word.end + marks.length };
}

/** The edits of a row of minimizers, one per word. */
function removeRow(text: string, row: WordRange[]): TextEdit[] {
  const first = row[0]!;
  const last = row[row.length - 1]!;
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
    if (/^[*_~]*\p{Lu}/u.test(text.slice(first.start, first.end)) && startsSentence(text, first.start) && /\p{Ll}/u.test(following)) {
      Object.assign(edits[edits.length - 1]!, { end: to + 1, text: following.toUpperCase() });
    }
    return edits;
  }
  // At the end of a clause ("…was wrong, obviously."): each word goes with what precedes it.
  let from = first.start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  // "wrong, obviously." → "wrong."; but in "error., obviously" the comma is not the row's to take.
  if (from < first.start && text[from - 1] === ',' && !/[.!?,;:]/.test(text.charAt(from - 2))) from--;
  // "error., obviously, ⏎" would become "error.,, ⏎": with a comma, semicolon or colon kept before
  // it, the row takes its own comma (`to`). Not only for looks: the English parser joins a sentence
  // that starts with "," or ";" to the one before, but ",," is neither, so it would end a sentence
  // at "error." and a second pass would judge the next line's words without the subject the first pass found.
  const end = /[,;:]/.test(text.charAt(from - 1)) ? to : last.end;
  return row.map((word, index) => ({
    start: index === 0 ? from : row[index - 1]!.end,
    end: index + 1 < row.length ? word.end : end,
    text: '',
  }));
}

/** The text from the start of `offset`'s line to it. A line ends at "\n" or a lone "\r"; the latter is looked for in the line only, as a text without any would be read back to its start. */
function lineBefore(text: string, offset: number): string {
  const afterNewline = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return afterNewline.slice(afterNewline.lastIndexOf('\r') + 1);
}

/** Whether `offset` is where its line's text starts, after any list, quote or heading markers. */
function atLineStart(text: string, offset: number): boolean {
  return /^[ \t>#|*+-]*(?:\d{1,9}[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?$/.test(lineBefore(text, offset));
}

/** Whether a sentence starts at `offset`: at the start of its line's text, or after a full stop. */
function startsSentence(text: string, offset: number): boolean {
  return atLineStart(text, offset) || /[.!?]["'”’)\]]*[ \t]+$/.test(lineBefore(text, offset));
}
