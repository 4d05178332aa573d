// A sentence as the blame judgement reads it: its words with their offsets and a coarse word
// class, cut into clauses. Enough syntax to tell who did what ("the engineer missed…", "…was
// modified by one of the engineers", "…and did not run…"), and no more: postmortems are written in
// a hurry, in fragments and in broken English, and a shallow reading degrades gracefully on them.
import { IRREGULAR_PAST, CLOSED_CLASSES, NOT_ADVERBS_LY } from './grammar';

export type WordClass =
  | 'det'
  | 'poss'
  | 'pron'
  | 'be'
  | 'have'
  | 'do'
  | 'modal'
  | 'neg'
  | 'to'
  | 'prep'
  | 'conj'
  | 'sub'
  | 'rel'
  | 'adv'
  /** A past tense or participle: "missed", "forgotten", "ran". */
  | 'past'
  | 'ing'
  | 'num'
  /** Anything else: nouns, adjectives, names, verbs in their base or present form. */
  | 'word'
  | 'punct';

export interface Token {
  /** As written (a contraction's parts each get their own: "didn't" is "did" and "n't"). */
  text: string;
  /** Lower case, with contractions spelled out ("n't" → "not", "'ve" → "have"). */
  lower: string;
  start: number;
  end: number;
  cls: WordClass;
  /** "the engineer's change": the word owns what follows. */
  possessive: boolean;
  /** Inside parentheses or quotes: an aside or a mention, not part of the clause around it. */
  aside: boolean;
}

export interface Clause {
  /** Token indices [from, to) of the clause's own words, its opener excluded. */
  from: number;
  to: number;
  /** The word or mark that opened it ("and", "who", ",", "because"), or undefined at the sentence start. */
  opener: Token | undefined;
}

export interface Sentence {
  text: string;
  tokens: Token[];
  clauses: Clause[];
  /** Written in Title Case ("Server Outage Due to Code Bug"): its capitals say nothing about names. */
  titleCase: boolean;
}

