import type { Heading, Root } from 'mdast';
import { endOffset, normalizeTitle, plainText, startOffset } from '../text';
import { BlockMemo } from './blockMemo';

export interface Section {
  title: string;
  /** `title` lower-cased without numbering or punctuation, for matching against profiles. */
  key: string;
  level: number;
  /** The heading line. */
  headingStart: number;
  headingEnd: number;
  /** Everything up to the next heading of the same or a higher level. */
  end: number;
  /** Where this section's own content ends: the first sub-heading, or `end`. */
  ownContentEnd: number;
  /** Index of the enclosing section in the section list, if any. */
  parent: number | undefined;
  /** True when neither the section nor any sub-section has content other than headings and comments. */
  isEmpty: boolean;
}

export function extractSections(tree: Root, text: string): Section[] {
  const sections: Section[] = [];
  const open: number[] = []; // stack of indexes of sections that may still receive content
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      closeSectionsAtOrBelow(node.depth, startOffset(node));
      const { title, key } = titleOfHeading.get(node, () => headingTitle(node));
      sections.push({
        title,
        key,
        level: node.depth,
        headingStart: startOffset(node),
        headingEnd: endOffset(node),
        end: text.length,
        ownContentEnd: text.length,
        parent: open.length > 0 ? open[open.length - 1] : undefined,
        isEmpty: true,
      });
      const index = sections.length - 1;
      const parent = sections[index]!.parent;
      if (parent !== undefined && sections[parent]!.ownContentEnd === text.length) {
        sections[parent]!.ownContentEnd = startOffset(node);
      }
      open.push(index);
    } else if (node.type !== 'html' && node.type !== 'yaml' && node.type !== 'thematicBreak') {
      for (const index of open) sections[index]!.isEmpty = false;
    } else if (node.type === 'html' && !/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
      for (const index of open) sections[index]!.isEmpty = false;
    }
  }
  closeSectionsAtOrBelow(0, text.length);
  return sections;

  function closeSectionsAtOrBelow(level: number, offset: number): void {
    while (open.length > 0 && sections[open[open.length - 1]!]!.level >= level) {
      const section = sections[open.pop()!]!;
      section.end = trimEnd(text, offset);
      if (section.ownContentEnd > section.end) section.ownContentEnd = section.end;
    }
  }
}

/** A heading's title does not move with it: the one worked out is kept as it is. */
const titleOfHeading = new BlockMemo<{ title: string; key: string }>((title) => title);

function headingTitle(heading: Heading): { title: string; key: string } {
  const title = plainText(heading);
  return { title, key: normalizeTitle(title) };
}

/** Back up over the blank lines that separate a section from the next heading. */
function trimEnd(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Sections nested inside `sections[index]`, at any depth. */
export function descendantsOf(sections: Section[], index: number): number[] {
  const result: number[] = [];
  for (let i = index + 1; i < sections.length; i++) {
    let parent = sections[i]!.parent;
    while (parent !== undefined && parent !== index) parent = sections[parent]!.parent;
    if (parent === index) result.push(i);
    else if (sections[i]!.level <= sections[index]!.level) break;
  }
  return result;
}
