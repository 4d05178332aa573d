// The cheap per-block tests that let most prose skip sentence parsing must never hide a finding:
// wherever retext-equality or the blame detector reports something, the test said "maybe".
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseEnglish } from 'parse-english';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import { compileLexicon, detectBlame } from '../../server/src/engine/blame/detect';
import { buildModel } from '../../server/src/engine/model';
import { mayHaveEqualityMatch } from '../../server/src/engine/prose/equalityTrigger';
import { CORPUS } from './corpus.test';

function blocks(): string[] {
  const folders = [join(__dirname, '..', 'fixtures', 'rules'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const texts = folders.flatMap((folder) => readdirSync(folder).filter((file) => file.endsWith('.md')).map((file) => readFileSync(join(folder, file), 'utf8')));
  const labelled = ['dev.tsv', 'holdout.tsv'].flatMap((file) => readFileSync(join(__dirname, '..', 'fixtures', 'blame', file), 'utf8').split('\n').slice(1).map((row) => row.split('\t')[2] ?? ''));
  return [...texts.flatMap((text) => buildModel(text).prose.map((block) => block.masked)), ...labelled];
}

describe('prose pre-filters', () => {
  const all = blocks();

  it('say "maybe" for every block where retext-equality reports', () => {
    const transform = retextEquality() as unknown as (tree: unknown, file: VFile) => void;
    let reported = 0;
    for (const block of all) {
      const file = new VFile(block);
      transform(new ParseEnglish().parse(block), file);
      if (file.messages.length === 0) continue;
      reported++;
      assert.ok(mayHaveEqualityMatch(block), `missed: ${block.slice(0, 120)}`);
    }
    assert.ok(reported > 20, 'the check saw real reports');
  });

  it('say "maybe" for every block where the blame detector reports', () => {
    const lexicon = compileLexicon();
    let reported = 0;
    for (const block of all) {
      const sentences = new ParseEnglish().parse(block);
      const found = sentences.children.some((paragraph) => 'children' in paragraph && paragraph.children.some((sentence) => {
        const start = sentence.position?.start.offset ?? 0;
        const end = sentence.position?.end.offset ?? 0;
        return detectBlame(block.slice(start, end), lexicon).length > 0;
      }));
      if (!found) continue;
      reported++;
      assert.ok(lexicon.trigger.test(block.replace(/’/g, "'")), `missed: ${block.slice(0, 120)}`);
    }
    assert.ok(reported > 100, 'the check saw real reports');
  });
});
