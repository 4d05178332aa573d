// Writes server/src/engine/data/wordClasses.json (npm run generate:word-classes): compromise's
// answers to the two questions the blame rule asks of a word (blame/wordClasses.ts), for every
// single word of compromise's lexicon. Loading compromise took a tenth of a second and tens of MB
// at a language server's first analysis; its answers for the words it knows fit in a small table.
// test/unit/wordClasses.test.ts checks the table against compromise, so an upgrade shows drift.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import type { WordClassesData } from '../src/engine/blame/wordClasses';

const OTHER_WORD_CLASS = '(#Adjective|#Verb|#Adverb|#Determiner|#Preposition|#Conjunction)';

export const WORD_CLASSES_FILE = join(__dirname, '..', 'src', 'engine', 'data', 'wordClasses.json');

/** Is the word, capitalised as a name is, a person's name to compromise? */
export function compromiseSaysPerson(word: string): boolean {
  return nlp(word.charAt(0).toUpperCase() + word.slice(1)).has('#Person');
}

/** Is the word an adjective, verb, adverb, determiner, preposition or conjunction to compromise? */
export function compromiseSaysOtherWordClass(word: string): boolean {
  return nlp(word).has(OTHER_WORD_CLASS);
}

/** The lexicon's single words (lower-case), sorted. */
export function compromiseLexiconWords(): string[] {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  return Object.keys(lexicon)
    .filter((word) => !/\s/.test(word))
    .sort();
}

export function wordClassesFromCompromise(): WordClassesData {
  const names: string[] = [];
  const otherWordClasses: string[] = [];
  const neither: string[] = [];
  for (const word of compromiseLexiconWords()) {
    const person = compromiseSaysPerson(word);
    const other = compromiseSaysOtherWordClass(word);
    if (person) names.push(word);
    if (other) otherWordClasses.push(word);
    if (!person && !other) neither.push(word);
  }
  return {
    source:
      'Generated from the lexicon of compromise (MIT License, Copyright (c) 2019 Spencer Kelly) by server/scripts/generateWordClasses.ts',
    names: names.join(' '),
    otherWordClasses: otherWordClasses.join(' '),
    neither: neither.join(' '),
  };
}

if (require.main === module) {
  writeFileSync(WORD_CLASSES_FILE, `${JSON.stringify(wordClassesFromCompromise(), null, 2)}\n`);
  console.log(`wrote ${WORD_CLASSES_FILE}`);
}
