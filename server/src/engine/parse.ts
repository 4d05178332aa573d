// Markdown → mdast, with GFM (tables, task lists, strikethrough, footnotes, literal autolinks) and
// YAML front matter, each text parsed with only the GFM constructs it may hold.
//
// Parsing is the largest cost of an analysis, and a keystroke changes one block. So a document is
// cut into chunks at places where Markdown cannot carry state across (chunking.ts), each
// chunk is parsed once and cached by its text, and the chunk trees are shifted into place.
// Link and footnote definitions apply to the whole document, so each chunk is parsed with the
// document's definitions its references may use appended (the last one, if it ends in an open
// block that would swallow them, with them put first), and what they produce outside the chunk
// is dropped. Only a parse knows which lines are definitions (not code, HTML or paragraph text),
// so the chunks are parsed with the definitions the text seems to have and parsed again if their
// trees hold others.
import type { Parent, Root, RootContent } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node, Position } from 'unist';
import { chunksAfterEdit, rawBlockRanges, splitIntoChunks, type Chunk, type ChunkedText } from './chunking';
import { frontMatterEnd } from './frontMatter';
import { AnalysisInterrupted, type ShouldStop } from './interruption';
import { detached } from './text';

type MicromarkExtension = ReturnType<typeof gfmAutolinkLiteral>;
type FromMarkdownExtension = ReturnType<typeof gfmAutolinkLiteralFromMarkdown>;

/**
 * The GFM constructs a text may hold, as bits of a mask. A processor with only those a text may
 * hold gives the tree remark-gfm gives, for less: each construct is tried at every character
 * that can start it. So each feature test is conservative: when unsure, the feature is on.
 */
const TABLE = 1;
const STRIKETHROUGH = 2;
const TASK_LIST_ITEM = 4;
const FOOTNOTE = 8;
/** Literal autolinks that start "www." or "http": also turns on the transform that finds all kinds in text nodes. */
const WWW_AUTOLINK = 16;
const EMAIL_AUTOLINK = 32;
const FRONT_MATTER = 64;

// A table's delimiter row holds a pipe, or is a single cell with a colon (":--", "--:", ":-:"),
// which micromark-extension-gfm-table 2.1 takes for a table too.
const MAY_HAVE_TABLE = /\||(?::-|-:)[-:]*[ \t]*(?:[\r\n]|$)/;
// A check is "[", one space, tab, x or line ending, then "]". After a line ending, the next
// line's quote markers and indentation come between them in the text, not in what micromark
// reads; a wider tab is followed by virtual spaces, which do not close the check.
const MAY_HAVE_TASK_LIST_ITEM = /\[(?:[ \txX]|(?:\r\n?|\n)[ \t>]*)\]/;
// micromark finds "www." and "http" in what the text says; the transform looks in text nodes,
// where character references are decoded: "&#119;ww." or "x&commat;y.z" become links too.
const MAY_HAVE_WWW_AUTOLINK = /www|http|&#|&commat;/i;

/** The features `text` may need (see the masks above). */
function featuresOf(text: string): number {
  let features = 0;
  if (MAY_HAVE_TABLE.test(text)) features |= TABLE;
  if (text.includes('~')) features |= STRIKETHROUGH;
  if (MAY_HAVE_TASK_LIST_ITEM.test(text)) features |= TASK_LIST_ITEM;
  if (text.includes('[^')) features |= FOOTNOTE;
  // micromark's e-mail form needs an "@" in the text itself. The transform, which finds e-mails
  // too (some of them written as references), comes with the www form.
  if (text.includes('@')) features |= EMAIL_AUTOLINK | WWW_AUTOLINK;
  else if (MAY_HAVE_WWW_AUTOLINK.test(text)) features |= WWW_AUTOLINK;
  // A first-line "---" that no later line closes makes remark-frontmatter (micromark-extension-frontmatter
  // 2.0.0) keep every list in the document from starting. Without its closing line it is no front
  // matter anyway: the "---" is a thematic break, as GitHub shows it.
  if (frontMatterEnd(text) !== undefined) features |= FRONT_MATTER;
  return features;
}

/**
 * gfmAutolinkLiteral() less its e-mail form. That form is tried at every ASCII letter and digit,
 * which makes literal autolinks GFM's costliest construct; "www." and "http" are tried at w and h only.
 */
