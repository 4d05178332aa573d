// Markdown → mdast, with GFM (tables, task lists, literal autolinks) and YAML front matter.
//
// Parsing is the largest cost of an analysis, and a keystroke changes one block. So a document is
// cut into chunks at places where Markdown cannot carry state across (a heading at the start of
// a line, or a plain paragraph after a blank line, outside code fences and multi-line HTML), each
// chunk is parsed once and cached by its text, and the chunk trees are shifted into place.
// Link and footnote definitions apply to the whole document, so each chunk is parsed with the
// document's definitions appended, and what they produce past the chunk is dropped.
import type { Root, RootContent } from 'mdast';
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
// A definition: label, destination (maybe on the next line) and an optional title (maybe on the line after).
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(?:\r?\n[ \t]*)?\S.*(?:\r?\n[ \t]*(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\))[ \t]*$)?/gm;

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
   * Where the last interrupted parse stopped, so that parsing that text again goes on from there
   * without cutting it into chunks again (the cut alone takes longer than a slice of a 10 MB
   * document). Kept until that text is parsed to the end or another parse is interrupted.
   */
  private interrupted: { text: string; chunks: Chunk[]; definitions: string; children: RootContent[]; line: number; next: number; used: Set<string> } | undefined;

  parse(text: string, options: ParseOptions = {}): Root {
    const used = new Set<string>();
    const tree = this.parseText(text, options.shouldStop, used);
    this.retain(options.document ?? '', used);
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
  }

  private parseText(text: string, shouldStop: ShouldStop | undefined, used: Set<string>): Root {
    if (text.charCodeAt(0) !== 0xfeff) return this.parseWithoutBom(text, shouldStop, used);
    // micromark drops a byte-order mark and counts offsets without it; count them in the text we were given.
    // It drops only the first, so a second one is text; taken off the first, it would be dropped
    // too: such a text is parsed whole, as given.
    const rest = text.slice(1);
    return afterByteOrderMark(rest.charCodeAt(0) === 0xfeff ? parseMarkdown(text) : this.parseWithoutBom(rest, shouldStop, used));
  }

  private parseWithoutBom(text: string, shouldStop: ShouldStop | undefined, used: Set<string>): Root {
    // Lone carriage returns end lines for remark but not for the chunker's line count.
    if (/\r(?!\n)/.test(text)) return parseMarkdown(text);
    const resumed = this.interrupted?.text === text ? this.interrupted : undefined;
    const chunks = resumed?.chunks ?? splitIntoChunks(text);
    if (chunks.length <= 1) return parseMarkdown(text);
    const definitions = resumed?.definitions ?? text.match(DEFINITION)?.join('\n') ?? '';
    const children: RootContent[] = resumed?.children ?? [];
    for (const key of resumed?.used ?? []) used.add(key);
    let line = resumed?.line ?? 0;
    for (let index = resumed?.next ?? 0; index < chunks.length; index++) {
      const chunk = chunks[index]!;
      const source = text.slice(chunk.start, chunk.end);
      const key = definitions && !chunk.openAtEnd ? `${source}\n\n${definitions}\n` : source;
      used.add(key);
      let placement = this.placed.get(key);
      if (!placement || placement.line !== line || placement.offset !== chunk.start) {
        if (placement) this.placed.set(key, (placement = moved(placement, line, chunk.start)));
        else {
          // The tree's strings are slices of the text parsed: a copy of the chunk, not the document.
          const own = detached(key);
          this.placed.set(own, (placement = parsedChunk(own, source.length, line, chunk.start)));
        }
        if (shouldStop?.()) {
          // This chunk's placement is kept: the next parse of this text takes it from there.
          this.interrupted = { text, chunks, definitions, children, line, next: index, used };
          throw new AnalysisInterrupted();
        }
      }
      children.push(...placement.nodes);
      line += chunk.lines;
    }
    if (resumed) this.interrupted = undefined;
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
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

/** A chunk parsed on its own, placed at `line` and `offset`; nodes past `length` (the appended definitions) are left out. */
function parsedChunk(key: string, length: number, line: number, offset: number): Placement {
  const nodes: RootContent[] = [];
  for (const child of parseMarkdown(key).children) {
    if ((child.position?.start.offset ?? 0) >= length) break;
    nodes.push(shifted(child, line, offset));
  }
  return { line, offset, nodes };
}

function moved(placement: Placement, line: number, offset: number): Placement {
  return { line, offset, nodes: placement.nodes.map((node) => shifted(node, line - placement.line, offset - placement.offset)) };
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
  /** A fenced code block, opened by this run of ``` or ~~~. */
  | { readonly kind: 'fence'; readonly fence: string }
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
    case 'html':
      return state.end.test(line) ? OUTSIDE : state;
    case 'htmlUntilBlank':
      return BLANK_LINE.test(line) ? OUTSIDE : state;
    case 'maybeHtml': {
      const inner = opened(line, previousBlank);
      // Another line that may be HTML up to the next blank line leaves the same uncertainty.
      const sameUncertainty = state.end === BLANK_LINE && (inner.kind === 'htmlUntilBlank' || (inner.kind === 'maybeHtml' && inner.end === BLANK_LINE));
      if (inner !== OUTSIDE && !sameUncertainty) return UNSURE;
      return state.end.test(line) ? OUTSIDE : state;
    }
  }
}

function closesFence(line: string, fence: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return close !== null && close[1]![0] === fence[0] && close[1]!.length >= fence.length;
}

// Fences and HTML may sit inside list items and quotes, so look past any indentation and markers.
// Each run of white space belongs to exactly one [ \t]*, so a line of many markers is read in
// linear time. A list marker needs white space after it ("-~~~" is paragraph text); a quote marker does not.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t])|>))*[ \t]*/;
const FENCE_RUN = /`{3,}|~{3,}/y;

/** The block `line` opens, read outside any. */
function opened(line: string, previousBlank: boolean): BlockState {
  const start = CONTAINER_PREFIX.exec(line)![0].length;
  FENCE_RUN.lastIndex = start;
  const fence = FENCE_RUN.exec(line)?.[0];
  // An info string after backticks may not contain a backtick: "```a`" is inline code.
  if (fence) return fence[0] === '`' && line.includes('`', start + fence.length) ? OUTSIDE : { kind: 'fence', fence };
  if (line.charCodeAt(start) === 0x3c) return openedHtml(line.slice(start), start === 0, previousBlank); // "<"
  return OUTSIDE;
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
