// Where a Markdown document may be cut into chunks that parse alone exactly as they parse in the
// whole (parse.ts): a heading at the start of a line, or a plain paragraph after a blank line,
// outside code fences, HTML blocks and front matter. The chunker reads line by line and tracks
// only what could carry state across such a line; where it cannot tell, it does not cut.
import { frontMatterEnd } from './frontMatter';

/**
 * Chunks smaller than this many lines are merged with the next one. A keystroke parses its chunk
 * again, and every chunk costs a little on each keystroke and each first parse: on the 2,000-line
 * bench document, 8 lines (138 chunks) typed at 3.9-5.0 ms p50 per analysis where 24 (62 chunks)
 * took 5.0-6.8 ms, and a first analysis took no longer.
 */
const MIN_CHUNK_LINES = 8;

export interface Chunk {
  start: number;
  end: number;
  lines: number;
  /** The chunk ends inside a code fence or HTML block (only the last one can). */
  openAtEnd: boolean;
}

/** Offsets where a new chunk may start; see the file comment for why these places are safe. */
export function splitIntoChunks(text: string): Chunk[] {
  return chunksFromStart(text);
}

function chunksFromStart(text: string, resync?: Resync): Chunk[] {
  // Front matter runs from a first line "---" to the next "---" line, whatever is between. (Left
  // unclosed, the "---" is a thematic break: parseMarkdown reads no front matter then.)
  const frontMatter = frontMatterEnd(text);
  const offset = frontMatter ?? 0;
  const chunkLines = frontMatter === undefined ? 0 : text.slice(0, offset).split('\n').length - 1;
  return cutFrom(text, [], { chunkStart: 0, chunkLines, offset, previousBlank: true }, resync);
}

/** A text and its chunks (splitIntoChunks). */
export interface ChunkedText {
  text: string;
  chunks: Chunk[];
}

/** The chunks of a text found from those of an earlier version (chunksAfterEdit). */
export interface ChunksAfterEdit {
  chunks: Chunk[];
  /** How many chunks at the start are the earlier version's, where they were. */
  kept: number;
  /** How many chunks at the end are the earlier version's last ones, moved by the edit. */
  keptAtEnd: number;
}

/**
 * The chunks of `text` (what splitIntoChunks gives), found from those of `previous`, an earlier
 * version: a keystroke reads the lines of its own chunk or two, not the document's. The chunks
 * before the edit stay, up to the last one whose end was decided by lines the edit left alone; the
 * chunker reads on from there, and once it cuts where it cut before, with the line above the cut
 * unchanged too, it would read the same lines in the same state as before: the rest are the earlier
 * chunks, moved.
 */
export function chunksAfterEdit(text: string, previous: ChunkedText): ChunksAfterEdit {
  const before = previous.text;
  // Front matter is cut apart from the lines below it, and a "---" typed far below can close it.
  if (frontMatterEnd(text) !== frontMatterEnd(before)) return { chunks: splitIntoChunks(text), kept: 0, keptAtEnd: 0 };
  const prefix = commonPrefixLength(before, text);
  const suffix = commonSuffixLength(before, text, Math.min(before.length, text.length) - prefix);
  const delta = text.length - before.length;
  const earlier = previous.chunks;
  // A chunk stays if the line after it, which decided the cut, is unchanged (and ends with a line break).
  let kept = 0;
  while (kept < earlier.length - 1) {
    const decidingLineEnd = before.indexOf('\n', earlier[kept]!.end);
    if (decidingLineEnd < 0 || decidingLineEnd >= prefix) break;
    kept++;
  }
  if (kept === 0) return { ...resumedCut(text, (resync) => chunksFromStart(text, resync), earlier, delta, suffix), kept: 0 };
  const chunks = earlier.slice(0, kept);
  const offset = chunks[kept - 1]!.end;
  const lineAbove = text.slice(text.lastIndexOf('\n', offset - 2) + 1, offset - 1);
  const from = { chunkStart: offset, chunkLines: 0, offset, previousBlank: BLANK_LINE.test(lineAbove.replace(/\r$/, '')) };
  return { ...resumedCut(text, (resync) => cutFrom(text, chunks, from, resync), earlier, delta, suffix), kept };
}