const WWW_AUTOLINK_SYNTAX: MicromarkExtension = withoutConstruct(gfmAutolinkLiteral(), 'emailAutolink');

function withoutConstruct(extension: MicromarkExtension, name: string): MicromarkExtension {
  const text: NonNullable<MicromarkExtension['text']> = {};
  for (const [code, constructs] of Object.entries(extension.text ?? {})) {
    const kept = [constructs ?? []].flat().filter((construct) => construct.name !== name);
    if (kept.length > 0) text[code] = kept;
  }
  return { ...extension, text };
}

/** Each GFM feature's syntax and tree extensions for a mask that has it, in remark-gfm's order. */
const GFM_FEATURES: { feature: number; syntax: (mask: number) => MicromarkExtension; fromMarkdown: () => FromMarkdownExtension }[] = [
  {
    feature: WWW_AUTOLINK,
    syntax: (mask) => (mask & EMAIL_AUTOLINK ? gfmAutolinkLiteral() : WWW_AUTOLINK_SYNTAX),
    fromMarkdown: gfmAutolinkLiteralFromMarkdown,
  },
  { feature: FOOTNOTE, syntax: () => gfmFootnote(), fromMarkdown: gfmFootnoteFromMarkdown },
  { feature: STRIKETHROUGH, syntax: () => gfmStrikethrough(), fromMarkdown: gfmStrikethroughFromMarkdown },
  { feature: TABLE, syntax: () => gfmTable(), fromMarkdown: gfmTableFromMarkdown },
  { feature: TASK_LIST_ITEM, syntax: () => gfmTaskListItem(), fromMarkdown: gfmTaskListItemFromMarkdown },
];

/** A plugin of the GFM extensions in `mask` (processorFor adds front matter after them). */
function gfmFeatures(mask: number) {
  return function (this: Processor): void {
    const data = this.data();
    for (const { feature, syntax, fromMarkdown } of GFM_FEATURES) {
      if (!(mask & feature)) continue;
      (data.micromarkExtensions ??= []).push(syntax(mask));
      (data.fromMarkdownExtensions ??= []).push(fromMarkdown());
    }
  };
}

/** A processor for each mask met so far: frozen, so that a parse does not build one again. */
const PROCESSORS = new Map<number, Processor<Root>>();

function processorFor(mask: number): Processor<Root> {
  let processor = PROCESSORS.get(mask);
  if (!processor) {
    const gfm = unified().use(remarkParse).use(gfmFeatures(mask));
    processor = (mask & FRONT_MATTER ? gfm.use(remarkFrontmatter, ['yaml']) : gfm).freeze();
    PROCESSORS.set(mask, processor);
  }
  return processor;
}

export function parseMarkdown(text: string): Root {
  return processorFor(featuresOf(text)).parse(text);
}

/** A large document's opening, analysed before the rest (see `openingOf`). */
export interface Opening {
  /** What to analyse: the opening, then the definitions the rest of the document seems to have. */
  text: string;
  /** Where the opening ends in the document. */
  end: number;
}

/**
 * A document's opening: its text up to the first place from `atLeast` characters on where a chunk
 * may start, so that every block in it is whole, followed by the definitions the rest of the
 * document seems to have, so that its link references resolve as in the whole document.
 * Undefined when the opening would be the whole document, or the text has lines ending in a lone
 * carriage return (the chunker reads "\n" and "\r\n" only).
 */
export function openingOf(text: string, atLeast: number): Opening | undefined {
  // Lone carriage returns end lines for remark but not for the chunker, which could cut in a block.
  if (text.length <= atLeast || LONE_CARRIAGE_RETURN.test(text)) return undefined;
  const end = splitIntoChunks(text).find((chunk) => chunk.end >= atLeast && chunk.end < text.length)?.end;
  if (end === undefined) return undefined;
  const definitions = definitionsText(definitionsSeemingIn(text.slice(end)));
  return { text: definitions ? `${text.slice(0, end)}\n\n${definitions}\n` : text.slice(0, end), end };
}

/** A line break that remark reads and the chunker does not. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/**
 * The label of what looks like a definition, after any quote and list markers: one outside code,
 * HTML and paragraphs is one.
 */
