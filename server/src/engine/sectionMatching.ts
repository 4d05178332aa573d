// Which of a profile's required sections a document has, and where a missing one belongs.
// The missing-section rule, its fix, the "Add Missing Sections" command and the structure view
// all read this, so they always agree.
import type { PostmortemModel } from './model';
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
  return insideCodeBlock(model, edit.start) ? undefined : edit;
}

/**
 * A document that ends inside an unclosed code fence (it happens: a postmortem pasted inside
 * a ```markdown block) has nowhere a heading can go without changing what the fence means.
 */
function insideCodeBlock(model: PostmortemModel, offset: number): boolean {
  return model.tree.children.some((node) => {
    if (node.type !== 'code' || !node.position) return false;
    const { start, end } = node.position;
    if (offset <= start.offset! || offset > end.offset!) return false;
    if (offset < end.offset!) return true;
    const lastLine = model.text.slice(start.offset, end.offset).split(/\r?\n/).pop() ?? '';
    return !/^\s*(?:`{3,}|~{3,})\s*$/.test(lastLine) || start.offset === end.offset;
  });
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
