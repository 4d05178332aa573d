// Finds blame in one sentence: lexicon patterns, each confirmed by the context it asks for.
import { BuiltBySettings } from '../builtBySettings';
import type { BlameCategory, BlameTier } from '../types';
import { nounPhraseAt } from './actors';
import { subjectOf, verbGroupAt } from './clauseRoles';
import { judge } from './judge';
import { BLAME_PATTERNS, type BlamePattern } from './lexicon';
import { referentAfter, referentOf, subjectBefore, type Referent } from './people';
import { clauseHolding, readSentence, type Sentence } from './sentence';

export interface BlameMatch {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  patternId: string;
  category: BlameCategory;
  tier: BlameTier;
  suggestions: string[];
  /** How much of the match, from its start, a safe fix may delete ("obviously", the "just" of "just pushed"); 0 for none. */
  removableLength: number;
}

export interface CompiledPattern {
  source: BlamePattern;
  /** The pattern between ASCII word boundaries (see asciiWhole): the cheap one to compile. */
  regex: RegExp;
  /** The same, sticky: does it match right here? */
  at: RegExp;
  /** The pattern between Unicode word boundaries, sticky; compiled only for text that needs it. */
  unicodeAt: RegExp | undefined;
  before: RegExp | undefined;
  after: RegExp | undefined;
}

/** Patterns behind one cheap test that rules a text out before any of them runs. */
interface PatternGroup {
  /** Matches (global) wherever one of the patterns may start. */
  trigger: RegExp;
  patterns: CompiledPattern[];
}

type ExtraPhrase = { phrase: string; category: BlameCategory };

export interface BlameLexicon {
  groups: PatternGroup[];
  /** Phrases the user allows (`blame.allow`), lower-cased. */
  allowed: Set<string>;
}

/**
 * Patterns per group. A regular expression is compiled when first run, and compiling all of them
 * was most of a language server's first analysis: a text only runs (and compiles) the patterns
 * of the groups whose test it passes.
 */
const GROUP_SIZE = 16;

/** Verbs of attention and diligence: only people do these, so "Kenji should have waited" is about a person. */
const HUMAN_VERB =
  /^(?:check|double-check|verif|validat|test|review|read|notic|know|known|knew|realiz|realis|caught|catch|ask|escalat|wait|follow|paid|pay|communicat|told|tell|inform|notif|warn|confirm|look|thought|think|consider|anticipat|forese|understood|understand|remember|consult|coordinat|monitor|watch|respond|acknowledg|pag|call|spoke|speak|talk|listen|heed|flag|report|document|plan|prepar|practi|insist|question|refus|spot|see|seen|saw|bother|care|hesitat|object|push)/i;

/** What users and customers are told to do: "the customer could have enabled backups" reproaches them. */
const AUDIENCE_DUTY =
  /^(?:check|verif|validat|test|read|follow|enabl|configur|avoid|prevent|updat|upgrad|back|rotat|renew|patch|heed|listen)/i;

/**
 * A sentence about what will be done is not a judgement of what was done. "should obviously have"
 * looks back as "should have" does: the adverbs between are the very words a safe fix deletes, and
 * a judgement that changed with them would find more to fix after the first pass.
 */