const DEFINITION_LABEL = /^ {0,3}(?:(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))[ \t]*)*\[([^\]\n]+)\]:/gm;

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
  /**
   * The chunk's text, as the caches hold it: a copy. Held as a slice of the document, it would
   * keep that whole version of the document alive for as long as the chunk stays unchanged.
   */
  key: string;
  line: number;
  offset: number;
  nodes: RootContent[];
  /** The definitions among the nodes, each as a line that defines its label (see definitionsAmong). */
  definitions: string[];
}

/** A document's last parse, with what was found for each chunk (IncrementalParser.lastOf). */
interface LastParse extends ChunkedText {
  seeming: string[][];
  /** The definitions the chunks were parsed with, and each chunk's share of them. */
  definitions: string;
  referable: string[];
  keys: string[];
}

/** The chunks of the last parse that an edit left alone: the first `kept`, and the last `keptAtEnd` (which moved by `offset` places). */
interface EarlierChunks {
  last: LastParse;
  kept: number;
  keptAtEnd: number;
  offset: number;
}

/** A parse of a text chunk by chunk, with the given definitions; where it stopped when interrupted. */
interface ChunkedParse {
  text: string;
  chunks: Chunk[];
  /** The definitions each chunk's text seems to have (definitionsSeemingIn). */
  seemingByChunk: string[][];
  /** The definitions the text seemed to have (definitionsText of its DEFINITION_LABEL lines). */
  seeming: string;
  /** The definitions appended to chunks (definitionsText), those a chunk's references may use. */
  definitions: string;
  /** Each of `definitions` with its label as definitionsReferableIn compares it. */
  referable: ReferableDefinition[];
  /** The chunks of the version parsed before that the edit left alone. */
  earlier: EarlierChunks | undefined;
  /** Each chunk's key in `placed`, and the definitions appended to it, as placed so far. */
  keys: string[];
  referableByChunk: string[];
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
  /**
   * Per document, its last parse: its text and chunks, with what was found for each chunk. The
   * next version's chunks are found from these (chunksAfterEdit), and a chunk the edit left alone
   * keeps its answers by index: a keystroke reads and hashes the text of its own chunk, not the
   * document's. Holds that version's text, which the editor holds too until the next keystroke.
   */
  private readonly lastOf = new Map<string, LastParse>();

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
    this.lastOf.delete(document);
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
    if (LONE_CARRIAGE_RETURN.test(text)) return parseMarkdown(text);
    const tree = this.parseInChunks(text, document, shouldStop, used);
    if (this.interrupted?.text === text) this.interrupted = undefined;
    return tree;
  }

  private parseInChunks(text: string, document: string, shouldStop: ShouldStop | undefined, used: Set<string>): Root {
    let run = this.interrupted?.text === text ? this.interrupted : undefined;
    if (!run) {
      const last = this.lastOf.get(document);
      const { chunks, kept, keptAtEnd } = last ? chunksAfterEdit(text, last) : { chunks: splitIntoChunks(text), kept: 0, keptAtEnd: 0 };
      if (chunks.length <= 1) return parseMarkdown(text);
      const earlier = last ? { last, kept, keptAtEnd, offset: chunks.length - last.chunks.length } : undefined;
      const seemingByChunk = chunks.map((chunk, index) => {
        const before = earlierIndex(earlier, index, chunks.length);
        return before >= 0 ? earlier!.last.seeming[before]! : definitionsSeemingIn(text.slice(chunk.start, chunk.end));
      });
      const seeming = definitionsText(seemingByChunk.flat());
      const remembered = this.definitionsOf.get(document);
      run = startedParse(text, chunks, seemingByChunk, seeming, remembered?.seeming === seeming ? remembered.found : seeming, earlier);
    }
    this.placeChunks(run, document, shouldStop);
    const found = definitionsText(run.found);
    this.definitionsOf.set(document, { seeming: run.seeming, found });
    if (found !== run.definitions) {
      // Block structure does not depend on definitions, so the chunks hold the same ones again.
      run = startedParse(text, run.chunks, run.seemingByChunk, run.seeming, found, run.earlier);
      this.placeChunks(run, document, shouldStop);
    }
    this.lastOf.set(document, {
      text,
      chunks: run.chunks,
      seeming: run.seemingByChunk,
      definitions: run.definitions,
      referable: run.referableByChunk,
      keys: run.keys,
    });
    for (const key of run.used) used.add(key);
    return { type: 'root', children: run.children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  }

  /** Parses or places the chunks of `run` from where it stopped; if asked to stop, keeps it in `interrupted` and throws. */
  private placeChunks(run: ChunkedParse, document: string, shouldStop: ShouldStop | undefined): void {
    // A chunk the edit left alone, parsed with the same definitions, has the same key: taken by index, its text is not read.
    const earlier = run.earlier?.last.definitions === run.definitions ? run.earlier : undefined;
    for (; run.next < run.chunks.length; run.next++) {
      const chunk = run.chunks[run.next]!;
      const before = earlierIndex(earlier, run.next, run.chunks.length);
      let key: string;
      let definitions: string;
      if (before >= 0) {
        key = earlier!.last.keys[before]!;
        definitions = earlier!.last.referable[before]!;
      } else {
        const source = run.text.slice(chunk.start, chunk.end);
        definitions = run.referable.length > 0 ? definitionsReferableIn(source, run.referable) : '';
        key = definitions ? (chunk.openAtEnd ? `${definitions}\n\n${source}` : `${source}\n\n${definitions}\n`) : source;
      }
      let placement = this.placed.get(key);
      const placedAnew = !placement || placement.line !== run.line || placement.offset !== chunk.start;
      if (!placement) {
        // The tree's strings are slices of the text parsed: a copy of the chunk, not the document.
        const prepended = chunk.openAtEnd && definitions ? `${definitions}\n\n` : '';
        placement = parsedChunk(detached(key), prepended, chunk.end - chunk.start, run.line, chunk.start);
        this.placed.set(placement.key, placement);
      } else if (placedAnew) {
        placement = this.ownsAlone(document, placement.key, run)
          ? movedInPlace(placement, run.line, chunk.start)
          : moved(placement, run.line, chunk.start);
        this.placed.set(placement.key, placement);
      }
      run.used.add(placement.key);
      run.keys[run.next] = placement.key;
      run.referableByChunk[run.next] = definitions;
      if (placedAnew && shouldStop?.()) {
        // This chunk's placement is kept: the next parse of this text takes it from there.
        this.interrupted = run;
        throw new AnalysisInterrupted();
      }
      run.children.push(...placement.nodes);
      run.found.push(...placement.definitions);
      run.line += chunk.lines;
    }
  }

  /**
   * Whether the chunk `key` is in no tree but the one this parse of `document` replaces: no other
   * document's, not twice in this one, not in an interrupted parse. Such a chunk's nodes can be
   * moved where they are (movedInPlace) instead of copied: typing above a chunk moves it on every
   * keystroke, and copying every tree after the edit was most of a keystroke's garbage.
   */
  private ownsAlone(document: string, key: string, run: ChunkedParse): boolean {
    return (
      this.users.get(key) === 1 && this.chunksOf.get(document)?.has(key) === true && !run.used.has(key) && !this.interrupted?.used.has(key)
    );
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

function startedParse(
  text: string,
  chunks: Chunk[],
  seemingByChunk: string[][],
  seeming: string,
  definitions: string,
  earlier: EarlierChunks | undefined,
): ChunkedParse {
  return {
    text,
    chunks,
    seemingByChunk,
    seeming,
    definitions,
    referable: referableDefinitions(definitions),
    earlier,
    keys: [],
    referableByChunk: [],
    children: [],
    found: [],
    line: 0,
    next: 0,
    used: new Set(),
  };
}

/** The index among the earlier version's chunks of chunk `index` (of `count`), if the edit left it alone; else -1. */
function earlierIndex(earlier: EarlierChunks | undefined, index: number, count: number): number {
  if (!earlier) return -1;
  if (index < earlier.kept) return index;
  if (index >= count - earlier.keptAtEnd) return index - earlier.offset;
  return -1;
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
    const node = shifted(child, line - linesBefore, offset - before.length);
    identities.set(node, {});
    nodes.push(node);
  }
  return { key, line, offset, nodes, definitions: definitionsAmong(nodes) };
}

function moved(placement: Placement, line: number, offset: number): Placement {
  const nodes = placement.nodes.map((node) => {
    const copy = shifted(node, line - placement.line, offset - placement.offset);
    identities.set(copy, blockIdentity(node));
    return copy;
  });
  return { key: placement.key, line, offset, nodes, definitions: placement.definitions };
}

/**
 * The chunk's nodes given their new place themselves: their points are changed where they are,
 * as no two nodes share one (mdast-util-from-markdown makes each point anew, and so do `shifted`
 * and `moved`). Only for a chunk in no tree that is still in use (IncrementalParser.ownsAlone):
 * the tree of the version before no longer is.
 */
function movedInPlace(placement: Placement, line: number, offset: number): Placement {
  const lines = line - placement.line;
  const delta = offset - placement.offset;
  const move = (node: Node): void => {
    const position = node.position;
    if (position) {
      position.start.line += lines;
      position.start.offset = (position.start.offset ?? 0) + delta;
      position.end.line += lines;
      position.end.offset = (position.end.offset ?? 0) + delta;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (const child of children) move(child);
  };
  for (const node of placement.nodes) move(node);
  return { ...placement, line, offset };
}

/**
 * Each top-level node's identity: one object for the node as parsed and for every copy of it that
 * `moved` makes. What is worked out per top-level block (model/blockMemo.ts) is kept by identity,
 * so a block is not read again because text was typed above it. A token, not the node first
 * parsed: that would keep the old tree alive beside its copy.
 */
const identities = new WeakMap<RootContent, object>();

/** The identity of a top-level node of a parsed tree; see `identities`. Nodes parsed whole (not in chunks) are their own. */
export function blockIdentity(node: RootContent): object {
  return identities.get(node) ?? node;
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

/**
 * The definitions the text (from a place where a chunk may start) seems to have, written as
 * definitionsAmong writes them: its DEFINITION_LABEL lines, but those in fenced code or HTML
 * blocks the chunker is sure of, where they define nothing (a runbook's code block may hold one).
 */
function definitionsSeemingIn(text: string): string[] {
  const labels = Array.from(text.matchAll(DEFINITION_LABEL));
  if (labels.length === 0) return [];
  const raw = rawBlockRanges(text);
  return labels
    .filter(({ index }) => !raw.some(({ start, end }) => index >= start && index < end))
    .map(([, label]) => (label!.startsWith('^') ? `[^${identifier(label!.slice(1))}]: x` : `[ ${identifier(label!)}]: x`));
}

/** The text appended to each chunk for these definitions: a blank line apart, as a footnote's text would take in the next line. */
function definitionsText(lines: string[]): string {
  return lines.join('\n\n');
}

interface ReferableDefinition {
  line: string;
  skeleton: string;
}

/** The lines of definitionsText, each with its label's skeleton: made once per parse, asked of every chunk. */
function referableDefinitions(definitions: string): ReferableDefinition[] {
  if (!definitions) return [];
  // "[ label]: x" or "[^label]: x": the footnote's "^" is part of what a reference writes.
  return definitions.split('\n\n').map((line) => ({ line, skeleton: labelSkeleton(line.slice(1, -4)) }));
}

/**
 * Of the definitions appended to chunks, those a reference in `source` may use, as definitionsText
 * writes them. A definition changes nothing but the references to its label, and each one appended
 * is parsed with every chunk: four took a sixth more time than the chunks alone. A reference's
 * label is in the chunk's text, with white space and, over lines of a quote, ">" markers between
 * its words, so the test compares the two without those, in one case.
 */
function definitionsReferableIn(source: string, definitions: ReferableDefinition[]): string {
  const text = labelSkeleton(source);
  return definitionsText(definitions.filter(({ skeleton }) => text.includes(skeleton)).map(({ line }) => line));
}

function labelSkeleton(text: string): string {
  return text
    .toLowerCase()
    .toUpperCase()
    .replace(/[\s>]+/g, '');
}

/** A label as mdast identifies it: micromark's normalizeIdentifier, lower-cased. */
function identifier(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
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

/** Where a text without lone carriage returns ends (those are parsed whole; see parseWithoutBom). */
function endPoint(text: string): { line: number; column: number; offset: number } {
  const lastNewline = text.lastIndexOf('\n');
  let line = 1;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) line++;
  return { line, column: text.length - lastNewline, offset: text.length };
}
