// The cheap per-block tests that let most prose skip sentence parsing must never hide a finding:
// wherever retext-equality or the blame detector reports something, the test said "maybe".
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseEnglish } from 'parse-english';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import { candidatePatterns, compileLexicon, detectBlame, matchesOf } from '../../server/src/engine/blame/detect';
import { judge, mayJudge } from '../../server/src/engine/blame/judge';
import { readSentence } from '../../server/src/engine/blame/sentence';
import { buildModel } from '../../server/src/engine/model';
import { INCLUSIVE_DEFAULT_ALLOW } from '../../server/src/engine/prose/analyzer';
import { EqualityPhrases } from '../../server/src/engine/prose/equalityTrigger';
import { patterns } from 'retext-equality/patterns';
import { CORPUS } from './corpus.test';

function blocks(): string[] {
  const folders = [join(__dirname, '..', 'fixtures', 'rules'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const texts = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(join(folder, file), 'utf8')),
  );
  const labelled = ['dev.tsv', 'holdout.tsv', 'real-style-dev.tsv', 'real-style-holdout.tsv'].flatMap((file) =>
    readFileSync(join(__dirname, '..', 'fixtures', 'blame', file), 'utf8')
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t')[2] ?? ''),
  );
  return [...texts.flatMap((text) => buildModel(text).prose.map((block) => block.masked)), ...labelled];
}

