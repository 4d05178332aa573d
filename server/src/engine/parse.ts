// Markdown → mdast, with GFM (tables, task lists, literal autolinks) and YAML front matter.
//
// Parsing is the largest cost of an analysis, and a keystroke changes one block. So a document is
// cut into chunks at places where Markdown cannot carry state across (a heading at the start of
// a line, or a plain paragraph after a blank line, outside code fences and multi-line HTML), each
// chunk is parsed once and cached by its text, and the chunk trees are shifted into place.
// Link and footnote definitions apply to the whole document, so each chunk is parsed with the
// document's definitions appended (the last one, if it ends in an open block that would swallow
// them, with them put first), and what they produce outside the chunk is dropped. Only a parse
// knows which lines are definitions (not code, HTML or paragraph text), so the chunks are parsed
// with the definitions the text seems to have and parsed again if their trees hold others.
import type { Parent, Root, RootContent } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node, Position } from 'unist';
import { AnalysisInterrupted, type ShouldStop } from './interruption';
import { detached } from './text';

/**
 * remark-gfm less literal autolinks ("www.example.com" written bare): the same extensions in the
 * same order. Literal autolinks are GFM's costliest construct, a third of the whole parse, as the
 * e-mail form is tried at every letter; text without "www", "http" or "@" cannot hold one.
 */
function remarkGfmWithoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const MAY_HAVE_LITERAL_AUTOLINK = /www|http|@/i;

/** Indexed by [may have literal autolinks][has front matter]. */
const PROCESSORS = [remarkGfmWithoutLiteralAutolinks, remarkGfm].map((gfm) => [
  unified().use(remarkParse).use(gfm).freeze(),
  unified().use(remarkParse).use(gfm).use(remarkFrontmatter, ['yaml']).freeze(),
]);

export function parseMarkdown(text: string): Root {
  // A first-line "---" that no later line closes makes remark-frontmatter (micromark-extension-frontmatter
  // 2.0.0) keep every list in the document from starting. Without its closing line it is no front
  // matter anyway: the "---" is a thematic break, as GitHub shows it.
  const frontMatter = frontMatterEnd(text) !== undefined;
  return PROCESSORS[Number(MAY_HAVE_LITERAL_AUTOLINK.test(text))]![Number(frontMatter)]!.parse(text);
}

// Front matter as micromark-extension-frontmatter reads it: a first line "---" (after a byte-order
// mark, which micromark drops) and the next line that is "---", each with only spaces or tabs after it.
const FRONT_MATTER_OPEN = /^\ufeff?---[ \t]*(\r\n|\r|\n)/;
const FRONT_MATTER_CLOSE = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;

/** The offset just past the line that closes the text's front matter, or undefined if it has none. */
export function frontMatterEnd(text: string): number | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  // Search from the opening line's own line ending: the closing line may be the very next one.
  FRONT_MATTER_CLOSE.lastIndex = open[0].length - open[1]!.length;
  const close = FRONT_MATTER_CLOSE.exec(text);
  return close ? close.index + close[0].length : undefined;
}

/** Chunks smaller than this many lines are merged with the next one: fewer, cheaper parses. */
const MIN_CHUNK_LINES = 24;
/** The label of what looks like a definition: one at the top level, outside code, HTML and paragraphs, is one. */
const DEFINITION_LABEL = /^ {0,3}\[([^\]\n]+)\]:/gm;

export interface ParseOptions {
  /** Asked after each chunk parsed or placed anew; see interruption.ts. */
  shouldStop?: ShouldStop;
  /**
   * The document the text is a version of (its URI). The parser keeps the chunks of each
   * document's latest version and drops the chunks no document uses any more, so memory follows
   * the open documents, not the edits made to them. Texts without one count as one document.
   */
  document?: string;
}

