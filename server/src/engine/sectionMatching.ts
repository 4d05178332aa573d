// Which of a profile's required sections a document has, and where a missing one belongs.
// The missing-section rule, its fix, the "Add Missing Sections" command and the structure view
// all read this, so they always agree.
import type { PostmortemModel } from './model';
import { parseMarkdown } from './parse';
import type { TextEdit } from './types';
import { sectionKeys, type Profile, type SectionDefinition } from './vocabulary';

export interface RequiredSectionStatus {
  definition: SectionDefinition;
  /** Index in `model.sections` of the first heading that names it, if any. */
  section: number | undefined;
}

export function requiredSectionStatus(model: PostmortemModel, profile: Profile): RequiredSectionStatus[] {
  return profile.sections.map((definition) => {
    const keys = sectionKeys(definition);
    const index = model.sections.findIndex((section) => keys.has(section.key) || [...keys].some((key) => key.length >= 5 && section.key.startsWith(key + ' ')));
    return { definition, section: index >= 0 ? index : undefined };
  });
}

/**
 * The edit that inserts a missing section where the profile puts it: after the nearest
 * earlier required section that exists, else before the nearest later one, else at the end.
 */
export function sectionInsertion(model: PostmortemModel, statuses: RequiredSectionStatus[], missing: number): TextEdit | undefined {
  const edit = insertionPoint(model, statuses, missing);
  return headingWouldStay(model, edit.start) ? edit : undefined;
}

const probes = new WeakMap<PostmortemModel, Map<number, boolean>>();

/**
 * Whether a heading inserted at `offset` stays a heading. A document may end inside an unclosed
 * code fence (a postmortem pasted inside a ```markdown block) or an unclosed HTML comment, and
 * then whatever follows belongs to that block. Only the last block before `offset` can swallow
 * it, so that block is parsed again with a heading after it, and the parser says.
 */
function headingWouldStay(model: PostmortemModel, offset: number): boolean {
  let byOffset = probes.get(model);
  if (!byOffset) probes.set(model, (byOffset = new Map()));
  let stays = byOffset.get(offset);
  if (stays === undefined) {
    const blockStart = model.tree.children.reduce((last, node) => {
      const start = node.position?.start.offset ?? 0;
      return start < offset ? start : last;
    }, 0);
    const probe = parseMarkdown(`${model.text.slice(blockStart, offset)}\n\n# probe\n`);
    stays = probe.children[probe.children.length - 1]?.type === 'heading';
    byOffset.set(offset, stays);
  }
  return stays;
}

function insertionPoint(model: PostmortemModel, statuses: RequiredSectionStatus[], missing: number): TextEdit {
  const { text, sections } = model;
  const level = sectionLevel(model, statuses);
  const definition = statuses[missing]!.definition;
  const block = `${'#'.repeat(level)} ${definition.title}\n\n${definition.prompt}\n`;
  for (let i = missing - 1; i >= 0; i--) {
    const before = statuses[i]!.section;
    if (before === undefined) continue;
    const end = sections[before]!.end;
    // Before the heading that ends the section, so that a blank line always separates the two:
    // right after the content, a setext heading ("Action Items\n=") would take the prompt as its first line.
    const next = sections.find((section) => section.headingStart >= end);
    if (next) return { start: next.headingStart, end: next.headingStart, text: `${block}\n` };
    return { start: end, end, text: `\n\n${block}`.replace(/\n$/, '') };
  }
  for (let i = missing + 1; i < statuses.length; i++) {
    const after = statuses[i]!.section;
    if (after === undefined) continue;
    const start = sections[after]!.headingStart;
    return { start, end: start, text: `${block}\n` };
  }
  // A pure insertion, so that several missing sections added at the end keep their order.
  const trimmedEnd = text.replace(/\s+$/, '').length;
  // In a document with nothing in it yet, each section is followed, not preceded, by its blank line.
  if (trimmedEnd === 0) return { start: 0, end: 0, text: `${block}\n` };
  return { start: trimmedEnd, end: trimmedEnd, text: `\n\n${block}`.replace(/\n$/, '') };
}

/** The heading level the document already uses for its required sections (2 by default). */
function sectionLevel(model: PostmortemModel, statuses: RequiredSectionStatus[]): number {
  const levels = statuses.flatMap((status) => (status.section === undefined ? [] : [model.sections[status.section]!.level]));
  return levels.length > 0 ? Math.min(...levels) : 2;
}
