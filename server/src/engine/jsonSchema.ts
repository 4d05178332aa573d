// The schemas of the configuration, built from the code they describe: the rule registry (each
// rule's id, description, default severity and options schema), the blame categories and the
// built-in profiles. validateConfig checks against this; `npm run generate:manifests` writes it to
// data/postmortemrc.schema.json (VS Code validates .postmortemrc.json with that file) and builds
// the settings of package.json from the same pieces, so that no list is written twice.
import { DEFAULT_FILES } from './defaults';
import { RULES, type Rule } from './rules';
import { BLAME_CATEGORIES, type SeveritySetting } from './types';
import { BUILT_IN_PROFILES } from './vocabulary';

export type JsonSchema = { [keyword: string]: unknown };

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
export const SEVERITY_SCHEMA: JsonSchema = { type: 'string', enum: [...SEVERITIES] };
export { DEFAULT_FILES };

/** The profile ids a configuration may name: the built-in ones, and `custom` (the `sections` listed). */
export function profileIds(): string[] {
  return [...BUILT_IN_PROFILES.keys(), 'custom'];
}

export function profileDescriptions(): string[] {
  return [
    ...[...BUILT_IN_PROFILES.values()].map((profile) => `${profile.label}: ${profile.description}`),
    'The sections listed under `sections` in .postmortemrc.json.',
  ];
}

/** A rule's value in `rules`: a severity, or [severity, options] with the rule's own options. */
export function ruleSettingSchema(rule: Rule, severity: JsonSchema = SEVERITY_SCHEMA): JsonSchema {
  const options = rule.optionsSchema ?? { type: 'object', additionalProperties: false, description: 'This rule takes no options.' };
  return {
    anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, options] }],
  };
}

export function ruleDescription(rule: Rule): string {
  return `${rule.description} Default: \`${rule.defaultSeverity}\`.`;
}

/** One entry of `blame.extraPhrases`: a phrase, or a phrase with its blame category. */
export function extraPhraseSchema(): JsonSchema {
  return {
    anyOf: [
      { type: 'string', minLength: 2 },
      {
        type: 'object',
        required: ['phrase'],
        additionalProperties: false,
        properties: {
          phrase: { type: 'string', minLength: 2 },
          category: { enum: [...BLAME_CATEGORIES] },
        },
      },
    ],
  };
}

/** The schema of .postmortemrc.json. `rules` is the registry by default; tests pass others. */
export function configSchema(rules: readonly Rule[] = RULES): JsonSchema {
  const severity = { $ref: '#/definitions/severity' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'postmortemrc.schema.json',
    title: 'Postmortem Authoring configuration (.postmortemrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile: {
        description: `Template profile whose required sections are checked: ${profileIds().join(', ')} (use \`sections\`). A document's front matter \`profile:\` or \`template:\` wins.`,
        type: 'string',
        enum: profileIds(),
      },
      sections: {
        description: 'Required sections of the custom profile, in order. Each is a title or an object with aliases and a prompt.',
        type: 'array',
        items: {
          anyOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['title'],
              properties: {
                title: { type: 'string', minLength: 1 },
                aliases: { type: 'array', items: { type: 'string' } },
                prompt: { type: 'string' },
              },
            },
          ],
        },
      },
      rules: {
        description: 'Severity of each rule (off, info, warning, error), or [severity, options].',
        type: 'object',
        propertyNames: { enum: rules.map((rule) => rule.id) },
        properties: Object.fromEntries(
          rules.map((rule) => [rule.id, { description: ruleDescription(rule), ...ruleSettingSchema(rule, severity) }]),
        ),
      },
      blame: {
        type: 'object',
        additionalProperties: false,
        properties: {
          extraPhrases: { description: 'More phrases to report as blaming wording.', type: 'array', items: extraPhraseSchema() },
          allow: { description: 'Phrases never to report as blaming wording.', type: 'array', items: { type: 'string' } },
        },
      },
      inclusive: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: { description: 'Words and phrases retext-equality should not report.', type: 'array', items: { type: 'string' } },
        },
      },
      files: {
        description:
          'Globs of the Markdown files that are postmortems, relative to the workspace folder (the CLI: its working directory). Front matter `type: postmortem` and a postmortem title count too.',
        type: 'array',
        items: { type: 'string' },
        default: DEFAULT_FILES,
      },
      ignores: {
        description:
          'Globs of Markdown files that are never postmortems, even when `files`, front matter or the title say so. Files that .gitignore excludes are left alone too.',
        type: 'array',
        items: { type: 'string' },
      },
    },
    definitions: { severity: SEVERITY_SCHEMA },
  };
}
