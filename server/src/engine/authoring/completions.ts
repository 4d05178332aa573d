// What the editor proposes as the author types, decided from the line before the cursor and the
// model. Each context starts at a character VS Code's Markdown defaults still send to completion
// providers (quick suggestions are off in Markdown, trigger characters are not):
//   "## "         the profile's sections, missing ones first, each inserted with its template body
//   "@"           owners already used in the workspace's postmortems, and git authors
//   front matter  keys ("severity", "status", "profile", "type"…) and, after "key: ", their values
//   "| "          in an action-item table's Type column, the action types
//   "pm-"         the contributed snippets (pm-action, pm-time-row…), by the same prefixes
//   "---"         on the first line, the front matter snippet
import type { PostmortemModel } from '../model';
import { isMissing } from '../rules/actionItemFields';
import { ACTION_TYPES, actionItemColumn } from '../model/actionItems';
import { requiredSectionStatus } from '../sectionMatching';
import { BUILT_IN_PROFILES, type Profile } from '../vocabulary';
import { SEVERITIES } from './newPostmortem';
import { frontMatterEnd } from '../frontMatter';
import { literal } from './snippetSyntax';
import { postmortemSnippets, STATUSES } from './snippets';
import { renderSection, type TemplateSection } from './templates';

export interface Completion {
  label: string;
  kind: 'section' | 'owner' | 'key' | 'value' | 'snippet';
  /** Snippet syntax ($1, ${1:default}); literal text is escaped. */
  insert: string;
  /** The text replaced: from `start` (offset) to the cursor. */
  start: number;
  detail?: string;
  documentation?: string;
  /** Orders the list (missing sections before present ones). */
  sortText?: string;
  filterText?: string;
}

/** Someone who can own an action item. */
export interface KnownOwner {
  /** As written after "@": "priya", "sre-payments". */
  handle: string;
  /** Where it was seen: "used in 3 postmortems", "git author Priya Natarajan". */
  detail: string;
}

export const COMPLETION_TRIGGER_CHARACTERS = ['#', ' ', '@', ':', '|', '-'];

const FRONT_MATTER_VALUES: Record<string, readonly string[]> = {
  severity: SEVERITIES.map((severity) => severity.id),
  status: STATUSES,
  profile: [...BUILT_IN_PROFILES.keys()],
  template: [...BUILT_IN_PROFILES.keys()],
  type: ['postmortem'],
};
const FRONT_MATTER_KEYS = ['title', 'date', 'severity', 'status', 'authors', 'profile', 'type'];