/** A chunk's nodes as last placed in a document: at this line and offset. */
interface Placement {
  line: number;
  offset: number;
  nodes: RootContent[];
  /** The definitions among the nodes, each as a line that defines its label (see definitionsAmong). */
  definitions: string[];
}

/** A parse of a text chunk by chunk, with the given definitions; where it stopped when interrupted. */
interface ChunkedParse {
  text: string;
  chunks: Chunk[];
  /** The definitions the text seemed to have (definitionsText of its DEFINITION_LABEL lines). */
  seeming: string;
  /** The definitions appended to each chunk. */
  definitions: string;
  children: RootContent[];
  /** The definitions the chunks placed so far hold. */
  found: string[];
  line: number;
  next: number;
  used: Set<string>;
}

export class IncrementalParser {
  /**
   * Each chunk's nodes, by its text (with the document's definitions). Typing in one chunk
   * leaves every chunk before it where it was, and those are reused without copying; a chunk
   * that moved is copied from where it was, not parsed again.
   */
  private readonly placed = new Map<string, Placement>();
  /** The chunks each document's latest parse used. */
  private readonly chunksOf = new Map<string, Set<string>>();
  /** How many documents' latest parse used each chunk. */
  private readonly users = new Map<string, number>();
  /**
   * Each document's definitions at its last parse: those its text seemed to have and those its
   * chunks held. While the first stay the same, the second are the better guess (the text may
   * show a definition in a code block, say, or hide one in a quote): the chunks are parsed once.
   */
  private readonly definitionsOf = new Map<string, { seeming: string; found: string }>();
  /**
   * Where the last interrupted parse stopped, so that parsing that text again goes on from there
   * without cutting it into chunks again (the cut alone takes longer than a slice of a 10 MB
   * document). Kept until that text is parsed to the end or another parse is interrupted.
   */
  private interrupted: ChunkedParse | undefined;

  parse(text: string, options: ParseOptions = {}): Root {
    const used = new Set<string>();
    const document = options.document ?? '';
    const tree = this.parseText(text, document, options.shouldStop, used);
    this.retain(document, used);
    return tree;
  }

  /** How many chunks the parser keeps. */
  get keptChunks(): number {
    return this.placed.size;
  }

  /** Drops what the parser keeps for a document (closed, say). */
  forget(document: string): void {
    this.retain(document, new Set());
    this.chunksOf.delete(document);
    this.definitionsOf.delete(document);
  }

  private parseText(text: string, document: string, shouldStop: ShouldStop | undefined, used: Set<string>): Root {
    if (text.charCodeAt(0) !== 0xfeff) return this.parseWithoutBom(text, document, shouldStop, used);
    // micromark drops a byte-order mark and counts offsets without it; count them in the text we were given.
    // It drops only the first, so a second one is text; taken off the first, it would be dropped
    // too: such a text is parsed whole, as given.
    const rest = text.slice(1);
    return afterByteOrderMark(rest.charCodeAt(0) === 0xfeff ? parseMarkdown(text) : this.parseWithoutBom(rest, document, shouldStop, used));
  }

  private parseWithoutBom(text: string, document: string, shouldStop: ShouldStop | undefined, used: Set<string>): Root {
    // Lone carriage returns end lines for remark but not for the chunker's line count.
    if (/\r(?!\n)/.test(text)) return parseMarkdown(text);
    const tree = this.parseInChunks(text, document, shouldStop, used);
    if (this.interrupted?.text === text) this.interrupted = undefined;
    return tree;
  }

