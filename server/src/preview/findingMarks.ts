// Findings shown where they are: the words a finding covers are wrapped in
// <mark class="finding finding-warning" title="message">, so that blaming wording is underlined
// in the rendered text and its message appears on hover. A finding that covers no rendered text
// (an empty table cell, a code block) marks the block it starts in instead.
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { Finding, Severity } from '../engine';
import type { SourceBlock } from './sourceLines';

interface PlacedText {
  node: Text;
  parent: Element | Root;
  start: number;
  end: number;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Marks each finding (except missing sections, which get placeholders) in the rendered tree. */
export function markFindings(tree: Root, findings: Finding[], text: string, blocks: SourceBlock[]): void {
  const texts = placedTexts(tree);
  const blocksByStart = new Map<number, SourceBlock[]>();
  for (const block of blocks) blocksByStart.set(block.start, [...(blocksByStart.get(block.start) ?? []), block]);
  const byText = new Map<PlacedText, Finding[]>();
  for (const finding of findings) {
    if (finding.ruleId === 'missing-section') continue;
    const start = finding.range.start.offset;
    const end = finding.range.end.offset;
    // A finding about a whole block (an action item's table row) marks the block, not each cell.
    const whole = blocksByStart.get(start)?.find((block) => block.end <= end);
    if (whole) {
      annotateBlock(whole, finding);
      continue;
    }
    let covered = false;
    for (let i = firstEndingAfter(texts, start); i < texts.length && texts[i]!.start < Math.max(end, start + 1); i++) {
      const placed = texts[i]!;
      if (placed.end <= start) continue;
      byText.set(placed, [...(byText.get(placed) ?? []), finding]);
      covered = true;
    }
    if (!covered) markBlock(blocks, finding);
  }
  for (const [placed, covering] of byText)
    placed.parent.children.splice(placed.parent.children.indexOf(placed.node), 1, ...segments(placed, covering, text));
}

/** Text nodes that carry a source position, sorted by where they start. */
function placedTexts(tree: Root): PlacedText[] {
  const texts: PlacedText[] = [];
  visit(tree, 'text', (node, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || start === undefined || end === undefined || end <= start) return;
    texts.push({ node, parent, start, end });
  });
  return texts.sort((a, b) => a.start - b.start);
}

/** Index of the first text that ends after `offset` (texts do not overlap). */
function firstEndingAfter(texts: PlacedText[], offset: number): number {
  let low = 0;
  let high = texts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (texts[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The text node cut at finding boundaries, the covered pieces wrapped in marks. */
function segments(placed: PlacedText, covering: Finding[], text: string): ElementContent[] {
  const { value } = placed.node;
  const offsets = sourceOffsets(value, text.slice(placed.start, placed.end), placed.start);
  const cuts = new Set([0, value.length]);
  const indexOf = (offset: number) => offsets.findIndex((at) => at >= offset);
  for (const finding of covering) {
    for (const offset of [finding.range.start.offset, finding.range.end.offset]) {
      const index = indexOf(offset);
      if (index > 0 && index < value.length) cuts.add(index);
    }
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const result: ElementContent[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    const piece: Text = { type: 'text', value: value.slice(from, to) };
    const inside = covering.filter((finding) => finding.range.start.offset <= offsets[from]! && finding.range.end.offset > offsets[from]!);
    result.push(inside.length > 0 ? mark(piece, inside) : piece);
  }
  return result;
}

/**
 * For each character of a text node's value, the source offset it came from. The value differs
 * from the source where Markdown removed characters (escapes, entities, continuation indents);
 * matching greedily skips those.
 */
function sourceOffsets(value: string, source: string, start: number): number[] {
  const offsets: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const found = source.indexOf(value[i]!, j);
    if (found >= 0 && found - j < 16) j = found;
    offsets.push(start + Math.min(j, source.length));
    j = Math.min(j + 1, source.length);
  }
  offsets.push(start + source.length);
  return offsets;
}

function mark(child: ElementContent, findings: Finding[]): Element {
  return { type: 'element', tagName: 'mark', properties: annotation(findings, 'finding'), children: [child] };
}

function markBlock(blocks: SourceBlock[], finding: Finding): void {
  const offset = finding.range.start.offset;
  const block = blocks.filter((candidate) => candidate.start <= offset && offset <= candidate.end).pop();
  if (block) annotateBlock(block, finding);
}

function annotateBlock(block: SourceBlock, finding: Finding): void {
  const properties = block.element.properties;
  const previous = typeof properties.title === 'string' ? [properties.title] : [];
  Object.assign(properties, annotation([finding], 'finding-block'), { title: [...previous, finding.message].join('\n\n') });
}

function annotation(findings: Finding[], kind: string): Element['properties'] {
  const severity = findings.reduce<Severity>((worst, finding) => (RANK[finding.severity] > RANK[worst] ? finding.severity : worst), 'info');
  return {
    className: [kind, `finding-${severity}`],
    title: findings.map((finding) => finding.message).join('\n\n'),
    dataRule: [...new Set(findings.map((finding) => finding.ruleId))].join(' '),
  };
}
