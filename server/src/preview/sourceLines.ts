// `data-line` on every block of the rendered document: the 0-based source line it starts on. The
// webview uses it both ways: a click on a block reveals that line in the editor, and scrolling the
// editor scrolls the preview to the block of its first visible line.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'pre',
  'blockquote',
  'hr',
  'div',
  'table',
  'dt',
  'dd',
  'details',
  'section',
]);

export interface SourceBlock {
  element: Element;
  start: number;
  end: number;
}

/** Sets `data-line` on the blocks that carry a source position; returns them in document order. */
export function markSourceLines(tree: Root): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  visit(tree, 'element', (element) => {
    const position = element.position;
    if (!BLOCKS.has(element.tagName) || position?.start.offset === undefined || position.end.offset === undefined) return;
    element.properties.dataLine = position.start.line - 1;
    blocks.push({ element, start: position.start.offset, end: position.end.offset });
  });
  return blocks;
}