const FORWARD_LOOKING =
  /\b(?:will|shall|must|needs? to|should(?!(?:\s+\w+ly)*\s+have\b|\s+of\b|'ve)|going to|plans? to|let's|we'll|make sure|ensure|todo)\b/i;

/**
 * Where a match may start and end: not inside a word. The boundaries are checked as ASCII in the
 * patterns and beyond ASCII around each match (exactMatch): V8 compiles a \p{L} class under the
 * i and u flags into a table of every letter's case variants, which made compiling the lexicon a
 * third of a new server's first analysis; with ASCII classes it compiles several times faster.
 */
const WORD_START = String.raw`(?<![\p{L}\p{N}_'’-])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_-])`;
const ASCII_WORD_START = String.raw`(?<![A-Za-z0-9_'’-])`;
const ASCII_WORD_END = String.raw`(?![A-Za-z0-9_-])`;
/** A letter or digit, which ASCII_WORD_START and ASCII_WORD_END let through beyond ASCII. */
const WORD_CHARACTER_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_CHARACTER_AFTER = /^[\p{L}\p{N}]/u;

const QUOTES_OPEN = /["“‘'«]\s*$/;
const QUOTES_CLOSE = /^\s*["”’'»]/;

/**
 * Lexicons compiled once per process for each setting: V8 compiles each RegExp object's
 * expression on first use, and compiling the lexicon's again for every analyzer (one per
 * configuration) cost more than the search. Sharing is safe: every use sets lastIndex first.
 */
const lexicons = new BuiltBySettings(16, ([extraPhrases, allow]: [ExtraPhrase[], string[]]) => buildLexicon(extraPhrases, allow));

export function compileLexicon(extraPhrases: ExtraPhrase[] = [], allow: string[] = []): BlameLexicon {
  return lexicons.get([extraPhrases, allow]);
}

function buildLexicon(extraPhrases: ExtraPhrase[], allow: string[]): BlameLexicon {
  const entries: BlamePattern[] = [
    ...BLAME_PATTERNS,
    ...extraPhrases.map((extra, index) => ({
      id: `custom-${index + 1}`,
      category: extra.category,
      pattern: escapeRegExp(extra.phrase.trim()),
    })),
  ];
  const patterns = entries.map((source) => ({
    source,
    regex: new RegExp(asciiWhole(source.pattern), 'giu'),
    at: new RegExp(asciiWhole(source.pattern), 'iuy'),
    unicodeAt: undefined,
    before: source.unlessBefore ? new RegExp(`(?:${spaces(source.unlessBefore)})$`, 'iu') : undefined,
    after: source.unlessAfter ? new RegExp(`^(?:${spaces(source.unlessAfter)})`, 'iu') : undefined,
  }));
  const groups: PatternGroup[] = [];
  for (let start = 0; start < patterns.length; start += GROUP_SIZE) {
    const group = patterns.slice(start, start + GROUP_SIZE);
    // The patterns without their lookarounds. A start condition put once in front rules out
    // mid-word positions before any alternative is tried (three times faster). It is the patterns'
    // own, with ASCII word characters for letters: half the time again, and it only lets more through.
    const alternatives = group.map((pattern) => withoutGroupNames(spaces(pattern.source.pattern)));
    groups.push({ trigger: new RegExp(String.raw`(?<![\w'’-])(?:${alternatives.join('|')})`, 'giu'), patterns: group });
  }
  return { groups, allowed: new Set(allow.map((phrase) => phrase.trim().toLowerCase())) };
}

/**
 * The patterns that match somewhere in the text: in a part of it (a sentence of a block), no other
 * can. None, for most blocks of a postmortem. Only where a group's test matches can one of its
 * patterns start, so each is tried there alone, not searched for through the whole text.
 */
export function candidatePatterns(text: string, lexicon: BlameLexicon): CompiledPattern[] {
  const normalized = text.replace(/’/g, "'");
  return lexicon.groups.flatMap((group) => {
    const found = new Set<CompiledPattern>();
    group.trigger.lastIndex = 0;
    for (let match = group.trigger.exec(normalized); match; match = group.trigger.exec(normalized)) {
      // On from the next position, not the match's end: another pattern may start inside this match.
      group.trigger.lastIndex = match.index + 1;
      for (const pattern of group.patterns) if (!found.has(pattern) && matchesAt(normalized, pattern, match.index)) found.add(pattern);
    }
    return group.patterns.filter((pattern) => found.has(pattern));
  });
}

function matchesAt(text: string, pattern: CompiledPattern, index: number): boolean {
  pattern.at.lastIndex = index;
  return pattern.at.test(text);
}

/**
 * `candidates`: the patterns that may match (candidatePatterns of the sentence or of text around it); by default, found here.
 * `judged`: whether to read who the sentence says did or failed what (judge.ts), beside the lexicon.
 */
export function detectBlame(sentence: string, lexicon: BlameLexicon, candidates?: CompiledPattern[], judged = true): BlameMatch[] {
  const text = sentence.replace(/’/g, "'");
  const found: BlameMatch[] = [];
  let read: Sentence | undefined;
  const reading = () => (read ??= readSentence(text));
  for (const pattern of candidates ?? candidatePatterns(text, lexicon)) {
    for (const match of matchesOf(pattern, text)) {
      const start = match.index;
      const matchEnd = start + match[0].length;
      if (isBlame(pattern, text, start, matchEnd, match.groups)) {
        // "caused by a new intern", "Root Cause: The Cleaner": the person named is part of what is shown.
        const end = pattern.source.object === 'person' ? personAfter(reading(), matchEnd) : matchEnd;
        found.push({
          start,
          end,
          text: sentence.slice(start, end),
          patternId: pattern.source.id,
          ...weighByWriters(pattern, () => isTheWriters(reading(), start)),
          suggestions: pattern.source.suggestions ?? [],
          removableLength: pattern.source.removable ? removableLength(match[0], match.groups?.verb) : 0,
        });
      }
    }
  }
  if (judged) {
    // The lexicon's finding stands where both find the same words, with its suggestions and fixes,
    // unless the reading weighs them heavier.
    // One reading of a sentence says what another already said ("It was caused by a new intern who
    // ran the wrong script": the cause frame, the act, the wrong script): a judgement stands where no
    // finding of its kind and weight does, and the lexicon's, with its suggestions and fixes, first.
    const lexiconFound = found.length;
    for (const judgement of judge(reading())) {
      const said = found.some(
        (match, index) =>
          (match.start < judgement.end &&
            judgement.start < match.end &&
            (index < lexiconFound || match.tier === 'warning' || judgement.tier === 'info')) ||
          (match.category === judgement.category &&
            (match.tier === 'warning' || judgement.tier === 'info') &&
            distance(match, judgement) <= SAME_STATEMENT),
      );
      if (said) continue;
      found.push({
        start: judgement.start,
        end: judgement.end,
        text: sentence.slice(judgement.start, judgement.end),
        patternId: judgement.id,
        category: judgement.category,
        tier: judgement.tier,
        suggestions: [],
        removableLength: 0,
      });
    }
  }
  const kept = withoutOverlaps(found).filter(
    (match) => !lexicon.allowed.has(match.text.toLowerCase().replace(/\s+/g, ' ')) && !(read && deniedBlame(read, match.start)),
  );
  // "If only the operator had checked, this could have been avoided": one counterfactual, said
  // twice; where a sentence has a warning, a softer finding of the same kind adds nothing.
  return kept.filter(
    (match) =>
      match.tier === 'warning' ||
      !kept.some((other) => other.tier === 'warning' && other.category === match.category && distance(match, other) <= SAME_STATEMENT),
  );
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(a.start, b.start) - Math.min(a.end, b.end);
}

/**
 * A lexicon match about the writers themselves ("we should have…", "our mistake", "I broke
 * production") is their self-criticism: information, not a warning.
 */
function weighByWriters(pattern: CompiledPattern, aboutWriters: () => boolean): { category: BlameCategory; tier: BlameTier } {
  const { category, subject, id } = pattern.source;
  if ((subject !== undefined || id === 'persons-mistake') && aboutWriters())
    return { category: category === 'counterfactual' || category === 'hindsight' ? category : 'self-blame', tier: 'info' };
  return { category, tier: 'warning' };
}

/** "No one here acted carelessly", "nobody was careless": the judgement denied of everyone. */
function deniedBlame(sentence: Sentence, offset: number): boolean {
  const at = sentence.tokens.findIndex((t) => t.end > offset);
  if (at < 0) return false;
  const clause = clauseHolding(sentence, at);
  if (!clause) return false;
  const first = sentence.tokens.slice(clause.from, at).find((t) => !t.aside && t.cls !== 'adv' && t.cls !== 'punct');
  return (
    first !== undefined &&
    (first.lower === 'nobody' ||
      first.lower === 'noone' ||
      first.lower === 'none' ||
      (first.lower === 'no' && /^(?:one|single)$/.test(sentence.tokens[sentence.tokens.indexOf(first) + 1]?.lower ?? '')))
  );
}

/** Where the noun phrase that starts at `offset` ends: the person a lexicon match names after it. */
function personAfter(sentence: Sentence, offset: number): number {
  const at = sentence.tokens.findIndex((t) => t.start >= offset);
  if (at < 0) return offset;
  const phrase = nounPhraseAt(sentence, at);
  return phrase.to > at ? sentence.tokens[phrase.to - 1]!.end : offset;
}

/** Characters between two findings of a kind that make them one statement read twice. */
const SAME_STATEMENT = 30;

/** Whether the clause a lexicon match starts in is the writers' own ("we should have…", "our mistake"): softer. */
function isTheWriters(sentence: Sentence, offset: number): boolean {
  const at = sentence.tokens.findIndex((t) => t.end > offset);
  if (at < 0) return false;
  const t = sentence.tokens[at]!;
  // "our mistake" is the team's self-criticism; "my fault", "I broke production" one person's slip, as any other's.
  if (t.cls === 'poss') return t.lower === 'our';
  return subjectOf(sentence, verbGroupAt(sentence, at).from).kind === 'self';
}

/** Where the pattern matches in the text, from a word start to a word end, left to right. */
export function* matchesOf(pattern: CompiledPattern, text: string): Generator<RegExpExecArray> {
  pattern.regex.lastIndex = 0;
  for (let candidate = pattern.regex.exec(text); candidate; candidate = pattern.regex.exec(text)) {
    const match = exactMatch(pattern, text, candidate);
    if (!match || match[0].length === 0) {
      // On past the character, a whole one: set inside a surrogate pair, V8 starts at the pair again.
      pattern.regex.lastIndex = candidate.index + (text.codePointAt(candidate.index)! > 0xffff ? 2 : 1);
      continue;
    }
    // Set before yielding: the pattern is shared, and isBlame runs between two matches.
    pattern.regex.lastIndex = match.index + match[0].length;
    yield match;
  }
}

/**
 * The match the pattern makes at `found`'s start between Unicode word boundaries, given its match
 * between ASCII ones there. A letter beyond ASCII before the start rules the start out. Where one
 * follows the end, the pattern may end elsewhere (a longer alternative) or nowhere: only then is
 * the Unicode pattern compiled and asked. Elsewhere the two agree: they try the same ends in the
 * same order, and the first that passes the ASCII check passes the Unicode one.
 */
function exactMatch(pattern: CompiledPattern, text: string, found: RegExpExecArray): RegExpExecArray | undefined {
  const start = found.index;
  if (WORD_CHARACTER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  if (!WORD_CHARACTER_AFTER.test(text.slice(start + found[0].length, start + found[0].length + 2))) return found;
  pattern.unicodeAt ??= new RegExp(whole(pattern.source.pattern), 'iuy');
  pattern.unicodeAt.lastIndex = start;
  return pattern.unicodeAt.exec(text) ?? undefined;
}

function isBlame(pattern: CompiledPattern, text: string, start: number, end: number, groups: Record<string, string> | undefined): boolean {
  const { source } = pattern;
  const before = text.slice(0, start);
  const after = text.slice(end);
  // A phrase in quotes is being talked about, not used: 'we avoid "human error" as a cause'.
  if (QUOTES_OPEN.test(before) && QUOTES_CLOSE.test(after)) return false;
  if (pattern.before?.test(before)) return false;
  if (pattern.after?.test(after)) return false;
  if (source.pastOnly && FORWARD_LOOKING.test(ownSentence(text, start, end))) return false;
  const verb = groups?.verb;
  if (groups?.who !== undefined && !isPerson(referentOf(groups.who), verb, true)) return false;
  if (source.object === 'person' && !isPerson(referentAfter(text, end), verb, true)) return false;
  if (source.subject === 'person' && !isPerson(subjectBefore(text, start, source.subjectScope), verb)) return false;
  if (source.subject === 'not-thing') {
    const subject = subjectBefore(text, start, source.subjectScope);
    if (subject === 'thing' || subject === 'negative') return false;
  }
  return true;
}

/**
 * A name we cannot place counts as a person when the verb is something only people do, or
 * when it is named as a cause ("caused by Priya"), where products are rare and listed.
 */
function isPerson(referent: Referent, verb: string | undefined, namedAsCause = false): boolean {
  if (referent === 'person') return true;
  if (referent === 'audience') return verb !== undefined && AUDIENCE_DUTY.test(verb);
  if (referent === 'unknown-name') return namedAsCause || (verb !== undefined && HUMAN_VERB.test(verb));
  return false;
}

/**
 * The part of `text` between the full stops around a match: the sentence splitter keeps "…at
 * 14:02 UTC. obviously…" in one sentence (a full stop before a lower-case word), and a "should"
 * in the sentence before says nothing about this one.
 */
function ownSentence(text: string, start: number, end: number): string {
  const from = /^[\s\S]*[.!?](?:\s|(?=\p{Lu}))/u.exec(text.slice(0, start))?.[0].length ?? 0;
  const after = text.slice(end).search(/[.!?](?:\s|$|\p{Lu})/u);
  return text.slice(from, after < 0 ? text.length : end + after + 1);
}

/** The words before the verb of "just pushed", or the whole match. */
function removableLength(matched: string, verb: string | undefined): number {
  return verb === undefined ? matched.length : matched.slice(0, matched.lastIndexOf(verb)).trimEnd().length;
}

/** Where two readings find overlapping text, one finding stands: the warning over the information, then the longer match, which says more. */
function withoutOverlaps(matches: BlameMatch[]): BlameMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BlameMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (outranks(match, last)) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

function outranks(a: BlameMatch, b: BlameMatch): boolean {
  // A minimizer's match keeps the longer one as before: its removal must cover every minimizer it
  // overlaps, or fix-all leaves one for a second pass.
  const removable = a.removableLength > 0 || b.removableLength > 0;
  if (a.tier !== b.tier && !removable) return a.tier === 'warning';
  return a.end - a.start > b.end - b.start;
}

/** Named groups repeat across patterns, so the combined trigger cannot keep their names. */
function withoutGroupNames(pattern: string): string {
  return pattern.replace(/\(\?<(?=[a-z])\w+>/g, '(?:');
}

/** A pattern as it must match: from a word start to a word end. */
function whole(pattern: string): string {
  return `${WORD_START}(?:${spaces(pattern)})${WORD_END}`;
}

/** The same with ASCII word boundaries, which let more through: see WORD_START. */
function asciiWhole(pattern: string): string {
  return `${ASCII_WORD_START}(?:${spaces(pattern)})${ASCII_WORD_END}`;
}

function spaces(pattern: string): string {
  return pattern.replace(/ /g, String.raw`\s+`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
