// The contributed snippets: generated from the section vocabulary (postmortemSnippets), committed
// as snippets/postmortem.code-snippets. Run `UPDATE_SNIPPETS=1 npm run test:unit` after changing
// the vocabulary to write the file again.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECTION_DEFINITIONS, postmortemSnippets, postmortemSnippetsFile } from '../../server/src/engine';
import { buildModel } from '../../server/src/engine/model';
import { requiredSectionStatus } from '../../server/src/engine/sectionMatching';
import { snippetAsText } from './snippetText';

const root = join(__dirname, '..', '..');
const FILE = join(root, 'snippets', 'postmortem.code-snippets');
const VARIABLES = {
  CURRENT_YEAR: '2024',
  CURRENT_MONTH: '03',
  CURRENT_DATE: '12',
  CURRENT_HOUR: '14',
  CURRENT_MINUTE: '02',
  CURRENT_TIMEZONE_OFFSET: '+02:00',
};
const expand = (name: string) => snippetAsText(postmortemSnippets()[name]!.body.join('\n'), VARIABLES);

describe('snippets', () => {
  it('the committed file is the generated one', () => {
    if (process.env.UPDATE_SNIPPETS) writeFileSync(FILE, postmortemSnippetsFile());
    assert.equal(
      readFileSync(FILE, 'utf8'),
      postmortemSnippetsFile(),
      'snippets/postmortem.code-snippets is out of date: run UPDATE_SNIPPETS=1 npm run test:unit',
    );
  });

  it('are contributed for Markdown', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { snippets?: { language: string; path: string }[] };
    };
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/postmortem.code-snippets' }]);
  });

  it('have distinct prefixes starting with pm-, and a description', () => {
    const snippets = Object.values(postmortemSnippets());
    assert.ok(snippets.every((snippet) => snippet.prefix.startsWith('pm-') && snippet.description.length > 20));
    assert.equal(new Set(snippets.map((snippet) => snippet.prefix)).size, snippets.length);
  });

  it('are all listed in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const snippet of Object.values(postmortemSnippets()))
      assert.ok(readme.includes(`\`${snippet.prefix}\``), `README lists no ${snippet.prefix}`);
  });

  it('write each standard section so that the profiles recognise it', () => {
    for (const definition of SECTION_DEFINITIONS.values()) {
      const model = buildModel(`# Outage\n\n${expand(`Section: ${definition.title}`)}`);
      const [status] = requiredSectionStatus(model, { id: 'one', label: 'One', description: '', sections: [definition] });
      assert.notEqual(status!.section, undefined, definition.title);
      assert.equal(model.sections[status!.section!]!.isEmpty, false, definition.title);
    }
  });

  it('stamp timeline entries with a time and an offset the timeline reads as its timezone', () => {
    const model = buildModel(`## Timeline\n\n${expand('Timeline entry (list item)')}Paged.\n`);
    assert.deepEqual(
      model.timeline?.entries.map((entry) => [entry.time, entry.text]),
      [['14:02 +02:00', 'Paged.']],
    );
    assert.equal(model.timeline?.timezone, '+02:00');
  });

  it('write front matter and action items the model reads', () => {
    const model = buildModel(
      `${expand('Postmortem metadata')}# Outage\n\n## Action Items\n\n${expand('Action item (list item)')}\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n${expand('Action item (table row)')}\n`,
    );
    assert.deepEqual(
      [model.metadata.date, model.metadata.severity, model.metadata.type, model.metadata.profile],
      ['2024-03-12', 'SEV1', 'postmortem', 'google-sre'],
    );
    assert.deepEqual(
      model.actionItems.map((item) => [item.type, item.owner?.value]),
      [
        ['mitigate', 'owner'],
        ['mitigate', 'owner'],
      ],
    );
  });
});