/** `cut` with a resync that ends the cut at the first cut where the earlier chunks `earlier` can be taken over, moved by `delta`. */
function resumedCut(
  text: string,
  cut: (resync: Resync) => Chunk[],
  earlier: Chunk[],
  delta: number,
  suffix: number,
): { chunks: Chunk[]; keptAtEnd: number } {
  let keptAtEnd = 0;
  const unchangedFrom = text.length - suffix;
  const resync: Resync = (cutAt, lineAboveStart) => {
    // The line above the cut and its line break before it are both in the unchanged end.
    if (lineAboveStart <= unchangedFrom) return undefined;
    const index = chunkStartingAt(earlier, cutAt - delta);
    if (index <= 0) return undefined;
    keptAtEnd = earlier.length - index;
    return earlier.slice(index).map((chunk) => ({ ...chunk, start: chunk.start + delta, end: chunk.end + delta }));
  };
  return { chunks: cut(resync), keptAtEnd };
}

/** The index of the chunk of `chunks` (in order) that starts at `offset`, or -1. */
function chunkStartingAt(chunks: Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = chunks[middle]!.start;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Asked at each cut before it is made (a chunk to start at `cutAt`, the line above it starting at
 * `lineAboveStart`): the chunks from there on, if known, which end the cut.
 */
type Resync = (cutAt: number, lineAboveStart: number) => Chunk[] | undefined;

/** Where the chunker stands: the chunk it is in, and the line it reads next. */
interface CutPosition {
  chunkStart: number;
  chunkLines: number;
  offset: number;
  /** Whether the line above `offset` is blank (true at the start of the text). */
  previousBlank: boolean;
}

/** The chunks of `text` from `position` on, after `chunks` (which it adds to and returns). */
function cutFrom(text: string, chunks: Chunk[], position: CutPosition, resync?: Resync): Chunk[] {
  let { chunkStart, chunkLines, offset, previousBlank } = position;
  let state: BlockState = OUTSIDE;
  // Where the line above starts: none read yet, so no resync at the first line.
  let lineStart = -1;
  while (offset < text.length) {
    const lineEnd = lineEndFrom(text, offset);
    const line = lineText(text, offset, lineEnd);
    const canStart = state === OUTSIDE && (/^#{1,6}(?:[ \t]|$)/.test(line) || (previousBlank && /^[\p{L}|>]/u.test(line)));
    if (canStart && chunkLines >= MIN_CHUNK_LINES && offset > 0) {
      const rest = resync?.(offset, lineStart);
      chunks.push({ start: chunkStart, end: offset, lines: chunkLines, openAtEnd: false });
      if (rest) {
        chunks.push(...rest);
        return chunks;
      }
      chunkStart = offset;
      chunkLines = 0;
    }
    const next = stateAfter(line, state, previousBlank);
    // Never cutting is always safe; cutting where the chunker is wrong about the blocks is not. The
    // cuts already made stand: each was made outside any block, from the lines before it, and what
    // the chunker is unsure of opened after the last one. So the rest of the text is one last chunk
    // (a writer typing under an unclosed fence at the end reparses that chunk, not the document).
    if (next === UNSURE) {
      chunks.push({ start: chunkStart, end: text.length, lines: chunkLines + text.slice(offset).split('\n').length - 1, openAtEnd: true });
      return chunks;
    }
    state = next;
    previousBlank = BLANK_LINE.test(line);
    chunkLines++;
    lineStart = offset;
    offset = lineEnd;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, end: text.length, lines: chunkLines, openAtEnd: state !== OUTSIDE });
  }
  return chunks;
}

