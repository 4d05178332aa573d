// The prose of a document, block by block, with everything that is not prose blanked out.
//
// Each block keeps its exact source text with code, HTML, URLs and Markdown punctuation
// replaced by spaces (inline code by "x"s, so a sentence keeps its object). Offsets in the
// masked text are offsets in the source, so findings map back without any position table,
// and identical blocks can share cached analysis wherever they move in the document.
import type { Code, Nodes, Root } from 'mdast';
import { detached, endOffset, startOffset } from '../text';
import { BlockMemo } from './blockMemo';
import { indentedCodeIsProse, inlineCodeIsProse } from './proseInCode';

export interface ProseBlock {
  /** Offset of the block in the document. */
  start: number;
  /** Source text of the block with non-prose blanked; same length as the source slice. */
  masked: string;
  /** `code`: an indented code block that reads as prose (proseInCode.ts): read, but never edited by --fix. */
  kind: 'paragraph' | 'heading' | 'tableCell' | 'code';
}

type Comments = { start: number; end: number; value: string }[];

/** A top-level block's prose blocks and comments. */
interface BlockProse {
  blocks: ProseBlock[];
  comments: Comments;
}

/** Masked once per block: a block moved by typing above it keeps its masked text, the very string the prose analyzer cached its analysis by. */
const proseOfBlock = new BlockMemo<BlockProse>(({ blocks, comments }, delta) => ({
  blocks: blocks.map((block) => ({ ...block, start: block.start + delta })),
  comments: comments.map((comment) => ({ ...comment, start: comment.start + delta, end: comment.end + delta })),
}));

export function extractProseBlocks(tree: Root, text: string, comments: Comments): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const child of tree.children) {
    const prose = proseOfBlock.get(child, () => proseOf(child, text));
    blocks.push(...prose.blocks);
    comments.push(...prose.comments);
  }
  return blocks;
}

function proseOf(node: Nodes, text: string): BlockProse {
  const blocks: ProseBlock[] = [];
  const comments: Comments = [];
  walk(node);
  // Kept past this version (blockMemo.ts): built from slices of the document, a masked text would keep that whole version alive.
  for (const block of blocks) block.masked = detached(block.masked);
  return { blocks, comments };

  function walk(node: Nodes): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        blocks.push(maskBlock(node, text, comments));
        return;
      case 'html':
        collectComments(node.value, startOffset(node), comments);
        return;
      case 'code':
        if (isIndented(node, text) && indentedCodeIsProse(node.value)) blocks.push(codeBlock(node, text));
        return;
      case 'yaml':
      case 'definition':
      case 'math' as string:
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes);
    }
  }
}

function maskBlock(block: Nodes & { type: ProseBlock['kind'] }, text: string, comments: Comments): ProseBlock {
  const start = startOffset(block);
  const end = endOffset(block);
  // Revealed spans in order, as [from, to, fill]; everything else is blanked. Building the string
  // from slices (rather than an array of characters) keeps a keystroke's garbage small.
  const spans: [number, number, string | undefined][] = [];
  reveal(block);
  let masked = '';
  let cursor = start;
  for (const [from, to, fill] of spans) {
    if (from < cursor) continue;
    masked += blank(text.slice(cursor, from));
    masked += fill === undefined ? text.slice(from, to) : text.slice(from, to).replace(/[^\r\n]/g, fill);
    cursor = to;
  }
  masked += blank(text.slice(cursor, end));
  return { start, masked, kind: block.type };

  function reveal(node: Nodes): void {
    switch (node.type) {
      case 'text':
        spans.push([startOffset(node), endOffset(node), undefined]);
        return;
      case 'inlineCode':
        // `Some intern did this` is a sentence in backticks; `nginx -t` is code, read as a noun.
        if (inlineCodeIsProse(node.value)) spans.push([startOffset(node) + 1, endOffset(node) - 1, undefined]);
        else spans.push([startOffset(node), endOffset(node), 'x']);
        return;
      case 'html':
        collectComments(node.value, startOffset(node), comments);
        return;
      case 'link':
        // Autolinks and bare URLs show the URL as their text: not prose.
        if (node.children.length === 1 && node.children[0]!.type === 'text' && looksLikeUrl(node.children[0]!.value)) return;
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) reveal(child as Nodes);
  }
}

/** Whether a code block is indented rather than fenced: only indented ones are prose written by accident. */
function isIndented(node: Code, text: string): boolean {
  return !/^[ \t]*(?:```|~~~)/.test(text.slice(startOffset(node), startOffset(node) + 40)) && node.lang == null;
}

/** An indented block read as prose: its source as it is, which is its text with the indentation. */
function codeBlock(node: Code, text: string): ProseBlock {
  const start = startOffset(node);
  return { start, masked: text.slice(start, endOffset(node)), kind: 'code' };
}

/** Spaces in place of every character but line breaks, so sentences and positions stay where they are. */
function blank(source: string): string {
  return source.replace(/[^\r\n]/g, ' ');
}

function looksLikeUrl(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|www\.|[^\s@]+@[^\s@]+\.)/i.test(value);
}

function collectComments(html: string, offset: number, comments: Comments): void {
  const pattern = /<!--([\s\S]*?)-->/g;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    comments.push({ start: offset + match.index, end: offset + match.index + match[0].length, value: match[1]!.trim() });
  }
}