// A word: letters and digits, joined by apostrophes, dots, slashes, hyphens and the like inside it
// ("didn't", "wp-settings.php", "on-call", "re-started"), with the dot of a file extension written
// alone (".phpp"); or one mark.
const TOKEN =
  /(?:(?<=^|[\s"'“‘(])\.(?=[\p{L}\p{N}]))?[\p{L}\p{N}@#$_][\p{L}\p{N}_@#$%&+*]*(?:['’./:\-–][\p{L}\p{N}_@#$%&+*]+)*['’]?|[^\s\p{L}\p{N}]/gu;
const CONTRACTION = /^(.+?)(n['’]t|['’](?:ve|s|d|ll|re|m))$/i;
const SPELLED_OUT: Record<string, string> = { "n't": 'not', "'ve": 'have', "'ll": 'will', "'re": 'are', "'m": 'am' };
/** The first part of "can't", "won't", "shan't" as it is spelled alone. */
const NEGATED_STEM: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
/** Words whose "'s" is "is" or "has", not a possessive. */
const S_IS = new Set([
  'it',
  'that',
  'this',
  'he',
  'she',
  'there',
  'here',
  'what',
  'who',
  'where',
  'let',
  'everything',
  'nothing',
  'something',
  'someone',
  'everyone',
  'nobody',
]);
const QUOTES = new Set(['"', '“', '”', '«', '»']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
/** Marks between clauses; a dot or other mark inside a sentence ends a clause too. */
const CLAUSE_MARKS = /^[,;:()[\]{}—–.!?…"“”«»]$|^-$/;

export function readSentence(text: string): Sentence {
  const tokens = tokenize(text);
  return { text, tokens, clauses: clausesOf(tokens), titleCase: isTitleCase(tokens) };
}

/** Most words of three or more, function words aside, start with a capital. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.cls === 'word' || t.cls === 'past' || t.cls === 'ing' || t.cls === 'adv');
  if (words.length < 3) return false;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitalised * 4 >= words.length * 3;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let quoted = false;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index!;
    if (QUOTES.has(raw) || (raw === "'" && quoteMark(text, start))) {
      quoted = raw === '”' ? false : raw === '“' ? true : !quoted;
      tokens.push(token(raw, start, 'punct', false, true));
      continue;
    }
    if (OPENERS.has(raw)) depth++;
    const aside = depth > 0 || quoted;
    if (CLOSERS.has(raw)) depth = Math.max(0, depth - 1);
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      tokens.push(token(raw, start, 'punct', false, aside || CLOSERS.has(raw)));
      continue;
    }
    const contraction = CONTRACTION.exec(raw);
    if (contraction && !/^['’]s$/i.test(contraction[2]!)) {
      const [, stem, ending] = contraction;
      const endingLower = ending!.toLowerCase().replace('’', "'");
      const stemLower = endingLower === "n't" ? (NEGATED_STEM[stem!.toLowerCase()] ?? stem!.toLowerCase()) : stem!.toLowerCase();
      tokens.push(word(stem!, stemLower, start, false, aside));
      const spelled = endingLower === "'d" ? 'would' : SPELLED_OUT[endingLower]!;
      tokens.push(word(ending!, spelled, start + stem!.length, false, aside));
      continue;
    }
    if (contraction) {
      const stem = contraction[1]!;
      if (S_IS.has(stem.toLowerCase())) {
        tokens.push(word(stem, stem.toLowerCase(), start, false, aside));
        tokens.push(word(contraction[2]!, 'is', start + stem.length, false, aside));
      } else {
        tokens.push(word(raw, stem.toLowerCase(), start, true, aside));
      }
      continue;
    }
    // "engineers'" owns what follows; a word ending in a dot ("Mr.", "etc.") keeps it.
    const possessive = /['’]$/.test(raw);
    tokens.push(word(raw, raw.toLowerCase().replace(/['’]$/, ''), start, possessive, aside));
  }
  // "I'd" is "had" before a participle ("had we enabled…", "I'd forgotten").
  tokens.forEach((t, i) => {
    if (t.lower === 'would' && /^['’]d$/i.test(t.text) && tokens[i + 1]?.cls === 'past') Object.assign(t, { lower: 'had', cls: 'have' });
  });
  return tokens;
}

/** A single quote that opens or closes a quotation, not an apostrophe inside or after a word. */
function quoteMark(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 1);
  return !/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(after);
}

function token(text: string, start: number, cls: WordClass, possessive: boolean, aside: boolean): Token {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, cls, possessive, aside };
}

function word(text: string, lower: string, start: number, possessive: boolean, aside: boolean): Token {
  return { text, lower, start, end: start + text.length, cls: wordClass(lower), possessive, aside };
}

function wordClass(lower: string): WordClass {
  const closed = CLOSED_CLASSES.get(lower);
  if (closed) return closed;
  if (/^\d[\d.,:%]*$/.test(lower)) return 'num';
  if (IRREGULAR_PAST.has(lower)) return 'past';
  if (
    /^[a-z][a-z-]*[^aeiou-]ed$|^[a-z][a-z-]*[aeiou]ed$/.test(lower) &&
    lower.length > 3 &&
    !/(?:ee|need|feed|seed|speed|bleed|breed|greed|creed|steed|deed)$/.test(lower)
  )
    return 'past';
  if (
    /^[a-z][a-z-]{2,}ing$/.test(lower) &&
    !/^(?:[a-z]*thing|string|ring|king|spring|offspring|ceiling|wing|sling|sibling|evening|morning|during|ping|bling|swing|awning|pudding|wedding|building|landing|logging|engineering|marketing|accounting|networking|staffing|onboarding|housekeeping|plumbing|wiring|clothing|meeting|warning|setting|string)$/.test(
      lower,
    )
  )
    return 'ing';
  if (/^[a-z][a-z-]{2,}ly$/.test(lower) && !NOT_ADVERBS_LY.has(lower)) return 'adv';
  return 'word';
}

/** Cut where a clause may start: at marks, conjunctions, subordinators and relative words. */
function clausesOf(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let opener: Token | undefined;
  tokens.forEach((t, i) => {
    // Words in parentheses or quotes stay in the clause around them, which reads past them.
    // "at 2 a.m. instead of…": the full stop of an abbreviation ends nothing.
    const abbreviation = t.text === '.' && i > 0 && /^(?:[a-z]\.)+[a-z]$|^(?:etc|vs|approx|mr|mrs|ms|dr)$/i.test(tokens[i - 1]!.text);
    const cuts =
      !t.aside &&
      !abbreviation &&
      (t.cls === 'conj' || t.cls === 'sub' || t.cls === 'rel' || (t.cls === 'punct' && CLAUSE_MARKS.test(t.text)));
    if (!cuts) return;
    clauses.push({ from, to: i, opener });
    from = i + 1;
    opener = t;
  });
  clauses.push({ from, to: tokens.length, opener });
  return clauses.filter((clause) => clause.to > clause.from || clause.opener);
}

/** Words after which a full stop ends no sentence: "Mr. Abbey", "e.g. the proxy". */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'no',
  'approx',
  'inc',
  'ltd',
  'jr',
  'sr',
  'prof',
  'fig',
  'cf',
  'al',
]);
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])|\r?\n(?=[ \t]*\d{1,4}[:/.-]\d)/gu;

/**
 * The sentences of a block, as offsets: where a full stop, question or exclamation mark is
 * followed by a capital or a digit, or a line opens with a time. For blocks that only the blame
 * judgement reads: cheaper than the English parser, and close enough for finding clauses.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index! + match[0].length;
    const word = /([\p{L}.]+)\.*$/u
      .exec(text.slice(Math.max(start, match.index! - 12), match.index! + 1))?.[1]
      ?.toLowerCase()
      .replace(/\.$/, '');
    if (match[0].startsWith('.') && word !== undefined && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((span) => /\p{L}/u.test(text.slice(span.start, span.end)));
}

/** The clause a token is in. */
export function clauseHolding(sentence: Sentence, at: number): Clause | undefined {
  return sentence.clauses.find((clause) => at >= clause.from && at < clause.to);
}
