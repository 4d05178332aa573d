// Section vocabulary and profiles: data files, typed and indexed once.
import profilesData from './data/profiles.json';
import sectionsData from './data/sections.json';
import { normalizeTitle } from './text';

export interface SectionDefinition {
  id: string;
  title: string;
  aliases: string[];
  prompt: string;
}

export interface Profile {
  id: string;
  label: string;
  description: string;
  sections: SectionDefinition[];
}

type SectionRecord = { title: string; aliases: string[]; prompt: string };

export const SECTION_DEFINITIONS: ReadonlyMap<string, SectionDefinition> = new Map(
  Object.entries(sectionsData)
    .filter(([id]) => !id.startsWith('$'))
    .map(([id, record]) => [id, { id, ...(record as SectionRecord) }]),
);

export const BUILT_IN_PROFILES: ReadonlyMap<string, Profile> = new Map(
  Object.entries(profilesData)
    .filter(([id]) => !id.startsWith('$'))
    .map(([id, record]) => {
      const { label, description, sections } = record as { label: string; description: string; sections: string[] };
      return [id, { id, label, description, sections: sections.map((sectionId) => sectionDefinition(sectionId)) }];
    }),
);

function sectionDefinition(id: string): SectionDefinition {
  const definition = SECTION_DEFINITIONS.get(id);
  if (!definition) throw new Error(`profiles.json names an unknown section "${id}"`);
  return definition;
}

/** Every normalized name a section definition answers to. */
export function sectionKeys(definition: Pick<SectionDefinition, 'title' | 'aliases'>): Set<string> {
  return new Set([definition.title, ...definition.aliases].map(normalizeTitle));
}

const keysById = new Map([...SECTION_DEFINITIONS.values()].map((definition) => [definition.id, sectionKeys(definition)]));

/** Whether a normalized heading names the built-in section `id` (used where no profile applies). */
export function isSectionKind(key: string, id: string): boolean {
  const keys = keysById.get(id);
  if (!keys) return false;
  if (keys.has(key)) return true;
  // "Timeline (all times UTC)", "Action items for Q3": the canonical title followed by a qualifier.
  for (const name of keys) if (name.length >= 5 && key.startsWith(name + ' ')) return true;
  return false;
}