describe('prose pre-filters', () => {
  const all = blocks();

  // With no phrase ignored, and with the phrases the engine ignores by default.
  for (const ignore of [[], INCLUSIVE_DEFAULT_ALLOW]) {
    const transform = retextEquality({ ignore }) as unknown as (tree: unknown, file: VFile) => void;
    const phrases = new EqualityPhrases(ignore);
    const reports = (text: string) => {
      const file = new VFile(text);
      transform(new ParseEnglish().parse(text), file);
      return file.messages.length;
    };

    it(`say "maybe" for every block where retext-equality reports (${ignore.length} phrases ignored)`, () => {
      let reported = 0;
      for (const block of all) {
        if (reports(block) === 0) continue;
        reported++;
        assert.ok(phrases.mayMatch(block), `missed: ${block.slice(0, 120)}`);
      }
      assert.ok(reported >= 10, 'the check saw real reports');
    });

    it(`say "maybe" for generated text around retext-equality's own phrases (${ignore.length} phrases ignored)`, () => {
      let reported = 0;
      fc.assert(
        fc.property(textAroundPhrases, (text) => {
          if (reports(text) === 0) return;
          reported++;
          assert.ok(phrases.mayMatch(text), `missed: ${JSON.stringify(text)}`);
        }),
        { numRuns: 1_000, seed: 20_261_124 },
      );
      assert.ok(reported > 300, `the check saw real reports (${reported})`);
    });
  }

  it('say "no" for most blocks', () => {
    const phrases = new EqualityPhrases(INCLUSIVE_DEFAULT_ALLOW);
    const maybe = all.filter((block) => phrases.mayMatch(block)).length;
    assert.ok(maybe < all.length / 4, `${maybe} of ${all.length}`);
  });

  it('name, for every block, each blame pattern found in one of its sentences by trying them all', () => {
    const lexicon = compileLexicon();
    const everyPattern = lexicon.groups.flatMap((group) => group.patterns);
    let reported = 0;
    for (const block of all) {
      const candidates = new Set(candidatePatterns(block, lexicon).map((pattern) => pattern.source.id));
      for (const paragraph of new ParseEnglish().parse(block).children) {
        if (!('children' in paragraph)) continue;
        for (const sentence of paragraph.children) {
          const text = block.slice(sentence.position?.start.offset ?? 0, sentence.position?.end.offset ?? 0);
          for (const match of detectBlame(text, lexicon, everyPattern, false)) {
            reported++;
            assert.ok(candidates.has(match.patternId), `missed ${match.patternId}: ${block.slice(0, 120)}`);
          }
        }
      }
    }
    assert.ok(reported > 100, 'the check saw real reports');
  });

  it('say "maybe" for every block and sentence where reading who did what finds something', () => {
    let reported = 0;
    for (const block of all) {
      for (const paragraph of new ParseEnglish().parse(block).children) {
        if (!('children' in paragraph)) continue;
        for (const sentence of paragraph.children) {
          const text = block.slice(sentence.position?.start.offset ?? 0, sentence.position?.end.offset ?? 0).replace(/’/g, "'");
          const found = judge(readSentence(text));
          if (found.length === 0) continue;
          reported++;
          assert.ok(mayJudge(block), `block missed (${found[0]!.id}): ${block.slice(0, 120)}`);
          assert.ok(mayJudge(text), `sentence missed (${found[0]!.id}): ${text.slice(0, 120)}`);
        }
      }
    }
    assert.ok(reported > 100, `the check saw real reports (${reported})`);
  });

  it('match blame patterns between Unicode word boundaries, though compiled with ASCII ones', () => {
    const lexicon = compileLexicon();
    const everyPattern = lexicon.groups.flatMap((group) => group.patterns);
    // The reference: each pattern compiled whole, with Unicode boundaries in the expression.
    const unicode = new Map(
      everyPattern.map((pattern) => [
        pattern,
        new RegExp(String.raw`(?<![\p{L}\p{N}_'’-])(?:${pattern.source.pattern.replace(/ /g, String.raw`\s+`)})(?![\p{L}\p{N}_-])`, 'giu'),
      ]),
    );
    const phrases = [...new Set(all.flatMap((block) => detectBlame(block, lexicon, everyPattern).map((match) => match.text)))];
    assert.ok(phrases.length > 50, `phrases to try (${phrases.length})`);
    const neighbour = fc.constantFrom('', ' ', '.', '-', '_', "'", 'a', 'Z', '7', 'é', 'ß', 'Ω', 'ж', '日', '٣', '𝒜', '\u0301');
    const text = fc
      .tuple(
        fc.constantFrom('', 'Then ', 'the on-call engineer ', 'x'),
        neighbour,
        fc.constantFrom(...phrases),
        neighbour,
        fc.constantFrom('', ' it', 'ed', 'ly.', ' and Bob'),
      )
      .map((parts) => parts.join(''));
    let fallbacks = 0;
    fc.assert(
      fc.property(text, (sample) => {
        // eslint-disable-next-line no-control-regex -- any character beyond ASCII
        if (/[^\x00-\x7f]/.test(sample)) fallbacks++;
        for (const pattern of everyPattern) {
          const expected = [...sample.matchAll(unicode.get(pattern)!)].map((match) => `${match.index}:${match[0]}`);
          const actual = [...matchesOf(pattern, sample)].map((match) => `${match.index}:${match[0]}`);
          assert.deepEqual(actual, expected, `${pattern.source.id} in ${JSON.stringify(sample)}`);
        }
      }),
      { numRuns: 2_000, seed: 20_261_124 },
    );
    assert.ok(fallbacks > 500, `texts with letters beyond ASCII (${fallbacks})`);
  });
});

/** Phrases of retext-equality, in any case, with words, dashes, apostrophes, dots and punctuation around. */
const phrase = fc.constantFrom(...patterns.flatMap((pattern) => Object.keys(pattern.inconsiderate)));
const textAroundPhrases = fc
  .array(
    fc.oneof(
      { arbitrary: phrase, weight: 3 },
      { arbitrary: phrase.map((text) => text.toUpperCase()), weight: 1 },
      { arbitrary: phrase.map((text) => text.replace(/ /g, '-')), weight: 1 },
      { arbitrary: phrase.map((text) => text.replace(/'/g, '’')), weight: 1 },
      { arbitrary: fc.constantFrom('the', 'on', 'call', 'he', "he's", 'it', 'a', 'd', 'co', '*', 'and', 'of', 'course'), weight: 3 },
      { arbitrary: fc.constantFrom('.', ',', '"', '-', "'", '’', '(', ')', ':', '\n', '\n\n', 'e.g.', '—'), weight: 2 },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '  ', '-', '--', "'"), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((part, index) => part + gaps[index]).join('')),
  );