const SNIPPET_PREFIX = /(?:^|\s)(pm-[\w-]*)$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+([^#]*)$/;
const MENTION = /(?:^|[\s(|[,])(@[\w.-]*)$/;

/**
 * Whether completionsAt may propose anything at `offset`, from the text alone: a space typed in a
 * sentence is a trigger character too, and must not cost an analysis of the whole document.
 */
export function mayComplete(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (lineStart === 0 && before === '---') return true;
  const frontMatter = frontMatterEnd(text);
  if (frontMatter !== undefined && offset < frontMatter) return true;
  return SNIPPET_PREFIX.test(before) || HEADING.test(before) || MENTION.test(before) || /^\s*\|/.test(before);
}

export function completionsAt(model: PostmortemModel, profile: Profile, offset: number, owners: readonly KnownOwner[]): Completion[] {
  const { text } = model;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const frontMatter = model.metadata.frontMatter;

  if (lineStart === 0 && /^---$/.test(before) && !frontMatter) return snippetsNamed(['pm-metadata'], lineStart);
  if (frontMatter && offset > frontMatter.start && offset < frontMatter.end && lineStart > frontMatter.start)
    return frontMatterCompletions(model, before, lineStart);

  const snippetPrefix = SNIPPET_PREFIX.exec(before);
  if (snippetPrefix) return snippetsNamed(undefined, offset - snippetPrefix[1]!.length);

  const heading = HEADING.exec(before);
  if (heading) return sectionCompletions(model, profile, heading[1]!.length, offset - heading[2]!.length);

  const mention = MENTION.exec(before);
  if (mention) {
    const start = offset - mention[1]!.length;
    return owners.map((owner) => ({
      label: `@${owner.handle}`,
      kind: 'owner',
      insert: literal(`@${owner.handle}`),
      start,
      detail: owner.detail,
      filterText: `@${owner.handle}`,
    }));
  }

  const cell = /\|[ \t]*([^|]*)$/.exec(before);
  if (cell && isActionTypeCell(model, lineStart, before)) {
    const start = offset - cell[1]!.length;
    return ACTION_TYPES.map((type, index) => ({
      label: type,
      kind: 'value',
      insert: literal(type),
      start,
      detail: 'action item type',
      sortText: String(index).padStart(2, '0'),
    }));
  }
  return [];
}

function frontMatterCompletions(model: PostmortemModel, before: string, lineStart: number): Completion[] {
  const value = /^([A-Za-z_-]+):[ \t]*(\S*)$/.exec(before);
  if (value) {
    const values = FRONT_MATTER_VALUES[value[1]!.toLowerCase()] ?? [];
    const start = lineStart + before.length - value[2]!.length;
    // Asked at the ":" itself, the value comes with the space YAML wants after it.
    const space = before.endsWith(':') ? ' ' : '';
    return values.map((entry, index) => ({
      label: entry,
      kind: 'value',
      insert: `${space}${literal(entry)}`,
      start,
      detail: `${value[1]}`,
      sortText: String(index).padStart(2, '0'),
      filterText: `${space}${entry}`,
    }));
  }
  const key = /^([A-Za-z_-]*)$/.exec(before);
  if (!key) return [];
  const { start, end } = model.metadata.frontMatter!;
  const present = new Set([...model.text.slice(start, end).matchAll(/^([A-Za-z_-]+)[ \t]*:/gm)].map((match) => match[1]!.toLowerCase()));
  return FRONT_MATTER_KEYS.filter((name) => !present.has(name)).map((name, index) => {
    const choices = FRONT_MATTER_VALUES[name];
    const insert = choices ? `${name}: \${1|${choices.join(',')}|}` : `${name}: $1`;
    return { label: name, kind: 'key', insert, start: lineStart, detail: 'front matter', sortText: String(index).padStart(2, '0') };
  });
}

/** The profile's sections after "## ": missing ones first, each with the body its template writes. */
function sectionCompletions(model: PostmortemModel, profile: Profile, level: number, start: number): Completion[] {
  return requiredSectionStatus(model, profile).map((status, index) => {
    const missing = status.section === undefined;
    const where = missing ? undefined : model.lines.point(model.sections[status.section!]!.headingStart).line;
    return {
      label: status.template.title,
      kind: 'section',
      insert: sectionSnippet(status.template, level),
      start,
      detail: missing ? `missing: required by the ${profile.label} profile` : `already in this postmortem (line ${where})`,
      documentation: status.definition.prompt,
      sortText: `${missing ? 0 : 1}${String(index).padStart(2, '0')}`,
    };
  });
}

/** The section after the author's "## ": its title, then its body with each TODO prompt a tab stop. */
function sectionSnippet(section: TemplateSection, level: number): string {
  let stop = 0;
  const rendered = renderSection(section, level).replace(/^#+ /, '');
  return rendered
    .split('\n')
    .map((line) => (line.startsWith('TODO') ? `\${${++stop}:${literal(line)}}` : literal(line)))
    .join('\n');
}

function snippetsNamed(prefixes: string[] | undefined, start: number): Completion[] {
  return Object.values(postmortemSnippets())
    .filter((snippet) => !prefixes || prefixes.includes(snippet.prefix))
    .map((snippet) => ({
      label: snippet.prefix,
      kind: 'snippet',
      insert: snippet.body.join('\n'),
      start,
      detail: snippet.description,
      filterText: snippet.prefix,
    }));
}

/** Whether the cursor, after `before` on the line at `lineStart`, is in the Type column of an action-item table. */
function isActionTypeCell(model: PostmortemModel, lineStart: number, before: string): boolean {
  if (!/^\s*\|/.test(before)) return false;
  // The header of the table this row belongs to: the nearest line above that the next line underlines with |---|.
  const lines = model.text.slice(0, lineStart).split(/\r?\n/);
  lines.pop();
  for (let index = lines.length - 1; index > 0; index--) {
    if (!/^\s*\|/.test(lines[index]!)) return false;
    if (!/^\s*\|?\s*:?-{3,}/.test(lines[index]!)) continue;
    const header = cells(lines[index - 1]!);
    const column = cells(before).length - 1;
    if (actionItemColumn(header[column] ?? '') !== 'type') return false;
    // Only in an action-item section: "Type" columns elsewhere mean other things.
    let sectionIndex = -1;
    model.sections.forEach((section, at) => {
      if (section.headingStart < lineStart) sectionIndex = at;
    });
    return (
      model.actionItems.some((item) => item.section === sectionIndex) ||
      /action|follow|corrective|remediation|next steps/i.test(model.sections[sectionIndex]?.title ?? '')
    );
  }
  return false;
}

/** The cells of a table line, without the outer pipes' empty edges; escaped pipes stay inside cells. */
function cells(line: string): string[] {
  const parts = line.trim().split(/(?<!\\)\|/);
  if (parts[0] === '') parts.shift();
  return parts.map((part) => part.trim());
}

/** The owners a postmortem names in its action items, as handles ("priya", "sre-payments"). */
export function ownerHandles(model: PostmortemModel): string[] {
  return model.actionItems.flatMap((item) => {
    const value = item.owner?.value.trim() ?? '';
    return isMissing(item.owner) || !/^@?[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(value) ? [] : [value.replace(/^@/, '')];
  });
}
