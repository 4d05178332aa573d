// The settings of package.json and the schema of .postmortemrc.json are generated from the rule
// registry and the engine's lists (npm run generate:manifests), never written by hand.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { BLAME_CATEGORIES, ConfigError, RULES, RULES_BY_ID, validateConfig, type Rule } from '../../server/src/engine';
import { configSchema } from '../../server/src/engine/jsonSchema';
import { PACKAGE_FILE, SCHEMA_FILE, packageText, schemaText } from '../../server/scripts/generateManifests';

/** blaming-language as it will be with options: a severity per tier and switches per category. */
const withOptions: Rule = {
  ...RULES_BY_ID.get('blaming-language')!,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tiers: { type: 'object', additionalProperties: { enum: ['off', 'info', 'warning', 'error'] } },
      categories: { type: 'object', propertyNames: { enum: [...BLAME_CATEGORIES] }, additionalProperties: { type: 'boolean' } },
    },
  },
};
const rulesWithOptions = RULES.map((rule) => (rule.id === withOptions.id ? withOptions : rule));

describe('generated manifests', () => {
  it('package.json and postmortemrc.schema.json are what npm run generate:manifests writes', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaText(), 'the schema is stale: run npm run generate:manifests');
    const packageJson = readFileSync(PACKAGE_FILE, 'utf8');
    assert.equal(packageJson, packageText(packageJson), 'package.json settings are stale: run npm run generate:manifests');
  });

  it("carry a rule's own options schema into the configuration schema and the settings", () => {
    const schema = JSON.parse(schemaText(rulesWithOptions));
    assert.deepEqual(schema.properties.rules.properties['blaming-language'].anyOf[1].items[1], withOptions.optionsSchema);
    const settings = JSON.parse(packageText(readFileSync(PACKAGE_FILE, 'utf8'), rulesWithOptions)).contributes.configuration.properties;
    assert.deepEqual(settings['postmortem.rules'].properties['blaming-language'].anyOf[1].items[1], withOptions.optionsSchema);
    const validate = new Ajv({ strictTuples: false }).compile(configSchema(rulesWithOptions));
    assert.equal(validate({ rules: { 'blaming-language': ['error', { categories: { hindsight: false } }] } }), true);
    assert.equal(validate({ rules: { 'blaming-language': ['error', { categories: { 'no-such': false } }] } }), false);
  });

  it('refuse options for a rule that declares none', () => {
    assert.throws(
      () => validateConfig({ rules: { 'missing-section': ['warning', { sections: 2 }] } }, 'test'),
      (error: ConfigError) => error.message === 'test: rules.missing-section.1 has an unknown setting "sections"',
    );
    assert.throws(
      () => validateConfig({ rules: { 'missing-section': 'loud' } }, 'test'),
      (error: ConfigError) => error.message === 'test: rules.missing-section must be one of off, info, warning, error',
    );
    assert.deepEqual(validateConfig({ rules: { 'missing-section': ['warning', {}] } }, 'test'), {
      rules: { 'missing-section': ['warning', {}] },
    });
  });

  it('take the blame categories, profiles, rules and default globs from the engine', () => {
    const settings = JSON.parse(readFileSync(PACKAGE_FILE, 'utf8')).contributes.configuration.properties;
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    assert.deepEqual(settings['postmortem.blame.extraPhrases'].items.anyOf[1].properties.category.enum, [...BLAME_CATEGORIES]);
    assert.deepEqual(schema.properties.blame.properties.extraPhrases.items.anyOf[1].properties.category.enum, [...BLAME_CATEGORIES]);
    assert.deepEqual(
      Object.keys(settings['postmortem.rules'].properties),
      RULES.map((rule) => rule.id),
    );
    assert.deepEqual(
      schema.properties.rules.propertyNames.enum,
      RULES.map((rule) => rule.id),
    );
    assert.deepEqual(settings['postmortem.profile'].enum, schema.properties.profile.enum);
  });
});
