// The settings of package.json and the schema of .postmortemrc.json are generated from the rule
// registry and the engine's lists (npm run generate:manifests), never written by hand.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { BLAME_CATEGORIES, ConfigError, RULES, RULES_BY_ID, validateConfig, type Rule } from '../../server/src/engine';
import compiledValidator from '../../server/src/engine/data/configValidator';
import { configSchema } from '../../server/src/engine/jsonSchema';
import { PACKAGE_FILE, SCHEMA_FILE, VALIDATOR_FILE, packageText, schemaText, validatorText } from '../../server/scripts/generateManifests';

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
    assert.equal(readFileSync(VALIDATOR_FILE, 'utf8'), validatorText(), 'the compiled validator is stale: run npm run generate:manifests');
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

  it('compile the schema ahead of time: the validator holds no schema compiler and no eval', () => {
    const code = readFileSync(VALIDATOR_FILE, 'utf8');
    assert.doesNotMatch(code, /new Function|\beval\(|require\(/);
    assert.deepEqual(
      [...code.matchAll(/^import .* from "(.*)";$/gm)].map((match) => match[1]),
      ['ajv/dist/runtime/ucs2length'],
    );
  });

  it('find the same errors as the schema compiled at run time, so validateConfig says the same', () => {
    const compiledNow = new Ajv({ allErrors: true, strictTuples: false }).compile(configSchema());
    const ahead = compiledValidator;
    const configurations: unknown[] = [
      [],
      'google-sre',
      { profile: 'nasa' },
      { profil: 'minimal', rules: { 'no-such-rule': 'warning' } },
      { sections: ['Summary', { title: '' }, { name: 'Impact' }, 3] },
      { rules: { 'blaming-language': 'loud', 'missing-section': ['warning', { sections: 2 }], 'timeline-order': [] } },
      { rules: { 'blaming-language': ['warning', { information: 'loud' }, 3] } },
      { blame: { extraPhrases: ['x', { phrase: 'dropped the ball', category: 'nope' }, 4], allow: [1] } },
      { inclusive: { allow: 'master' }, files: [3], ignores: {} },
      { files: ['postmortems/**/*.md'], profile: 'custom', sections: [{ title: 'Summary', aliases: ['TL;DR'], prompt: 'Why?' }] },
    ];
    let invalid = 0;
    for (const configuration of configurations) {
      const valid = compiledNow(configuration);
      assert.equal(ahead(configuration), valid, JSON.stringify(configuration));
      assert.deepEqual(ahead.errors ?? null, compiledNow.errors ?? null, JSON.stringify(configuration));
      if (!valid) invalid++;
    }
    assert.equal(invalid, configurations.length - 1);
    assert.throws(
      () => validateConfig({ profil: 'minimal', rules: { 'no-such-rule': 'warning' } }, 'test'),
      (error: ConfigError) =>
        error.message === 'test: the configuration has an unknown setting "profil"; rules names an unknown rule "no-such-rule"',
    );
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
