// The blame rule's word classes: compromise's answers for its lexicon, kept in a generated table
// (server/scripts/generateWordClasses.ts), and a guess by ending for the words it does not list.
import assert from 'node:assert/strict';
import { compromiseLexiconWords, compromiseSaysOtherWordClass, compromiseSaysPerson } from '../../server/scripts/generateWordClasses';
import { isOtherWordClass, isPersonName } from '../../server/src/engine/blame/wordClasses';

describe('word classes', () => {
  it('answer as compromise does for every word of its lexicon (after upgrading compromise: npm run generate:word-classes)', function () {
    this.timeout(60_000);
    const differing: string[] = [];
    const words = compromiseLexiconWords();
    for (const word of words) {
      const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
      if (isPersonName(capitalized) !== compromiseSaysPerson(word)) differing.push(`${word} (name)`);
      if (isOtherWordClass(capitalized) !== compromiseSaysOtherWordClass(word)) differing.push(`${word} (word class)`);
    }
    assert.ok(words.length > 10_000, `compromise's lexicon has ${words.length} single words`);
    assert.deepEqual(differing.slice(0, 20), [], `${differing.length} words differ`);
  });

  const outsideTheLexicon: [string, { name: boolean; otherWordClass: boolean }][] = [
    ['Insufficient', { name: false, otherWordClass: true }],
    ['Alerting', { name: false, otherWordClass: true }],
    ['Hastily', { name: false, otherWordClass: true }],
    ['Escalated', { name: false, otherWordClass: true }],
    ['Containerized', { name: false, otherWordClass: true }],
    // Names it does not list are not guessed to be names, nor read as verbs or adjectives.
    ['Priya', { name: false, otherWordClass: false }],
    ['Kenji', { name: false, otherWordClass: false }],
    ['Rasheed', { name: false, otherWordClass: false }],
    ['Javed', { name: false, otherWordClass: false }],
    ['Ming', { name: false, otherWordClass: false }],
    // Nouns are neither: a capitalised one stays a name we cannot place.
    ['Partition', { name: false, otherWordClass: false }],
  ];
  for (const [word, expected] of outsideTheLexicon) {
    it(`guesses "${word}", a word compromise does not list, by its ending`, () => {
      assert.ok(!compromiseLexiconWords().includes(word.toLowerCase()), `${word} is in the lexicon now: pick another example`);
      assert.deepEqual({ name: isPersonName(word), otherWordClass: isOtherWordClass(word) }, expected);
    });
  }
});
