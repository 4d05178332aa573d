// Which of a profile's required sections a document has, and where a missing one belongs.
// The missing-section rule, its fix, the "Add Missing Sections" command and the structure view
// all read this, so they always agree.
import { sectionTemplate, renderSection, type TemplateSection } from './authoring/templates';
import type { PostmortemModel } from './model';
import { parseMarkdown } from './parse';
import type { TextEdit } from './types';
import { sectionKeys, type Profile, type SectionDefinition } from './vocabulary';

export interface RequiredSectionStatus {
  definition: SectionDefinition;
  /** Index in `model.sections` of the first heading that names it, if any. */
  section: number | undefined;
  /**
   * What a missing one is inserted as: the section as the profile's built-in template writes it
   * (its TODO prompts, tables and sub-sections), else as any template would. So a section added
   * later reads like one New Postmortem… wrote, and placeholder-text tracks its prompts alike.
   */
  template: TemplateSection;
}

export function requiredSectionStatus(model: PostmortemModel, profile: Profile): RequiredSectionStatus[] {
  return profile.sections.map((definition) => {
    const keys = sectionKeys(definition);
    const index = model.sections.findIndex(
      (section) => keys.has(section.key) || [...keys].some((key) => key.length >= 5 && section.key.startsWith(key + ' ')),
    );
    return { definition, section: index >= 0 ? index : undefined, template: sectionTemplate(profile.id, definition) };
  });
}

/**
 * The edit that inserts a missing section where the profile puts it: after the nearest
 * earlier required section that exists, else before the nearest later one, else at the end.
 */
export function sectionInsertion(model: PostmortemModel, statuses: RequiredSectionStatus[], missing: number): TextEdit | undefined {
  const edit = insertionPoint(model, statuses, missing);
  if (!headingWouldStay(model, edit.start)) return undefined;
  // In the document's own line endings: a CRLF file stays a CRLF file.
  const lineEnding = /\r\n|\r|\n/.exec(model.text)?.[0] ?? '\n';
  return lineEnding === '\n' ? edit : { ...edit, text: edit.text.replace(/\n/g, lineEnding) };
}

const probes = new WeakMap<PostmortemModel, Map<number, boolean>>();

/**
 * Whether a heading inserted at `offset` stays a heading. A document may end inside an unclosed
 * code fence (a postmortem pasted inside a ```markdown block) or an unclosed HTML comment, and
 * then whatever follows belongs to that block. Only the last block before `offset` can swallow
 * it, so that block is parsed again with a heading after it, and the parser says. Before an
 * existing heading nothing can: that heading is one.
 */
function headingWouldStay(model: PostmortemModel, offset: number): boolean {
  if (model.sections.some((section) => section.headingStart >= offset)) return true;
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
  const block = `${renderSection(statuses[missing]!.template, level)}\n`;
  // A new section goes right before a heading, with a blank line after it (right after content, a
  // setext heading such as "Action Items\n=" would take the prompt as its first line), and never
  // before a deeper heading, which it would take in as its own sub-section.
  const before = (index: number): TextEdit => {
    const start = withCommentsAbove(model, sections[index]!.headingStart);
    return { start, end: start, text: `${block}\n` };
  };
  const earlier = statuses
    .slice(0, missing)
    .reverse()
    .find((status) => status.section !== undefined)?.section;
  const later = statuses.slice(missing + 1).find((status) => status.section !== undefined)?.section;
  if (earlier !== undefined) {
    const end = sections[earlier]!.end;
    const next = sections.findIndex((section) => section.headingStart >= end && section.level <= level);
    if (next >= 0) return before(next);
  } else if (later !== undefined) {
    // "Action items for Q3" under "Lessons Learned": before "Lessons Learned".
    let index = later;
    while (sections[index]!.level > level && sections[index]!.parent !== undefined) index = sections[index]!.parent!;
    return before(index);
  }
  // A pure insertion, so that several missing sections added at the end keep their order.
  const trimmedEnd = text.replace(/\s+$/, '').length;
  // In a document with nothing in it yet, each section is followed, not preceded, by its blank line.
  if (trimmedEnd === 0) return { start: 0, end: 0, text: `${block}\n` };
  return { start: trimmedEnd, end: trimmedEnd, text: `\n\n${block}`.replace(/\n$/, '') };
}

/**
 * The start of the HTML comments on the lines right above a heading, if any: they go with it
 * ("<!-- postmortem-disable-next-line -->" must stay on the line before the one it silences).
 */
function withCommentsAbove(model: PostmortemModel, offset: number): number {
  let start = offset;
  for (let i = model.comments.length - 1; i >= 0; i--) {
    const comment = model.comments[i]!;
    if (comment.end > start) continue;
    if (!/^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(model.text.slice(comment.end, start))) break;
    let lineStart = comment.start;
    while (lineStart > 0 && (model.text[lineStart - 1] === ' ' || model.text[lineStart - 1] === '\t')) lineStart--;
    if (lineStart > 0 && model.text[lineStart - 1] !== '\n' && model.text[lineStart - 1] !== '\r') break;
    start = lineStart;
  }
  return start;
}

/** The heading level the document already uses for its required sections (2 by default). */
function sectionLevel(model: PostmortemModel, statuses: RequiredSectionStatus[]): number {
  const levels = statuses.flatMap((status) => (status.section === undefined ? [] : [model.sections[status.section]!.level]));
  return levels.length > 0 ? Math.min(...levels) : 2;
}
