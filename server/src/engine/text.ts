// Small text helpers shared by the model builders and the rules.
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Plain text of a node, as a reader sees it. */
export function plainText(node: Nodes): string {
  return toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * A heading or field name reduced to what matters for matching: lower case, no numbering
 * ("1.", "2.3", "IV."), no emoji, punctuation or markup, single spaces.
 */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+)[.)]?\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * The index of the first top-level node that starts after `offset` (they are in document order),
 * by bisection: callers ask once per section or finding, and a 10 MB document has 100,000 nodes.
 */
export function firstNodeAfter(tree: Root, offset: number): number {
  let low = 0;
  let high = tree.children.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (startOffset(tree.children[middle]!) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** End of the first line of `text.slice(start, end)`, as an offset (or `end` for one line). */
export function firstLineEnd(text: string, start: number, end: number): number {
  const newline = text.slice(start, end).search(/\r?\n|\r/);
  return newline < 0 ? end : start + newline;
}

/**
 * A copy of `text` that refers to no longer string. V8 makes a slice a view of the whole string,
 * so a slice kept in a cache keeps the whole document it came from alive: every version of it.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