  private parseInChunks(text: string, document: string, shouldStop: ShouldStop | undefined, used: Set<string>): Root {
    let run = this.interrupted?.text === text ? this.interrupted : undefined;
    if (!run) {
      const chunks = splitIntoChunks(text);
      if (chunks.length <= 1) return parseMarkdown(text);
      const seeming = definitionsText(definitionsSeemingIn(text));
      const remembered = this.definitionsOf.get(document);
      run = startedParse(text, chunks, seeming, remembered?.seeming === seeming ? remembered.found : seeming);
    }
    this.placeChunks(run, shouldStop);
    const found = definitionsText(run.found);
    this.definitionsOf.set(document, { seeming: run.seeming, found });
    if (found !== run.definitions) {
      // Block structure does not depend on definitions, so the chunks hold the same ones again.
      run = startedParse(text, run.chunks, run.seeming, found);
      this.placeChunks(run, shouldStop);
    }
    for (const key of run.used) used.add(key);
    return { type: 'root', children: run.children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  }

  /** Parses or places the chunks of `run` from where it stopped; if asked to stop, keeps it in `interrupted` and throws. */
  private placeChunks(run: ChunkedParse, shouldStop: ShouldStop | undefined): void {
    for (; run.next < run.chunks.length; run.next++) {
      const chunk = run.chunks[run.next]!;
      const source = run.text.slice(chunk.start, chunk.end);
      const before = chunk.openAtEnd && run.definitions ? `${run.definitions}\n\n` : '';
      const key = run.definitions ? (before ? before + source : `${source}\n\n${run.definitions}\n`) : source;
      run.used.add(key);
      let placement = this.placed.get(key);
      if (!placement || placement.line !== run.line || placement.offset !== chunk.start) {
        if (placement) this.placed.set(key, (placement = moved(placement, run.line, chunk.start)));
        else {
          // The tree's strings are slices of the text parsed: a copy of the chunk, not the document.
          const own = detached(key);
          this.placed.set(own, (placement = parsedChunk(own, before, source.length, run.line, chunk.start)));
        }
        if (shouldStop?.()) {
          // This chunk's placement is kept: the next parse of this text takes it from there.
          this.interrupted = run;
          throw new AnalysisInterrupted();
        }
      }
      run.children.push(...placement.nodes);
      run.found.push(...placement.definitions);
      run.line += chunk.lines;
    }
  }

  private retain(document: string, used: Set<string>): void {
    const previous = this.chunksOf.get(document);
    this.chunksOf.set(document, used);
    for (const key of used) if (!previous?.has(key)) this.users.set(key, (this.users.get(key) ?? 0) + 1);
    for (const key of previous ?? []) {
      if (used.has(key)) continue;
      const count = this.users.get(key)! - 1;
      if (count > 0) this.users.set(key, count);
      else this.users.delete(key);
    }
    // Also dropped: chunks of parses that never finished (interrupted, then superseded by a new version).
    for (const key of this.placed.keys()) {
      if (!this.users.has(key) && !this.interrupted?.used.has(key)) this.placed.delete(key);
    }
  }
}

function startedParse(text: string, chunks: Chunk[], seeming: string, definitions: string): ChunkedParse {
  return { text, chunks, seeming, definitions, children: [], found: [], line: 0, next: 0, used: new Set() };
}

/**
 * A chunk parsed on its own, placed at `line` and `offset`. `key` is the chunk's `length`
 * characters with definitions after them, or `before` them: nodes outside the chunk are left out.
 */
function parsedChunk(key: string, before: string, length: number, line: number, offset: number): Placement {
  const nodes: RootContent[] = [];
  const linesBefore = before.split('\n').length - 1;
  for (const child of parseMarkdown(key).children) {
    const start = child.position?.start.offset ?? 0;
    if (start < before.length) continue;
    if (start >= before.length + length) break;
    nodes.push(shifted(child, line - linesBefore, offset - before.length));
  }
  return { line, offset, nodes, definitions: definitionsAmong(nodes) };
}

function moved(placement: Placement, line: number, offset: number): Placement {
  const nodes = placement.nodes.map((node) => shifted(node, line - placement.line, offset - placement.offset));
  return { line, offset, nodes, definitions: placement.definitions };
}

/** Where definitions may sit: at the top level, in quotes, list items and footnote definitions. */
const HOLDS_DEFINITIONS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * The definitions among `nodes`, each as a line that defines its label. That is all other chunks
 * need: a reference holds no destination. A link label gets a space first, which its identifier
 * drops, so that one starting with "^" stays a link's.
 */
function definitionsAmong(nodes: RootContent[], lines: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'definition') lines.push(`[ ${node.identifier}]: x`);
    else if (node.type === 'footnoteDefinition') lines.push(`[^${node.identifier}]: x`);
    if (HOLDS_DEFINITIONS.has(node.type)) definitionsAmong((node as Parent).children, lines);
  }
  return lines;
}

