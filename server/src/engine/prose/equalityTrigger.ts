// A cheap test for "could retext-equality report anything in this text?", so that prose without
// any of its phrases skips sentence parsing and searching (most blocks and sentences of a postmortem).
// retext-equality does not export its phrase list; the tsconfig path "retext-equality/patterns"
// points at the package's own data file, for tsx and esbuild alike.
import { patterns } from 'retext-equality/patterns';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words as nlcst-normalize compares them: lower case, no dashes, no apostrophes. */
function normalizedWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map(([word]) => word.replace(/[-'’]/g, ''));
}

/** The normalized words of a text, each also in its parts: the English parser may split words at dashes and apostrophes. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    words.add(word.replace(/[-'’]/g, ''));
    if (/[-'’]/.test(word)) for (const part of word.split(/[-'’]+/)) words.add(part);
  }
  return words;
}

/** retext-equality's phrases, less the ignored ones, indexed by their first word. */
export class EqualityPhrases {
  /** For each first word, the other words of each phrase that starts with it. */
  private readonly byFirstWord = new Map<string, string[][]>();

  constructor(ignore: readonly string[]) {
    const ignored = new Set(ignore);
    for (const pattern of patterns) {
      for (const phrase of Object.keys(pattern.inconsiderate)) {
        if (ignored.has(phrase)) continue;
        // "*" stands for any word; a phrase such as "a.d.d." needs the words of the text it is made of.
        const [first, ...rest] = phrase
          .split(' ')
          .filter((word) => word !== '*')
          .flatMap(normalizedWords);
        if (first === undefined) continue;
        const list = this.byFirstWord.get(first) ?? [];
        list.push(rest);
        this.byFirstWord.set(first, list);
      }
    }
  }

  /**
   * True when every word of some phrase occurs in the text, in any order: retext-equality can
   * only report a phrase whose words are all there, so "no" is certain and "yes" only maybe.
   */
  mayMatch(text: string): boolean {
    const words = wordsOf(text);
    for (const word of words) {
      if (this.byFirstWord.get(word)?.some((rest) => rest.every((other) => words.has(other)))) return true;
    }
    return false;
  }
}
