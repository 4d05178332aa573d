// Where a Markdown document may be cut into chunks that parse alone exactly as they parse in the
// whole (parse.ts): a heading at the start of a line, or a plain paragraph after a blank line,
// outside code fences, HTML blocks and front matter. The chunker reads line by line and tracks
// only what could carry state across such a line; where it cannot tell, it does not cut.
import { frontMatterEnd } from './frontMatter';

/** Chunks smaller than this many lines are merged with the next one: fewer, cheaper parses. */
const MIN_CHUNK_LINES = 24;

export interface Chunk {
  start: number;
  end: number;
  lines: number;
  /** The chunk ends inside a code fence or HTML block (only the last one can). */
  openAtEnd: boolean;
}

/** Offsets where a new chunk may start; see the file comment for why these places are safe. */
export function splitIntoChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLines = 0;
  let state: BlockState = OUTSIDE;
  let previousBlank = true;
  let offset = 0;
  // Front matter runs from a first line "---" to the next "---" line, whatever is between. (Left
  // unclosed, the "---" is a thematic break: parseMarkdown reads no front matter then.)
  const frontMatter = frontMatterEnd(text);
  if (frontMatter !== undefined) {
    offset = frontMatter;
    chunkLines = text.slice(0, offset).split('\n').length - 1;
  }
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    // The line without its line ending ("\n" or "\r\n"): sliced once, as each keystroke reads every line.
    const line = text.slice(
      offset,
      newline < 0 ? text.length : text.charCodeAt(newline - 1) === 13 && newline > offset ? newline - 1 : newline,
    );
    const canStart = state === OUTSIDE && (/^#{1,6}(?:[ \t]|$)/.test(line) || (previousBlank && /^[\p{L}|>]/u.test(line)));
    if (canStart && chunkLines >= MIN_CHUNK_LINES && offset > 0) {
      chunks.push({ start: chunkStart, end: offset, lines: chunkLines, openAtEnd: false });
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
    offset = lineEnd;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, end: text.length, lines: chunkLines, openAtEnd: state !== OUTSIDE });
  }
  return chunks;
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
