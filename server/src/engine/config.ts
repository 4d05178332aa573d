// One configuration, read the same way by the CLI (.postmortemrc.json) and the language server
// (the file, then VS Code settings on top). Validation turns any mistake into one sentence that
// names the source and the problem.
// The schema (jsonSchema.ts) compiled to code by npm run generate:manifests: nothing compiled at run time.
import compiledValidator from './data/configValidator';
import { DEFAULT_FILES, DEFAULT_PROFILE } from './defaults';
import type { BlameCategory, SeveritySetting } from './types';
import { BUILT_IN_PROFILES, type Profile, type SectionDefinition } from './vocabulary';

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface PostmortemConfig {
  profile?: string;
  sections?: (string | { title: string; aliases?: string[]; prompt?: string })[];
  rules?: Record<string, RuleSetting>;
  blame?: { extraPhrases?: (string | { phrase: string; category?: BlameCategory })[]; allow?: string[] };
  inclusive?: { allow?: string[] };
  files?: string[];
  ignores?: string[];
}

export interface ResolvedConfig {
  profile: Profile;
  rules: Map<string, { severity: SeveritySetting; options: Record<string, unknown> }>;
  blame: { extraPhrases: { phrase: string; category: BlameCategory }[]; allow: string[] };
  inclusive: { allow: string[] };
  files: string[];
}

export { DEFAULT_FILES, DEFAULT_PROFILE };

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
  }
}

const validator = compiledValidator;

/** Checks a parsed configuration against the schema built from the rules (jsonSchema.ts); throws ConfigError. */
export function validateConfig(value: unknown, source: string): PostmortemConfig {
  if (!validator(value)) {
    // An unknown rule name gives an "enum" error for the name and a "propertyNames" one: keep the latter.
    const errors = (validator.errors ?? []).filter((error) => error.propertyName === undefined);
    // A value that fails every branch of an anyOf (a rule's severity or [severity, options]) gets an
    // error per branch: keep the one that went deepest, or the list of allowed values.
    const relevant = errors.filter(
      (error) =>
        !(error.keyword === 'type' || error.keyword === 'enum') ||
        !errors.some(
          (other) =>
            other.instancePath.startsWith(`${error.instancePath}/`) ||
            (error.keyword === 'type' && other.keyword === 'enum' && other.instancePath === error.instancePath),
        ),
    );
    const problems = relevant.map((error) => {
      const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the configuration';
      if (error.keyword === 'additionalProperties') return `${where} has an unknown setting "${String(error.params.additionalProperty)}"`;
      if (error.keyword === 'propertyNames') return `${where} names an unknown rule "${String(error.params.propertyName)}"`;
      if (error.keyword === 'enum') return `${where} must be one of ${(error.params.allowedValues as string[]).join(', ')}`;
      return `${where} ${error.message ?? 'is invalid'}`;
    });
    throw new ConfigError(
      source,
      [...new Set(problems.filter((problem) => !problem.includes('must match a schema in anyOf')))].slice(0, 5),
    );
  }
  return value as PostmortemConfig;
}

/** Parses JSON text (a .postmortemrc.json) and validates it. */
export function parseConfigText(text: string, source: string): PostmortemConfig {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(source, [`is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return validateConfig(value, source);
}

/** Later layers win; `rules`, `blame` and `inclusive` merge key by key. */
export function mergeConfigs(...layers: (PostmortemConfig | undefined)[]): PostmortemConfig {
  const merged: PostmortemConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile !== undefined) merged.profile = layer.profile;
    if (layer.sections !== undefined) merged.sections = layer.sections;
    if (layer.files !== undefined) merged.files = layer.files;
    if (layer.ignores !== undefined) merged.ignores = layer.ignores;
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.blame) merged.blame = { ...merged.blame, ...layer.blame };
    if (layer.inclusive) merged.inclusive = { ...merged.inclusive, ...layer.inclusive };
  }
  return merged;
}

/**
 * The configuration a document is checked with. `documentProfile` is the profile its front
 * matter names, which wins over the configuration's when it is a known one.
 */
export function resolveConfig(
  config: PostmortemConfig,
  defaults: ReadonlyMap<string, SeveritySetting>,
  documentProfile?: string,
): ResolvedConfig {
  const rules = new Map<string, { severity: SeveritySetting; options: Record<string, unknown> }>();
  for (const [id, severity] of defaults) rules.set(id, { severity, options: {} });
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    rules.set(id, { severity, options: options ?? {} });
  }
  return {
    profile: pickProfile(config, documentProfile),
    rules,
    blame: {
      extraPhrases: (config.blame?.extraPhrases ?? []).map((extra) =>
        typeof extra === 'string'
          ? { phrase: extra, category: 'blame-word' as const }
          : { phrase: extra.phrase, category: extra.category ?? 'blame-word' },
      ),
      allow: config.blame?.allow ?? [],
    },
    inclusive: { allow: config.inclusive?.allow ?? [] },
    files: config.files ?? DEFAULT_FILES,
  };
}

function pickProfile(config: PostmortemConfig, documentProfile: string | undefined): Profile {
  const fromDocument = documentProfile ? BUILT_IN_PROFILES.get(documentProfile.trim().toLowerCase()) : undefined;
  if (fromDocument) return fromDocument;
  if (config.sections && (config.profile === 'custom' || config.profile === undefined)) return customProfile(config.sections);
  return BUILT_IN_PROFILES.get(config.profile ?? DEFAULT_PROFILE) ?? BUILT_IN_PROFILES.get(DEFAULT_PROFILE)!;
}

function customProfile(sections: NonNullable<PostmortemConfig['sections']>): Profile {
  const definitions: SectionDefinition[] = sections.map((section, index) => {
    const record = typeof section === 'string' ? { title: section } : section;
    return {
      id: `custom-${index + 1}`,
      title: record.title,
      aliases: record.aliases ?? [],
      prompt: record.prompt ?? `Describe the ${record.title.toLowerCase()}.`,
    };
  });
  return { id: 'custom', label: 'Custom', description: 'The sections listed in the configuration.', sections: definitions };
}
