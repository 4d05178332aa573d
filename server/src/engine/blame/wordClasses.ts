// What a capitalised word is, for telling "Bob should have…" from "Insufficient limits…": a
// person's name, another word class (adjective, verb, adverb, determiner, preposition,
// conjunction), or neither. For the ~20,000 words of compromise's lexicon the answers are
// compromise's own, computed ahead (server/scripts/generateWordClasses.ts); other words, most
// names among them ("Priya", "Kenji"), are judged by their ending, as compromise guesses them too.
import data from '../data/wordClasses.json';

export interface WordClassesData {
  source: string;
  /** Space-separated lower-case words; each list holds the words for which compromise said yes. */
  names: string;
  otherWordClasses: string;
  /** The lexicon's words that are neither: answered "no" without guessing. */
  neither: string;
}

interface WordClasses {
  names: Set<string>;
  otherWordClasses: Set<string>;
  known: Set<string>;
}

let wordClasses: WordClasses | undefined;

function loaded(): WordClasses {
  if (!wordClasses) {
    const names = new Set(data.names.split(' '));
    const otherWordClasses = new Set(data.otherWordClasses.split(' '));
    wordClasses = { names, otherWordClasses, known: new Set([...names, ...otherWordClasses, ...data.neither.split(' ')]) };
  }
  return wordClasses;
}

/**
 * Endings of adjectives ("Insufficient", "Careless"), verbs ("Alerting", "Escalated") and adverbs
 * ("Hastily") outside the lexicon. Those names also have are left out or asked of longer words
 * only: a name read as a verb is a person missed ("Rasheed ignored the alert").
 */
const OTHER_WORD_CLASS_ENDING = /^\p{L}[\p{L}-]{2,}(?:ly|ous|ive|able|ible|ful|less|ient|ize[ds]?)$|^\p{L}[\p{L}-]{3,}(?:ing|(?<!e)ed)$/u;

/** "Bob", "Grace": a name in compromise's lexicon. A name it does not know is not guessed. */
export function isPersonName(word: string): boolean {
  return loaded().names.has(word.toLowerCase());
}

/** Whether compromise's lexicon lists the word: a capitalised word it lists and does not call a name is a common word ("Child", "Server"). */
export function isKnownWord(word: string): boolean {
  return loaded().known.has(word.toLowerCase());
}

/** "Insufficient" is an adjective and "Behold" a verb: not names. */
export function isOtherWordClass(word: string): boolean {
  const lower = word.toLowerCase();
  const classes = loaded();
  return classes.known.has(lower) ? classes.otherWordClasses.has(lower) : OTHER_WORD_CLASS_ENDING.test(lower);
}
