// The built-in templates of "Postmortem: New Postmortem…", generated from the same data the
// rules read: a template is its profile's required sections (profiles.json) in profile order,
// titled and prompted by sections.json, plus what only a template needs (templates.json: other
// headings from the section's aliases, tables, sub-sections, sections the profile does not
// require). So a new postmortem always satisfies its profile's missing-section rule.
import templatesData from '../data/templates.json';
import { BUILT_IN_PROFILES, SECTION_DEFINITIONS, sectionKeys, type Profile, type SectionDefinition } from '../vocabulary';
import { normalizeTitle } from '../text';

export interface TemplateSection {
  /** The id in sections.json, for required sections and extras that name one. */
  id?: string;
  title: string;
  body: string[];
  subsections: { title: string; body: string[] }[];
}

export interface BuiltInTemplate {
  /** Equal to the id of the profile it follows: front matter `template:` and `profile:`. */
  id: string;
  label: string;
  description: string;
  profile: Profile;
  sections: TemplateSection[];
}

type SectionOverride = { title?: string; body?: string[]; subsections?: { title: string; body: string[] }[] };
type Extra = { after: string; section?: string; title?: string; body?: string[] };
type TemplateRecord = { sections?: Record<string, SectionOverride>; extras?: Extra[] };
const data = templatesData as { defaults: Record<string, SectionOverride>; templates: Record<string, TemplateRecord> };

/** A prompt the author must replace; the placeholder-text rule reports the TODO. */
export function promptLine(prompt: string): string {
  return `TODO: ${prompt}`;
}

/** Every built-in template, in the order of profiles.json. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [...BUILT_IN_PROFILES.values()].map(buildTemplate);

export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

function buildTemplate(profile: Profile): BuiltInTemplate {
  const record = data.templates[profile.id] ?? {};
  const sections: TemplateSection[] = [];
  for (const definition of profile.sections) {
    sections.push(templateSection(definition, record.sections?.[definition.id]));
    for (const extra of record.extras ?? []) if (extra.after === definition.id) sections.push(extraSection(extra, profile.id));
  }
  return { id: profile.id, label: profile.label, description: profile.description, profile, sections };
}

/** A required section as the profile's built-in template writes it; the default section for other profiles. */
export function sectionTemplate(profileId: string, definition: SectionDefinition): TemplateSection {
  return builtInTemplate(profileId)?.sections.find((section) => section.id === definition.id) ?? defaultSection(definition);
}

/** The default body of a section in any template: the data's, else its prompt as a TODO line. */
export function defaultSection(definition: SectionDefinition): TemplateSection {
  return templateSection(definition, undefined);
}

function templateSection(definition: SectionDefinition, override: SectionOverride | undefined): TemplateSection {
  const defaults = data.defaults[definition.id] ?? {};
  const title = override?.title ?? definition.title;
  // A heading the section's own vocabulary does not know would be reported as missing.
  if (!sectionKeys(definition).has(normalizeTitle(title)))
    throw new Error(`templates.json: "${title}" is not a name of the section "${definition.id}"`);
  const subsections = override?.subsections ?? defaults.subsections ?? [];
  const body = override?.body ?? defaults.body ?? (subsections.length > 0 ? [] : [promptLine(definition.prompt)]);
  return { id: definition.id, title, body, subsections };
}

function extraSection(extra: Extra, templateId: string): TemplateSection {
  if (extra.section) {
    const definition = SECTION_DEFINITIONS.get(extra.section);
    if (!definition) throw new Error(`templates.json: template "${templateId}" adds an unknown section "${extra.section}"`);
    return defaultSection(definition);
  }
  if (!extra.title || !extra.body)
    throw new Error(`templates.json: an extra section of "${templateId}" needs "section", or "title" and "body"`);
  return { title: extra.title, body: extra.body, subsections: [] };
}

/** The Markdown of one section at heading `level`; sub-sections one level deeper. */
export function renderSection(section: TemplateSection, level = 2): string {
  const blocks = [`${'#'.repeat(level)} ${section.title}`];
  if (section.body.length > 0) blocks.push(section.body.join('\n'));
  for (const subsection of section.subsections) blocks.push(`${'#'.repeat(level + 1)} ${subsection.title}`, subsection.body.join('\n'));
  return blocks.join('\n\n');
}

/** The document below the front matter: the title as the only level-1 heading, then the sections. */
export function renderTemplateBody(template: BuiltInTemplate, title: string): string {
  return [`# ${title}`, ...template.sections.map((section) => renderSection(section))].join('\n\n') + '\n';
}
