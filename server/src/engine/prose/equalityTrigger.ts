// A cheap test for "could retext-equality report anything in this block?", so that blocks
// without any of its words skip sentence parsing altogether (most blocks of a postmortem).
// retext-equality does not export its phrase list; the tsconfig path "retext-equality/patterns"
// points at the package's own data file, for tsx and esbuild alike.
import { patterns } from 'retext-equality/patterns';

/** Words are compared as nlcst-normalize compares them: lower case, no dashes, no apostrophes. */
function normalize(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/[-']/g, '');
}

const FIRST_WORDS: ReadonlySet<string> = new Set(
  patterns.flatMap((pattern: { inconsiderate: Record<string, string> }) => Object.keys(pattern.inconsiderate).map((phrase) => normalize(phrase.split(' ')[0]!))),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * True when some word of the text could start one of retext-equality's phrases. Errs on the side
 * of yes: each word is also tried in its parts around dashes and apostrophes, since the English
 * parser may split there.
 */
export function mayHaveEqualityMatch(text: string): boolean {
  for (const [word] of text.matchAll(WORD)) {
    if (FIRST_WORDS.has(normalize(word))) return true;
    if (/[-'’]/.test(word) && word.split(/[-'’]+/).some((part) => FIRST_WORDS.has(normalize(part)))) return true;
  }
  return false;
}
