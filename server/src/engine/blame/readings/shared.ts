// What every reading of judge.ts shares: the judgement it returns, and the small tests of a
// sentence they ask (is it a plan, a condition, a timeline entry; who is this actor).
import type { BlameCategory, BlameTier } from '../../types';
import type { Actor, ActorKind } from '../actors';
import { type VerbGroup, verbGroupAt } from '../clauseRoles';
import * as cue from '../cues';
import { verbForms } from '../grammar';
import { clauseHolding, type Sentence } from '../sentence';

export interface Judgement {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Which reading found it, e.g. "slip-adverb". */
  id: string;
  category: BlameCategory;
  tier: BlameTier;
  actor: ActorKind;
}

export type Reading = (sentence: Sentence, at: number) => Judgement | undefined;

/** Verbs only people do: a "they" is people when it does these. */
const HUMAN_VERB =
  /^(?:check|double-check|verif|validat|review|read|notic|know|knew|realiz|realis|ask|escalat|wait|follow|paid|pay|communicat|told|tell|inform|notif|confirm|look|thought|think|consider|anticipat|forese|understood|understand|remember|consult|coordinat|monitor|watch|acknowledg|call|spoke|speak|talk|listen|heed|flag|document|plan|prepar|practi|insist|question|spot|saw|bother|care|hesitat|object|decid|chose|forgot|overlook|neglect|assum|typo|mistyp|misspel)/i;

/** And what else people do to systems: a name we cannot place ("Sifchain", "Jacob") is someone when it does these. */
const ACTS_ON_SYSTEMS =
  /^(?:delet|edit|modif|creat|instal|restart|re-start|reboot|deploy|push|merg|ran|run|set|add|remov|chang|configur|wrote|writ|made|did|test|miss|misconfigur|flip|toggl|switch|click|press|hit|pull|typ|enter|select|pick|chose|approv|wip|broke|caus|took|brought|knock|crash|corrupt|nuk|forc)/i;

/** Sentences about what will or should be done from now on: advice, not judgement. */
const PLAN_WORDS = new Set(['will', 'shall', 'must', 'ensure', 'recommend', 'recommendations', 'todo']);

export function judgement(
  sentence: Sentence,
  from: number,
  to: number,
  id: string,
  category: BlameCategory,
  tier: BlameTier,
  actor: ActorKind,
): Judgement {
  const { tokens } = sentence;
  return { start: tokens[from]!.start, end: tokens[Math.max(from, to - 1)]!.end, id, category, tier, actor };
}

export function words(sentence: Sentence, from: number, count: number): string[] {
  return sentence.tokens.slice(from, from + count).map((t) => t.lower);
}

export function startsWith(sentence: Sentence, at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => sentence.tokens[at + i]?.lower === word);
}

/** A "they", or a name we cannot place, counts as people when the verb is something people do. */
export function resolve(actor: Actor, sentence: Sentence, group: VerbGroup | undefined): ActorKind {
  if (actor.kind !== 'they' && actor.kind !== 'name') return actor.kind;
  const verb = group && group.verb >= 0 ? sentence.tokens[group.verb]!.lower : '';
  if (HUMAN_VERB.test(verb)) return actor.kind === 'they' ? 'team' : 'individual';
  if (actor.kind === 'name' && ACTS_ON_SYSTEMS.test(verb)) return 'individual';
  return 'thing';
}

/**
 * The usual weighing: one person or a team is a warning, the writers themselves information,
 * anyone else nothing. `team` gives a team the warning only where the cue judges.
 */
export function weigh(kind: ActorKind, judging: boolean): { tier: BlameTier; category?: BlameCategory } | undefined {
  switch (kind) {
    case 'individual':
      return { tier: 'warning' };
    case 'team':
      return judging ? { tier: 'warning', category: 'team-blame' } : { tier: 'info', category: 'team-blame' };
    // "I messed up and pointed www at the old IP": the writer's own slip, told as the story.
    case 'me':
      return judging ? { tier: 'warning', category: 'self-blame' } : { tier: 'info', category: 'self-blame' };
    case 'self':
    case 'implied':
      return { tier: 'info', category: 'self-blame' };
    default:
      return undefined;
  }
}