/** The definitions the text seems to have, written as definitionsAmong writes them. */
function definitionsSeemingIn(text: string): string[] {
  return Array.from(text.matchAll(DEFINITION_LABEL), ([, label]) => (label!.startsWith('^') ? `[^${identifier(label!.slice(1))}]: x` : `[ ${identifier(label!)}]: x`));
}

/** The text appended to each chunk for these definitions: a blank line apart, as a footnote's text would take in the next line. */
function definitionsText(lines: string[]): string {
  return lines.join('\n\n');
}

/** A label as mdast identifies it: micromark's normalizeIdentifier, lower-cased. */
function identifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

interface Chunk {
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
    const line = text.slice(offset, lineEnd).replace(/\r?\n$/, '');
    const canStart = state === OUTSIDE && (/^#{1,6}(?:[ \t]|$)/.test(line) || (previousBlank && /^[\p{L}|>]/u.test(line)));
    if (canStart && chunkLines >= MIN_CHUNK_LINES && offset > 0) {
      chunks.push({ start: chunkStart, end: offset, lines: chunkLines, openAtEnd: false });
      chunkStart = offset;
      chunkLines = 0;
    }
    const next = stateAfter(line, state, previousBlank);
    // Never cutting is always safe; cutting where the chunker is wrong about the blocks is not.
    if (next === UNSURE) return [{ start: 0, end: text.length, lines: text.split('\n').length - 1, openAtEnd: true }];
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
      const sameUncertainty = state.end === BLANK_LINE && inner !== UNSURE && (inner.kind === 'htmlUntilBlank' || (inner.kind === 'maybeHtml' && inner.end === BLANK_LINE));
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
const HTML_BLOCK_6 = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** A line of one complete open or closing tag (kind 7), exactly as CommonMark spells one. */
const HTML_BLOCK_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
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

/** Positions moved one character right, as they are in the text that starts with a byte-order mark. */
function afterByteOrderMark(tree: Root): Root {
  const move = <T extends Node>(node: T): T => {
    const copy = { ...node } as T & { children?: Node[] };
    if (node.position) {
      const { start, end } = node.position;
      copy.position = {
        start: { line: start.line, column: start.column + (start.line === 1 ? 1 : 0), offset: (start.offset ?? 0) + 1 },
        end: { line: end.line, column: end.column + (end.line === 1 ? 1 : 0), offset: (end.offset ?? 0) + 1 },
      };
    }
    const children = (node as { children?: Node[] }).children;
    if (children) copy.children = children.map(move);
    return copy;
  };
  const moved = move(tree);
  moved.position = { start: { line: 1, column: 1, offset: 0 }, end: moved.position!.end };
  return moved;
}

/** A copy of a chunk's node with positions moved to where the chunk sits in the document. */
function shifted<T extends Node>(node: T, lines: number, offset: number): T {
  if (lines === 0 && offset === 0) return node;
  const copy = { ...node } as T & { children?: Node[] };
  if (node.position) copy.position = shiftPosition(node.position, lines, offset);
  const children = (node as { children?: Node[] }).children;
  if (children) copy.children = children.map((child) => shifted(child, lines, offset));
  return copy;
}

function shiftPosition(position: Position, lines: number, offset: number): Position {
  return {
    start: { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset },
    end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
  };
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  const lastNewline = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return { line, column: text.length - lastNewline, offset: text.length };
}