/**
 * The ranges of `text` inside fenced code blocks and HTML blocks, as the chunker reads them: the
 * lines inside each block, up to the line that ends it. `text` is read from a place where a
 * chunk may start, its lines ending in "\n" or "\r\n". Nothing in such a block is Markdown, so a
 * line there that looks like a link definition defines nothing. Where the chunker is unsure what a
 * line opens, it stops: no range from there on.
 */
export function rawBlockRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let state: BlockState = OUTSIDE;
  let previousBlank = true;
  for (let offset = 0; offset < text.length;) {
    const lineEnd = lineEndFrom(text, offset);
    const line = lineText(text, offset, lineEnd);
    const next = stateAfter(line, state, previousBlank);
    if (next === UNSURE) break;
    // A line read in a block that it does not end is inside it. (Whether a line is HTML is not sure in maybeHtml.)
    if (next === state && state.kind !== 'outside' && state.kind !== 'maybeHtml') {
      const last = ranges[ranges.length - 1];
      if (last?.end === offset) last.end = lineEnd;
      else ranges.push({ start: offset, end: lineEnd });
    }
    state = next;
    previousBlank = BLANK_LINE.test(line);
    offset = lineEnd;
  }
  return ranges;
}

/** Where the line of `text` that starts at `offset` ends, its line break included. */
function lineEndFrom(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The line from `offset` to `lineEnd` without its line break ("\n" or "\r\n"), sliced once. */
function lineText(text: string, offset: number, lineEnd: number): string {
  let end = lineEnd;
  if (end > offset && text.charCodeAt(end - 1) === 10) end--;
  if (end < lineEnd && end > offset && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(offset, end);
}

/** How many characters `a` and `b` have in common at their start. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  // Whole runs compared natively first: a keystroke leaves most of a long text as it was.
  for (const run of [4096, 256, 16]) while (at + run <= limit && a.slice(at, at + run) === b.slice(at, at + run)) at += run;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters `a` and `b` have in common at their end, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  for (const run of [4096, 256, 16]) {
    while (
      length + run <= limit &&
      a.slice(a.length - length - run, a.length - length) === b.slice(b.length - length - run, b.length - length)
    )
      length += run;
  }
  while (length < limit && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
  return length;
}

/** What the line being read is inside of, as far as where a chunk may start is concerned. */
type BlockState =
  | { readonly kind: 'outside' }
  /** A fenced code block at the top level, opened by this run of ``` or ~~~. */
  | { readonly kind: 'fence'; readonly fence: string }
  | ContainedFence
  /** An HTML block of kinds 1–5, which ends on the line that matches `end` (blank lines included). */
  | { readonly kind: 'html'; readonly end: RegExp }
  /** An HTML block of kinds 6–7 at the top level: it ends only at a blank line; nothing opens in it. */
  | { readonly kind: 'htmlUntilBlank' }
  /**
   * A line that may or may not have started an HTML block (one in a list item or a quote, which
   * also ends with it; an indented one, maybe in a list item; a tag that may continue a
   * paragraph), until the line that matches `end`. Inside the HTML nothing opens and outside
   * something may: a line that would open a block leaves the chunker unsure.
   */
  | { readonly kind: 'maybeHtml'; readonly end: RegExp };

/**
 * A fenced code block that may be in list items or quotes. It ends at its closing fence or where
 * they do: a fence is no paragraph, which a line could continue lazily. `continuation` is what
 * starts each line inside them: the fence line's markers, list markers as spaces, up to its last
 * quote marker or with its last list item's indentation. A fence line of only indentation (two
 * spaces or more) may be in list items begun on earlier lines, of a width the chunker does not
 * know (or be indented code): then the chunker is sure less often.
 */
interface ContainedFence {
  readonly kind: 'containedFence';
  readonly fence: string;
  readonly continuation: string;
  readonly indentedOnly: boolean;
}

const OUTSIDE: BlockState = { kind: 'outside' };
const UNSURE = 'unsure';
/** Only spaces and tabs: other white space (a no-break space, a form feed) is paragraph text. */
const BLANK_LINE = /^[ \t]*$/;

/** The state after `line`, read in `state`: UNSURE when the chunker cannot tell. */
function stateAfter(line: string, state: BlockState, previousBlank: boolean): BlockState | typeof UNSURE {
  switch (state.kind) {
    case 'outside':
      return opened(line, previousBlank);
    case 'fence':
      return closesFence(line, state.fence) ? OUTSIDE : state;
    case 'containedFence':
      return afterContainedFenceLine(line, state, previousBlank);
    case 'html':
      return state.end.test(line) ? OUTSIDE : state;
    case 'htmlUntilBlank':
      return BLANK_LINE.test(line) ? OUTSIDE : state;
    case 'maybeHtml': {
      const inner = opened(line, previousBlank);
      // Another line that may be HTML up to the next blank line leaves the same uncertainty.
      const sameUncertainty =
        state.end === BLANK_LINE &&
        inner !== UNSURE &&
        (inner.kind === 'htmlUntilBlank' || (inner.kind === 'maybeHtml' && inner.end === BLANK_LINE));
      if (inner !== OUTSIDE && !sameUncertainty) return UNSURE;
      return state.end.test(line) ? OUTSIDE : state;
    }
  }
}

function closesFence(line: string, fence: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return close !== null && close[1]![0] === fence[0] && close[1]!.length >= fence.length;
}

function afterContainedFenceLine(line: string, state: ContainedFence, previousBlank: boolean): BlockState | typeof UNSURE {
  const { continuation } = state;
  if (line.startsWith(continuation)) return afterContainedFenceContent(line.slice(continuation.length), state);
  // A line of only some of the markers is blank inside the containers it does not reach: a list item goes on, a quote ends.
  const markers = line.replace(/[ \t]+$/, '');
  if (continuation.startsWith(markers)) return continuation.includes('>', markers.length) ? OUTSIDE : state;
  if (state.indentedOnly) {
    // Less indented than the fence: in a list item it may end it or not; indented code less than four spaces deep ends.
    return continuation.length >= 4 && /^[^ \t]/.test(line) ? opened(line, previousBlank) : UNSURE;
  }
  // Nothing at the start continues the outermost container, or (list items only) the line is less indented than the innermost.
  const leavesContainers = /^[^ \t>]/.test(line) || (!continuation.includes('>') && /^ *[^ \t]/.test(line));
  return leavesContainers ? opened(line, previousBlank) : UNSURE;
}

const CLOSING_FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;

/** After a line inside the containers of a contained fence, `rest` being what follows their markers. */
function afterContainedFenceContent(rest: string, state: ContainedFence): BlockState | typeof UNSURE {
  const close = CLOSING_FENCE.exec(rest);
  if (!close || close[2]![0] !== state.fence[0] || close[2]!.length < state.fence.length) return state;
  const indent = close[1]!;
  if (indent.includes('\t')) return UNSURE;
  // Aligned with the opening fence it closes it in every reading; four spaces deeper it is code in every reading.
  if (state.indentedOnly) return indent === '' ? OUTSIDE : indent.length >= 4 ? state : UNSURE;
  // A closing fence may be indented up to three spaces, after the space that belongs to a quote marker.
  return indent.length <= (state.continuation.endsWith('>') ? 4 : 3) ? OUTSIDE : state;
}

// Fences and HTML may sit inside list items and quotes, so look past any indentation and markers.
// Each run of white space belongs to exactly one [ \t]*, so a line of many markers is read in
// linear time. A list marker needs white space after it ("-~~~" is paragraph text); a quote marker does not.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t])|>))*[ \t]*/;
const FENCE_RUN = /`{3,}|~{3,}/y;

/** The block `line` opens, read outside any. */
function opened(line: string, previousBlank: boolean): BlockState | typeof UNSURE {
  // Most lines are text: one that starts with an ASCII letter has no container marker, fence or tag.
  const first = line.charCodeAt(0) | 0x20;
  if (first >= 0x61 && first <= 0x7a) return OUTSIDE;
  const prefix = CONTAINER_PREFIX.exec(line)![0];
  const start = prefix.length;
  FENCE_RUN.lastIndex = start;
  const fence = FENCE_RUN.exec(line)?.[0];
  // An info string after backticks may not contain a backtick: "```a`" is inline code.
  if (fence) return fence[0] === '`' && line.includes('`', start + fence.length) ? OUTSIDE : openedFence(prefix, fence, previousBlank);
  if (line.charCodeAt(start) === 0x3c) return openedHtml(line.slice(start), start === 0, previousBlank); // "<"
  return OUTSIDE;
}

const LIST_MARKER = /[-*+]|\d{1,9}[.)]/g;
/** An ordered list marker other than 1, which cannot interrupt a paragraph. */
const LATER_ORDERED_MARKER = /(?:^|\D)(?!0*1[.)])\d{1,9}[.)]/;

/** The fence `fence` opens after `prefix`, the line's indentation and container markers. */
function openedFence(prefix: string, fence: string, previousBlank: boolean): BlockState | typeof UNSURE {
  // Below two spaces no list item holds it.
  if (/^ ?$/.test(prefix)) return { kind: 'fence', fence };
  // A tab's width depends on its column, which the continuation does not count; after a line of
  // text "2." may be part of that text's paragraph, and the fence no fence.
  if (prefix.includes('\t') || (!previousBlank && LATER_ORDERED_MARKER.test(prefix))) return UNSURE;
  const spaced = prefix.replace(LIST_MARKER, (marker) => ' '.repeat(marker.length));
  const quoteLast = />[ ]*$/.test(prefix);
  const continuation = quoteLast ? spaced.slice(0, spaced.lastIndexOf('>') + 1) : spaced;
  return { kind: 'containedFence', fence, continuation, indentedOnly: BLANK_LINE.test(prefix) };
}

// The start of each HTML block of kinds 1–5, and its end, looked for from where the start ends;
// "<!-->" and "<?>" end where they start, so those starts stop before the "--" and the "?".
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!(?=--)/, /-->/],
  [/^<(?=\?)/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const HTML_BLOCK_6 =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** A line of one complete open or closing tag (kind 7), exactly as CommonMark spells one. */
const HTML_BLOCK_7 =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
/** Any line that might be one (kind 7), whatever is in its tag. */
const MAYBE_HTML_BLOCK_7 = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t/].*)?>[ \t]*$/;
const RAW_TAG = /^<\/?(?:script|pre|style|textarea)\b/i;

/**
 * The HTML block a line starting with "<" opens. Only at the start of a line is the chunker sure:
 * after indentation or a list or quote marker it may be in a container that ends before the HTML
 * would. A kind-7 tag cannot interrupt a paragraph, so it is sure only after a blank line.
 */
function openedHtml(rest: string, atLineStart: boolean, previousBlank: boolean): BlockState {
  for (const [start, end] of HTML_BLOCKS) {
    const opening = start.exec(rest);
    if (!opening) continue;
    if (end.test(rest.slice(opening[0].length))) return OUTSIDE;
    return atLineStart ? { kind: 'html', end } : { kind: 'maybeHtml', end };
  }
  if (HTML_BLOCK_6.test(rest)) return atLineStart ? { kind: 'htmlUntilBlank' } : { kind: 'maybeHtml', end: BLANK_LINE };
  if (atLineStart && previousBlank && HTML_BLOCK_7.test(rest) && !RAW_TAG.test(rest)) return { kind: 'htmlUntilBlank' };
  return MAYBE_HTML_BLOCK_7.test(rest) ? { kind: 'maybeHtml', end: BLANK_LINE } : OUTSIDE;
}