/** The writers, one or many: "I", "we", "our team". */
export function isWriter(kind: ActorKind): boolean {
  return kind === 'self' || kind === 'me';
}

/** A cause the sentence gives for what someone did ("…due to poor error handling") softens the judgement. */
export function excusedBySystem(sentence: Sentence, from: number): boolean {
  const rest = sentence.tokens.slice(from).map((t) => t.lower);
  for (let i = 0; i < rest.length - 1; i++) {
    if ((rest[i] === 'due' && rest[i + 1] === 'to') || (rest[i] === 'because' && rest[i + 1] !== 'of') || rest[i] === 'since') return true;
  }
  return false;
}

/** Whether the clause holding `at` is a condition: "if you're not caching…", "unless they had…". */
export function inCondition(sentence: Sentence, at: number): boolean {
  const clause = clauseHolding(sentence, at);
  return clause?.opener !== undefined && /^(?:if|unless|whether)$/.test(clause.opener.lower);
}

/** A noun phrase naming what people do rather than people: "the design review", "Testing in staging". */
export function isHumanActivity(sentence: Sentence, phrase: Actor): boolean {
  return sentence.tokens.slice(Math.max(0, phrase.from), Math.max(0, phrase.to)).some((t) => cue.HUMAN_ACTIVITIES.has(t.lower));
}

/** A line of a timeline: it opens with a time or a date. */
export function isTimelineEntry(sentence: Sentence): boolean {
  const first = sentence.tokens.find((t) => !t.aside && t.cls !== 'punct');
  return first !== undefined && /^\d{1,4}[:/.-]\d/.test(first.text);
}

/** Whether a verb group tells what was (not) done: past, perfect or progressive, not a present habit. */
export function isPast(sentence: Sentence, group: VerbGroup): boolean {
  const words = sentence.tokens.slice(group.from, group.to).filter((t) => !t.aside);
  // "haven't checked" is "not yet": only a past tense tells what was left undone.
  return (
    words.some(
      (t) => /^(?:did|was|were|had)$/.test(t.lower) || (t.cls === 'past' && !words.some((w) => w.lower === 'has' || w.lower === 'have')),
    ) ||
    (words.some((t) => t.cls === 'be') && sentence.tokens[group.verb]?.cls === 'ing') ||
    words.some((t) => t.lower === 'never')
  );
}

export function isPlan(sentence: Sentence): boolean {
  const { tokens } = sentence;
  return tokens.some(
    (t, i) =>
      !t.aside &&
      (PLAN_WORDS.has(t.lower) ||
        (t.lower === 'make' && tokens[i + 1]?.lower === 'sure') ||
        (/^(?:plan|plans|need|needs)$/.test(t.lower) && tokens[i + 1]?.lower === 'to') ||
        // "we are going to add…", not "was going to break one day"
        (t.lower === 'going' && tokens[i + 1]?.lower === 'to' && tokens[i - 1]?.lower !== 'was' && tokens[i - 1]?.lower !== 'were')),
  );
}

/** The verb group whose verb is at or before `at` in its clause, for a cue that follows its verb. */
export function groupBefore(sentence: Sentence, at: number): VerbGroup | undefined {
  const { tokens } = sentence;
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.aside) continue;
    if (t.cls === 'punct' || t.cls === 'conj' || t.cls === 'sub' || t.cls === 'rel') break;
    if (t.cls === 'past' || t.cls === 'ing' || t.cls === 'be' || t.cls === 'have' || t.cls === 'do' || t.cls === 'modal') {
      const group = verbGroupAt(sentence, i);
      if (group.verb >= 0 || group.from === i) return group;
    }
  }
  return undefined;
}

/** "Even if…", "even with…", "even though…": a concession, which says the outcome would have come anyway. */
export function concedes(sentence: Sentence): boolean {
  return sentence.tokens.some((t, i) => t.lower === 'even' && /^(?:if|with|though|had)$/.test(sentence.tokens[i + 1]?.lower ?? ''));
}

