// npm run generate:manifests: writes what is generated from the rule registry and the engine's
// lists, so that nothing is written twice by hand:
// - server/src/engine/data/postmortemrc.schema.json, the schema VS Code validates .postmortemrc.json
//   with (and the npm package ships), from jsonSchema.ts;
// - in package.json, the settings built from the same pieces: each rule's block under
//   postmortem.rules (its description, default and options schema), the profiles of
//   postmortem.profile, the default of postmortem.files and the blame categories of
//   postmortem.blame.extraPhrases.
// test/unit/manifests.test.ts fails when either file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type Rule } from '../src/engine';
import {
  DEFAULT_FILES,
  configSchema,
  extraPhraseSchema,
  profileDescriptions,
  profileIds,
  ruleDescription,
  ruleSettingSchema,
} from '../src/engine/jsonSchema';

const ROOT = join(__dirname, '..', '..');
export const SCHEMA_FILE = join(ROOT, 'server/src/engine/data/postmortemrc.schema.json');
export const PACKAGE_FILE = join(ROOT, 'package.json');

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function schemaText(rules: readonly Rule[] = RULES): string {
  return json(configSchema(rules));
}

interface Setting {
  [keyword: string]: unknown;
}

/** package.json with its generated settings replaced; the rest as it is. */
export function packageText(packageJson: string, rules: readonly Rule[] = RULES): string {
  const manifest = JSON.parse(packageJson);
  const settings = manifest.contributes.configuration.properties as Record<string, Setting>;
  const setting = (key: string) => {
    if (!settings[key]) throw new Error(`package.json has no setting ${key}`);
    return settings[key];
  };
  setting('postmortem.files').default = DEFAULT_FILES;
  setting('postmortem.profile').enum = profileIds();
  setting('postmortem.profile').enumDescriptions = profileDescriptions();
  setting('postmortem.rules').properties = Object.fromEntries(
    rules.map((rule) => [rule.id, { markdownDescription: ruleDescription(rule), ...ruleSettingSchema(rule) }]),
  );
  setting('postmortem.blame.extraPhrases').items = extraPhraseSchema();
  return json(manifest);
}

function main(): void {
  const written: string[] = [];
  const update = (file: string, text: string) => {
    if (readFileSync(file, 'utf8') === text) return;
    writeFileSync(file, text);
    written.push(file);
  };
  update(SCHEMA_FILE, schemaText());
  update(PACKAGE_FILE, packageText(readFileSync(PACKAGE_FILE, 'utf8')));
  process.stdout.write(written.length > 0 ? `wrote ${written.join(', ')}\n` : 'package.json and the configuration schema are up to date\n');
}

if (require.main === module) main();
