// The prose of a document, block by block, with everything that is not prose blanked out.
//
// Each block keeps its exact source text with code, HTML, URLs and Markdown punctuation
// replaced by spaces (inline code by "x"s, so a sentence keeps its object). Offsets in the
// masked text are offsets in the source, so findings map back without any position table,
// and identical blocks can share cached analysis wherever they move in the document.
import type { Nodes, Root } from 'mdast';
import { endOffset, startOffset } from '../text';

export interface ProseBlock {
  /** Offset of the block in the document. */
  start: number;
  /** Source text of the block with non-prose blanked; same length as the source slice. */
  masked: string;
  kind: 'paragraph' | 'heading' | 'tableCell';
}

type Comments = { start: number; end: number; value: string }[];

export function extractProseBlocks(tree: Root, text: string, comments: Comments): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  walk(tree);
  return blocks;

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
  const source = text.slice(start, endOffset(block));
  const chars = new Array<string>(source.length);
  // Start blank, keeping line breaks so sentences and positions stay where they are.
  for (let i = 0; i < source.length; i++) chars[i] = source[i] === '\n' || source[i] === '\r' ? source[i]! : ' ';
  reveal(block);
  return { start, masked: chars.join(''), kind: block.type };

  function copy(node: Nodes, fill?: string): void {
    const from = startOffset(node) - start;
    const to = endOffset(node) - start;
    for (let i = Math.max(from, 0); i < Math.min(to, chars.length); i++) {
      if (chars[i] === '\n' || chars[i] === '\r') continue;
      chars[i] = fill ?? source[i]!;
    }
  }

  function reveal(node: Nodes): void {
    switch (node.type) {
      case 'text':
        copy(node);
        return;
      case 'inlineCode':
        copy(node, 'x');
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

function looksLikeUrl(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|www\.|[^\s@]+@[^\s@]+\.)/i.test(value);
}

function collectComments(html: string, offset: number, comments: Comments): void {
  const pattern = /<!--([\s\S]*?)-->/g;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    comments.push({ start: offset + match.index, end: offset + match.index + match[0].length, value: match[1]!.trim() });
  }
}