export function isClauseStart(sentence: Sentence, at: number): boolean {
  const previous = sentence.tokens
    .slice(0, at)
    .reverse()
    .find((t) => !t.aside);
  return !previous || previous.cls === 'punct' || previous.cls === 'conj' || previous.cls === 'sub';
}

export function clauseEnd(sentence: Sentence, from: number): number {
  const { tokens } = sentence;
  let i = from;
  while (i < tokens.length && !(tokens[i]!.cls === 'punct' && !tokens[i]!.aside && tokens[i]!.text !== '-' && tokens[i]!.text !== '.')) i++;
  return i;
}

/** Whether the sentence says an act led to the outage ("…, and that broke the build", "…is what broke…", "so php-fpm could no longer…"). */
export function strongLink(sentence: Sentence, at: number): boolean {
  const { tokens } = sentence;
  return tokens.some((t, i) => {
    if (i === at || t.aside) return false;
    if (cue.STRONG_LINKS.has(t.lower)) {
      const next = cue.STRONG_LINKS.get(t.lower);
      return next === undefined || tokens.slice(i + 1, i + 4).some((n) => next.test(n.lower));
    }
    // "…so php-fpm could no longer write", "…is what broke", "that is how the attacker got in", "is the reason"
    if (t.lower === 'longer') return tokens[i - 1]?.lower === 'no';
    return /^(?:how|why|reason|what)$/.test(t.lower) && tokens[i - 1]?.cls === 'be';
  });
}

export function failureEvent(sentence: Sentence, at: number): boolean {
  return sentence.tokens.some((t, i) => i !== at && !t.aside && cue.FAILURE_EVENTS.has(t.lower));
}

export function isPersonKind(kind: ActorKind): boolean {
  return kind === 'individual' || kind === 'team' || kind === 'name';
}

/** The base form of a verb, roughly: enough to look it up in a list ("tested" → "test", "noticed" → "notice", "stopped" → "stop"). */
export function lemma(word: string): string {
  const candidates = word.endsWith('ing')
    ? [word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4)]
    : word.endsWith('ied')
      ? [`${word.slice(0, -3)}y`]
      : word.endsWith('ed')
        ? [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)]
        : word.endsWith('ies')
          ? [`${word.slice(0, -3)}y`]
          : /(?:ch|sh|ss|x|z)es$/.test(word)
            ? [word.slice(0, -2)]
            : word.endsWith('s') && !word.endsWith('ss')
              ? [word.slice(0, -1)]
              : [word];
  return IRREGULAR_BASES.get(word) ?? candidates.find((candidate) => KNOWN_BASES.has(candidate)) ?? candidates[0]!;
}

/** "wrote" → "write", "saw" → "see": the irregular past forms of the verbs lemma knows. */
const IRREGULAR_BASES = new Map(
  [...cue.DUTY_VERBS, ...cue.NEUTRAL_WHEN_NEGATED].flatMap((base) =>
    verbForms(base)
      .slice(2)
      .filter((form) => !form.endsWith('ed'))
      .map((form) => [form, base] as [string, string]),
  ),
);

/** The base forms lemma can tell apart from their neighbours. */
const KNOWN_BASES = new Set([...cue.DUTY_VERBS, ...cue.NEUTRAL_WHEN_NEGATED]);

/** Participles of what people do that is not a change: "the cause was found by Salva", "checked by the DevOps team". */
export const NOT_CHANGES = new Set([
  'found',
  'checked',
  'investigated',
  'noticed',
  'detected',
  'reported',
  'seen',
  'discovered',
  'confirmed',
  'acknowledged',
  'escalated',
  'paged',
  'handled',
  'reviewed',
  'approved',
  'observed',
  'raised',
  'opened',
  'led',
  'owned',
  'monitored',
  'tested',
  'verified',
  'known',
  'used',
  'affected',
  'impacted',
  'resolved',
  'mitigated',
  'followed',
  'assigned',
  'notified',
  'alerted',
  'contacted',
  'asked',
  'told',
  'helped',
  'supported',
  'written',
]);
