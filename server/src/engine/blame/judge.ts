// Judges who a sentence says did or failed what: finds the cues of cues.ts, the person each is
// about (subject, agent of a passive, owner, the phrase a cause frame names), and weighs the two.
// A person or team made the cause, judged, or told what they failed to do is a warning; the
// writers' own self-criticism, hindsight about a process and responsibility pushed around are
// information; things failing, and people acting, are neither.
import type { BlameCategory, BlameTier } from '../types';
import { isPeople, nounPhraseAt, type Actor, type ActorKind } from './actors';
import { actorOf, agentOf, subjectOf, verbGroupAt, type VerbGroup } from './clauseRoles';
import * as cue from './cues';
import type { Sentence, Token } from './sentence';

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

type Reading = (sentence: Sentence, at: number) => Judgement | undefined;

/** Verbs only people do: a "they" is people when it does these. */
const HUMAN_VERB = /^(?:check|double-check|verif|validat|review|read|notic|know|knew|realiz|realis|ask|escalat|wait|follow|paid|pay|communicat|told|tell|inform|notif|confirm|look|thought|think|consider|anticipat|forese|understood|understand|remember|consult|coordinat|monitor|watch|acknowledg|call|spoke|speak|talk|listen|heed|flag|document|plan|prepar|practi|insist|question|spot|saw|bother|care|hesitat|object|decid|chose|forgot|overlook|neglect|assum|typo|mistyp|misspel)/i;

/** And what else people do to systems: a name we cannot place ("Sifchain", "Jacob") is someone when it does these. */
const ACTS_ON_SYSTEMS = /^(?:delet|edit|modif|creat|instal|restart|re-start|reboot|deploy|push|merg|ran|run|set|add|remov|chang|configur|wrote|writ|made|did|test|miss|misconfigur)/i;

/** Sentences about what will or should be done from now on: advice, not judgement. */
const PLAN_WORDS = new Set(['will', 'shall', 'must', 'ensure', 'recommend', 'recommendations', 'todo']);

/**
 * Whether a text holds a word some reading starts at: most blocks of a postmortem do not, and
 * need no reading at all. ASCII word boundaries: a cheap expression to compile and to run.
 */
export function mayJudge(text: string): boolean {
  return trigger().test(text);
}

export function judge(sentence: Sentence): Judgement[] {
  const found: Judgement[] = [];
  sentence.tokens.forEach((t, at) => {
    // Words in parentheses or quotes are asides and mentions, but "(naming no names…)" points all the same.
    if (t.aside && !cue.POINTING_IDIOMS.some(([first]) => first === t.lower)) return;
    for (const reading of readingsFor(t)) {
      const judgement = reading(sentence, at);
      if (judgement) found.push(judgement);
    }
  });
  return found;
}

const firstWords = (phrases: readonly (readonly string[])[]): string[] => phrases.map((phrase) => phrase[0]!);

/** Which readings start at which words. The same words make mayJudge's test: one list, so the two cannot drift apart. */
const READINGS: [Iterable<string>, Reading[]][] = [
  [[...cue.SLIP_ADVERBS, ...cue.JUDGING_ADVERBS], [slipAdverb]],
  [['by', 'in'], [byMistake]],
  [cue.SLIP_VERBS, [slipVerb]],
  [['not', 'never'], [omission, notKnowing]],
  [['without', 'with'], [withoutSafeguard]],
  [['instead'], [insteadOf]],
  [['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought'], [modalPerfect]],
  [['if', 'had'], [conditional]],
  [['by'], [changeByPerson]],
  [[...cue.DESTRUCTIVE_VERBS, ...cue.CHANGE_VERBS, ...cue.DESTRUCTIVE_PHRASAL.keys()], [personDidHarm]],
  [cue.FAULTY, [faultyObject]],
  [firstWords(cue.CAUSAL_FRAMES), [causeFrame]],
  [[...cue.CHARACTER_ADJECTIVES, ...cue.WORK_JUDGEMENTS], [character]],
  [['lack', 'lacked', 'lacking', 'inexperience', 'unfamiliarity'], [lackOf]],
  [firstWords(cue.POINTING_IDIOMS), [pointingIdiom]],
  [['fire', 'let', 'allow', 'give', 'given', 'off', 'from', 'taken', 'took', ...cue.SANCTIONS], [sanction]],
  [['worse'], [madeItWorse]],
  [['care', 'attention', 'diligence', 'caution'], [moreCareFrom]],
  [['turns', 'turned'], [turnsOut]],
  [cue.CARE, [toldToTakeCare]],
  [['knows', 'know'], [makeSureKnows]],
  [firstWords(cue.HINDSIGHT_OPENERS), [hindsightOpener]],
  [[...cue.BELIEFS, ...cue.MISTAKES, 'assumed', 'slow', 'sorry'], [ownSlip]],
  [['responsible', 'accountable', 'responsibility'], [responsibilityPushed]],
  [[...cue.FAULTS, ...cue.PERSONAL_THINGS], [notOurs]],
  [['failed'], [failedForesight]],
  [['whoever'], [whoever]],
  [['for'], [forNoReason]],
  [['that', 'was', 'is'], [causeIsPerson]],
  [['thorough', 'diligent', 'careful', 'rigorous', 'extensive', 'robust'], [notThorough]],
  [['unacceptable', 'inexcusable', 'embarrassing', 'acceptable', 'shameful'], [unacceptable]],
  [['not'], [butNot, notOurPart]],
  [['had', 'has', 'was', 'were'], [leftUndone]],
  [['went', 'go', 'goes', 'gone', 'remained'], [wentUnnoticed]],
  [['nobody', 'no'], [nobodyDid]],
  [['got', 'get', 'gotten'], [getAroundTo]],
  [['better'], [doBetter]],
  [['rather'], [ratherThan]],
  [['should'], [shouldDo]],
  [['careful', 'cautious', 'attentive'], [beCareful]],
  [['outside', 'beyond'], [notOurPart]],
  [['expected'], [responsibilityPushed]],
];

let readingsByWord: Map<string, Reading[]> | undefined;
let triggerExpression: RegExp | undefined;

function readingsFor(t: Token): Reading[] {
  if (!readingsByWord) {
    readingsByWord = new Map();
    for (const [words, readings] of READINGS) {
      for (const word of words) readingsByWord.set(word, [...(readingsByWord.get(word) ?? []), ...readings]);
    }
  }
  const readings = readingsByWord.get(t.lower) ?? [];
  // "caffeine-starved", "sleep-deprived": judgements made of any word.
  return cue.CHARACTER_COMPOUND.test(t.lower) ? [...readings, character] : readings;
}

function trigger(): RegExp {
  if (!triggerExpression) {
    const words = [...new Set(READINGS.flatMap(([list]) => [...list]))].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Contractions are one word in the text: "didn't", "I'd", "should've".
    const contractions = String.raw`[a-z]+n['’]t|[a-z]+['’](?:d|ve)`;
    const compounds = String.raw`[a-z]+-(?:starved|deprived|addled|brained|fingered|happy)`;
    triggerExpression = new RegExp(String.raw`(?<![A-Za-z0-9_'’-])(?:${words.join('|')}|${contractions}|${compounds})(?![A-Za-z0-9_-])`, 'i');
  }
  return triggerExpression;
}

// ── helpers ──────────────────────────────────────────────────────────────────────────────────────

function judgement(sentence: Sentence, from: number, to: number, id: string, category: BlameCategory, tier: BlameTier, actor: ActorKind): Judgement {
  const { tokens } = sentence;
  return { start: tokens[from]!.start, end: tokens[Math.max(from, to - 1)]!.end, id, category, tier, actor };
}

function words(sentence: Sentence, from: number, count: number): string[] {
  return sentence.tokens.slice(from, from + count).map((t) => t.lower);
}

function startsWith(sentence: Sentence, at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => sentence.tokens[at + i]?.lower === word);
}

/** A "they", or a name we cannot place, counts as people when the verb is something people do. */
function resolve(actor: Actor, sentence: Sentence, group: VerbGroup | undefined): ActorKind {
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
function weigh(kind: ActorKind, judging: boolean): { tier: BlameTier; category?: BlameCategory } | undefined {
  switch (kind) {
    case 'individual':
      return { tier: 'warning' };
    case 'team':
      return judging ? { tier: 'warning', category: 'team-blame' } : { tier: 'info', category: 'team-blame' };
    case 'self':
    case 'implied':
      return { tier: 'info', category: 'self-blame' };
    default:
      return undefined;
  }
}

/** A cause the sentence gives for what someone did ("…due to poor error handling") softens the judgement. */
function excusedBySystem(sentence: Sentence, from: number): boolean {
  const rest = sentence.tokens.slice(from).map((t) => t.lower);
  for (let i = 0; i < rest.length - 1; i++) {
    if ((rest[i] === 'due' && rest[i + 1] === 'to') || (rest[i] === 'because' && rest[i + 1] !== 'of') || rest[i] === 'since') return true;
  }
  return false;
}

/** Whether the clause holding `at` is a condition: "if you're not caching…", "unless they had…". */
function inCondition(sentence: Sentence, at: number): boolean {
  const clause = sentence.clauses.find((c) => at >= c.from && at < c.to);
  return clause?.opener !== undefined && /^(?:if|unless|whether)$/.test(clause.opener.lower);
}

/** A noun phrase naming what people do rather than people: "the design review", "Testing in staging". */
function isHumanActivity(sentence: Sentence, phrase: Actor): boolean {
  return sentence.tokens.slice(Math.max(0, phrase.from), Math.max(0, phrase.to)).some((t) => cue.HUMAN_ACTIVITIES.has(t.lower));
}

/** A line of a timeline: it opens with a time or a date. */
function isTimelineEntry(sentence: Sentence): boolean {
  const first = sentence.tokens.find((t) => !t.aside && t.cls !== 'punct');
  return first !== undefined && /^\d{1,4}[:/.-]\d/.test(first.text);
}

/** Whether a verb group tells what was (not) done: past, perfect or progressive, not a present habit. */
function isPast(sentence: Sentence, group: VerbGroup): boolean {
  const words = sentence.tokens.slice(group.from, group.to).filter((t) => !t.aside);
  return words.some((t) => /^(?:did|was|were|had|has|have)$/.test(t.lower) || t.cls === 'past')
    || words.some((t) => t.cls === 'be') && sentence.tokens[group.verb]?.cls === 'ing'
    || words.some((t) => t.lower === 'never');
}

function isPlan(sentence: Sentence): boolean {
  const { tokens } = sentence;
  return tokens.some((t, i) => !t.aside && (PLAN_WORDS.has(t.lower) || (t.lower === 'make' && tokens[i + 1]?.lower === 'sure') || (/^(?:going|plan|plans|need|needs)$/.test(t.lower) && tokens[i + 1]?.lower === 'to')));
}

/** The verb group whose verb is at or before `at` in its clause, for a cue that follows its verb. */
function groupBefore(sentence: Sentence, at: number): VerbGroup | undefined {
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

// ── slips: what a person did wrong ───────────────────────────────────────────────────────────────

/** "A junior engineer accidentally passed…", "the config was poorly modified by one of the engineers". */
function slipAdverb(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const next = tokens[at + 1];
  let group = next && (next.cls === 'past' || next.cls === 'ing' || next.cls === 'word' || next.cls === 'adv') ? verbGroupAt(sentence, at) : undefined;
  if (!group || group.verb < 0) group = groupBefore(sentence, at);
  if (!group || group.verb < 0) return undefined;
  const judging = cue.JUDGING_ADVERBS.has(tokens[at]!.lower);
  const kind = resolve(actorOf(sentence, group), sentence, group);
  const weighed = kind === 'audience' && !judging ? { tier: 'warning' as const } : weigh(kind, true);
  if (!weighed) return undefined;
  const from = Math.min(at, group.verb);
  const to = Math.max(at, group.verb) + 1;
  return judgement(sentence, from, to, judging ? 'judging-adverb' : 'slip-adverb', weighed.category ?? (judging ? 'character' : 'person-as-cause'), weighed.tier, kind);
}

/** "…deleted the file by mistake", "…pushed in error". */
function byMistake(sentence: Sentence, at: number): Judgement | undefined {
  const next = sentence.tokens[at + 1]?.lower;
  const by = sentence.tokens[at]!.lower === 'by' && (next === 'mistake' || next === 'accident');
  // "pushed in error", not "a spike in error rates"
  const inError = sentence.tokens[at]!.lower === 'in' && next === 'error' && !['word', 'ing'].includes(sentence.tokens[at + 2]?.cls ?? '');
  if (!by && !inError) return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0) return undefined;
  const kind = resolve(actorOf(sentence, group), sentence, group);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at, at + 2, 'by-mistake', weighed.category ?? 'person-as-cause', weighed.tier, kind);
}

/** Slip verbs whose participle stands before nouns as an adjective: "misconfigured connection settings". */
const ADJECTIVAL = new Set(['misconfigured', 'mistyped', 'misspelled', 'misspelt', 'misnamed', 'mislabeled', 'mislabelled', 'misplaced', 'botched', 'bungled', 'forgotten', 'neglected', 'misread', 'misused', 'mishandled', 'mixed', 'messed', 'fat-fingered']);

/** "the Engineer missed a semi-colon", "Kevin messed things up", "the warning was overlooked". */
function slipVerb(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (cue.NEEDS_UP.has(word) && !tokens.slice(at + 1, at + 4).some((t) => t.lower === 'up')) return undefined;
  // "the deleted file", "a misconfigured proxy": a participle describing a noun.
  const previous = tokens[at - 1];
  // "misconfigured connection settings" at the start of a clause describes them; "Underestimated
  // the dependency graph" tells what was done.
  const opensClause = !previous || previous.cls === 'punct' || previous.cls === 'conj';
  const describes = previous?.cls === 'det' || previous?.cls === 'poss' || (opensClause && ADJECTIVAL.has(word));
  if (describes && tokens[at + 1]?.cls === 'word' && !tokens[at + 1]!.aside) return undefined;
  const group = verbGroupAt(sentence, at);
  if (group.verb !== at) return undefined;
  if (group.modal && !group.modalPerfect) return undefined;
  if (group.passive) {
    const agent = agentOf(sentence, group);
    const kind = agent ? resolve(agent, sentence, group) : 'none';
    if (kind === 'individual' || kind === 'team') return judgement(sentence, group.from, group.to, 'slip-verb', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
    // "was overlooked", "was overlooked by everyone on the call": not seen in time, by nobody in particular.
    if (kind !== 'thing' && kind !== 'adversary' && cue.UNSEEN_PASSIVES.has(word) && !group.negated) return judgement(sentence, group.from, group.to, 'unseen', 'hindsight', 'info', kind);
    return undefined;
  }
  const subject = subjectOf(sentence, group.from);
  const kind = resolve(subject, sentence, group);
  // "The design review missed that both replicas…": hindsight about an analysis, not a person.
  if (kind === 'thing' && isHumanActivity(sentence, subject)) return judgement(sentence, group.from, group.to, 'slip-verb', 'hindsight', 'info', kind);
  if (kind === 'audience' && !cue.SLIPS_OF_ANYONE.has(word)) return judgement(sentence, group.from, group.to, 'slip-verb', 'responsibility-shift', 'warning', kind);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, group.from, group.to, 'slip-verb', weighed.category ?? 'person-as-cause', weighed.tier, kind);
}

/** What someone is there to see: not seeing it is an omission, not seeing "any errors" is not. */
const SIGNALS = new Set(['alert', 'alerts', 'page', 'pages', 'warning', 'warnings', 'notification', 'notifications', 'message', 'messages', 'email', 'emails', 'ticket', 'tickets', 'alarm', 'alarms', 'reminder', 'reminders']);

/** "he didn't check the space left", "The Security Team did not properly plan the reboot". */
function omission(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const group = verbGroupAt(sentence, at);
  if (group.verb < 0 || group.passive || group.modalPerfect || isPlan(sentence)) return undefined;
  // "couldn't", "can't": what someone was unable to do is no omission; "they do not create
  // pressure", "we do not consider them a breach": a general statement, not what was left undone;
  // "if you're not already caching…": a condition.
  if (group.modal || !isPast(sentence, group) || inCondition(sentence, group.from)) return undefined;
  const verb = tokens[group.verb]!;
  const base = baseForm(verb.lower);
  // "did not have 2FA enabled", "did not see the alert": what they had or saw is an omission where it was a safeguard or a signal.
  const object = tokens.slice(group.to, group.to + 6).map((t) => t.lower);
  const safeguardHad = base === 'have' && object.some((w) => w === 'enabled' || w === 'configured' || w === 'set');
  const signalMissed = /^(?:see|saw|hear|get|receive|read)$/.test(base) && object.some((w) => SIGNALS.has(w));
  if (cue.NEUTRAL_WHEN_NEGATED.has(base) && !safeguardHad && !signalMissed) return undefined;
  // "What we didn't realise was…": an explanation of what was not known, not an omission.
  if (sentence.clauses.some((clause) => clause.opener?.lower === 'what' && group.from >= clause.from && group.from < clause.to)) return undefined;
  const judging = tokens.slice(group.from, group.to).some((t) => cue.DUTY_ADVERBS.has(t.lower));
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  const duty = cue.DUTY_VERBS.has(base) || judging;
  if (kind === 'individual') {
    const tier = excusedBySystem(sentence, group.to) ? 'info' : 'warning';
    return judgement(sentence, group.from, group.to, 'omission', 'counterfactual', tier, kind);
  }
  if (kind === 'team') return judgement(sentence, group.from, group.to, 'omission', 'team-blame', judging ? 'warning' : 'info', kind);
  if ((kind === 'self' || kind === 'implied') && duty) return judgement(sentence, group.from, group.to, 'omission', 'self-blame', 'info', kind);
  if (kind === 'audience' && judging) return judgement(sentence, group.from, group.to, 'omission', 'counterfactual', 'warning', kind);
  return undefined;
}

/** "wasn't sure how to debug", "did not know how to", "Sysadmins were not aware of…". */
function notKnowing(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const previous = tokens[at - 1];
  if (!previous || (previous.cls !== 'be' && previous.cls !== 'do')) return undefined;
  const [state, after] = [tokens[at + 1]?.lower ?? '', tokens[at + 2]?.lower ?? ''];
  const competence = (previous.cls === 'be' && (state === 'sure' || state === 'certain' || state === 'confident') && (after === 'how' || after === 'what'))
    || (previous.cls === 'do' && state === 'know' && (after === 'how' || after === 'what'));
  const unaware = previous.cls === 'be' && (state === 'aware' || state === 'familiar');
  if (!competence && !unaware) return undefined;
  const group = verbGroupAt(sentence, at - 1);
  const kind = resolve(subjectOf(sentence, group.from), sentence, { ...group, verb: at + 1 });
  if (kind === 'individual') return judgement(sentence, at - 1, at + 3, 'not-knowing', 'character', competence ? 'warning' : 'info', kind);
  if (kind === 'team') return judgement(sentence, at - 1, at + 3, 'not-knowing', 'team-blame', 'info', kind);
  if (kind === 'self' || kind === 'implied') return judgement(sentence, at - 1, at + 3, 'not-knowing', 'self-blame', 'info', kind);
  return undefined;
}

/** "…restarted the server without checking for syntax", "Began upgrades without the safety net". */
function withoutSafeguard(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let next = at + 1;
  if (tokens[at]!.lower === 'with') {
    if (tokens[at + 1]?.lower !== 'out') return undefined; // "with out checking": "without" misspelt
    next = at + 2;
  }
  let object = next;
  while (object < next + 3 && cue.SAFEGUARD_LEADS.has(tokens[object]?.lower ?? '')) object++;
  const skipped = tokens[object];
  if (!skipped) return undefined;
  // "without checking", "without a dress rehearsal", "without trying it on staging first"; not
  // "without causing downtime", "without warning".
  const safeguard = cue.SKIPPED_SAFEGUARDS.has(skipped.lower);
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0) return undefined;
  if (isPlan(sentence) || group.modal) return undefined;
  const kind = resolve(actorOf(sentence, group), sentence, group);
  // "The replication user was created by the DBA without the grant": what a person left out of a change.
  const leftOut = !safeguard && (kind === 'individual' || kind === 'team') && cue.CHANGE_VERBS.has(tokens[group.verb]!.lower) && skipped.cls !== 'ing' && !OUTCOME_NOUNS.has(skipped.lower);
  if (!safeguard && !leftOut) return undefined;
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at, object + 1, 'without-safeguard', weighed.category ?? 'hindsight', weighed.tier, kind);
}

/** What a change can be done without and is better for: "without any impact", "without downtime". */
const OUTCOME_NOUNS = new Set(['downtime', 'impact', 'issue', 'issues', 'problem', 'problems', 'incident', 'error', 'errors', 'warning', 'notice', 'delay', 'interruption', 'loss', 'data', 'fuss', 'incidents', 'disruption', 'success', 'luck', 'access', 'root', 'sudo', 'help']);

/** "Some intern did .phpp instead of .php", "Jacob restarted it with X instead of Y". */
function insteadOf(sentence: Sentence, at: number): Judgement | undefined {
  if (sentence.tokens[at + 1]?.lower !== 'of') return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.modal || group.passive) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  // "Pushed the manifest to all nodes at once instead of trying one": the better step not taken.
  if ((kind === 'self' || kind === 'implied') && sentence.tokens[at + 2]?.cls === 'ing') return judgement(sentence, at, at + 3, 'instead-of', 'self-blame', 'info', kind);
  if (kind !== 'individual' && kind !== 'team') return undefined;
  return judgement(sentence, at, at + 2, 'instead-of', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
}

// ── counterfactuals ──────────────────────────────────────────────────────────────────────────────

/** "X should have checked", "could have been avoided with more testing", "would have allowed us to catch". */
function modalPerfect(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const group = verbGroupAt(sentence, at);
  if (!group.modalPerfect || group.verb < 0) return undefined;
  const verb = tokens[group.verb]!;
  // "may have caused", "must have clicked the wrong link": a guess at what happened, not what should have.
  if (group.modal === 'may' || group.modal === 'might' || group.modal === 'must') {
    // "might have saved us a couple of hours" looks back all the same.
    const us = tokens.slice(group.to, group.to + 3).some((t) => t.lower === 'us' || t.lower === 'we');
    if (!(group.passive && cue.AVOIDED.has(verb.lower)) && !(group.modal === 'might' && us)) return undefined;
  }
  // "could not have known", "would not have been caught even with the linter", "even if he had…":
  // what was impossible, or would not have helped, clears people rather than blames them.
  if ((group.negated && (group.modal === 'could' || group.passive && cue.AVOIDED.has(verb.lower))) || concedes(sentence)) return undefined;
  const subject = subjectOf(sentence, group.from);
  // "Xiulan should have held off": a name that should have acted is someone's.
  const kind = subject.kind === 'name' ? 'individual' : resolve(subject, sentence, group);
  const span = (tier: BlameTier, category: BlameCategory) => judgement(sentence, group.from, group.to, 'modal-perfect', category, tier, kind);
  // "Hyun-woo would have rolled back sooner, but…": what a person would have done is no reproach.
  if (group.modal === 'would' && (kind === 'individual' || kind === 'team')) return undefined;
  if (group.passive) {
    // "Service owners should have been told … by the platform group": the agent is who should have acted.
    const agent = agentOf(sentence, group);
    if (agent && (agent.kind === 'individual' || agent.kind === 'team' || agent.kind === 'self')) {
      return judgement(sentence, group.from, agent.to, 'modal-perfect', 'counterfactual', agent.kind === 'individual' ? 'warning' : 'info', agent.kind);
    }
    // "could have been avoided", "should have been communicated to the teams"; not "should have
    // been php"; "Farhad should have been paged": the person is who it was done to.
    if (kind === 'individual' || kind === 'team' || kind === 'self') return undefined;
    if (cue.AVOIDED.has(verb.lower) || cue.HUMAN_ACTIONS.has(verb.lower)) return span('info', 'counterfactual');
    return undefined;
  }
  if (verb.lower === 'been' || tokens.slice(group.from, group.to).some((t) => t.lower === 'been')) return undefined;
  switch (kind) {
    case 'individual':
      return span('warning', 'counterfactual');
    case 'team':
    case 'self':
    case 'implied':
      return span('info', 'counterfactual');
    case 'thing': {
      // "better use of tcpdump could have exposed…", "more granular deployments would have allowed
      // us…", "a staging environment that mirrored production would have caught…", "with a proper
      // canary, the bad image would never have…"
      const clause = sentence.clauses.find((c) => group.from >= c.from && group.from < c.to);
      const before = tokens.slice(0, group.from);
      const better = tokens.slice(clause?.from ?? 0, group.from).some((t) => cue.BETTER.has(t.lower))
        || before.some((t, i) => (t.lower === 'with' || t.lower === 'without') && before.slice(i + 1, i + 4).some((n) => cue.BETTER.has(n.lower) || cue.SAFEGUARD_NOUNS.has(n.lower)));
      const us = tokens.slice(group.to, group.to + 3).some((t) => t.lower === 'us' || t.lower === 'we');
      const head = tokens[subject.to - 1];
      const safeguard = head !== undefined && cue.SAFEGUARD_NOUNS.has(head.lower) && cue.SAFEGUARD_VERBS.has(verb.lower);
      // "Without Amara's quick thinking, the outage could have lasted all night": a worse outcome avoided, no reproach.
      const helps = cue.AVOIDED.has(verb.lower) || cue.SAFEGUARD_VERBS.has(verb.lower);
      return (better && helps) || us || safeguard ? span('info', 'counterfactual') : undefined;
    }
    default:
      return undefined;
  }
}

/** "If this user account had 2FA enabled", "had we enabled logging", "if the operator had looked". */
function conditional(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const isIf = tokens[at]!.lower === 'if';
  if (isIf && tokens[at - 1]?.lower === 'even') return undefined; // "even if he had run the linter…": it would not have helped
  // "Had we been tracking…", "…faster to resolve had we enabled logging": "had" before its subject.
  const inverted = tokens[at]!.lower === 'had' && (isClauseStart(sentence, at) || tokens[at + 1]?.cls === 'pron');
  if (!isIf && !inverted) return undefined;
  const phrase = nounPhraseAt(sentence, at + 1);
  if (phrase.to <= at + 1) return undefined;
  let cursor = phrase.to;
  if (isIf) {
    if (tokens[cursor]?.lower !== 'had') return undefined;
    cursor++;
  }
  while (tokens[cursor]?.cls === 'adv' || tokens[cursor]?.cls === 'neg') cursor++;
  // "had 2FA enabled", "had enabled logging"
  const participle = tokens.slice(cursor, cursor + 4).findIndex((t) => t.cls === 'past' || t.lower === 'been');
  if (participle < 0) return undefined;
  let kind = phrase.kind;
  if (kind === 'thing' && (phrase.owner === 'audience' || phrase.owner === 'individual')) kind = phrase.owner;
  if (kind === 'name' || kind === 'they') kind = 'individual';
  const end = cursor + participle + 1;
  if (kind === 'individual' || kind === 'audience') return judgement(sentence, at, end, 'conditional', 'counterfactual', 'warning', kind);
  if (kind === 'self' || kind === 'team') return judgement(sentence, at, end, 'conditional', 'counterfactual', 'info', kind);
  // "If the deploy had gone to one node first, only a sliver of traffic would have seen the errors":
  // a process counterfactual, with its consequence.
  // Not "if the disk had been any fuller, …": a state, luck, not a step of the process.
  const acted = tokens[cursor + participle]!.lower !== 'been' || tokens[cursor + participle + 1]?.cls === 'past';
  if (kind === 'thing' && isIf && acted && tokens.slice(end).some((t, i, rest) => t.cls === 'modal' && rest[i + 1]?.lower === 'have' || t.cls === 'modal' && rest[i + 1]?.cls === 'neg' && rest[i + 2]?.lower === 'have')) {
    return judgement(sentence, at, end, 'conditional', 'counterfactual', 'info', kind);
  }
  return undefined;
}

/** "Even if…", "even with…", "even though…": a concession, which says the outcome would have come anyway. */
function concedes(sentence: Sentence): boolean {
  return sentence.tokens.some((t, i) => t.lower === 'even' && /^(?:if|with|though|had)$/.test(sentence.tokens[i + 1]?.lower ?? ''));
}

function isClauseStart(sentence: Sentence, at: number): boolean {
  const previous = sentence.tokens.slice(0, at).reverse().find((t) => !t.aside);
  return !previous || previous.cls === 'punct' || previous.cls === 'conj' || previous.cls === 'sub';
}

// ── a person made the cause ──────────────────────────────────────────────────────────────────────

/** "due to … by an engineer", "because of operator error", "courtesy of overenthusiastic cleaning efforts". */
function causeFrame(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const frame = cue.CAUSAL_FRAMES.find((phrase) => startsWith(sentence, at, phrase));
  if (!frame) return undefined;
  const from = at + frame.length;
  const end = clauseEnd(sentence, from);
  const phrase = nounPhraseAt(sentence, from, end);
  const kind = phrase.kind === 'name' ? 'individual' : phrase.kind;
  const span = (tier: BlameTier, category: BlameCategory, who: ActorKind) => judgement(sentence, at, Math.max(phrase.to, from + 1), 'cause-frame', category, tier, who);
  if (kind === 'individual' || kind === 'team') return span('warning', kind === 'team' ? 'team-blame' : 'person-as-cause', kind);
  if (kind === 'self') return span('info', 'self-blame', kind);
  if (phrase.owner === 'individual' || phrase.owner === 'team' || phrase.owner === 'audience') {
    return span('warning', 'person-as-cause', phrase.owner);
  }
  // "…of the configuration files of haproxy by an engineer": the agent of the cause named.
  for (let i = phrase.to; i < end; i++) {
    if (tokens[i]!.lower !== 'by' || tokens[i + 1]?.cls === 'ing') continue;
    const agent = nounPhraseAt(sentence, i + 1, end);
    const agentKind = agent.kind === 'name' ? 'individual' : agent.kind;
    if (agentKind === 'individual' || agentKind === 'team') return judgement(sentence, at, agent.to, 'cause-frame', 'person-as-cause', 'warning', agentKind);
    break;
  }
  return undefined;
}

function clauseEnd(sentence: Sentence, from: number): number {
  const { tokens } = sentence;
  let i = from;
  while (i < tokens.length && !(tokens[i]!.cls === 'punct' && !tokens[i]!.aside && tokens[i]!.text !== '-' && tokens[i]!.text !== '.')) i++;
  return i;
}

/** "a new configuration made by an engineer", "a deployment by Mr. Abbey … caused the problem". */
function changeByPerson(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.cls === 'ing') return undefined; // "by hitting the switch": a means
  const agent = nounPhraseAt(sentence, at + 1);
  const kind = agent.kind === 'name' ? 'individual' : agent.kind;
  if (kind !== 'individual' && kind !== 'team' && kind !== 'audience') return undefined;
  // The change is the word before "by", past adverbs and "of …" phrases: "a configuration made
  // by", "a deployment by", "a misconfiguration of the DNS zone by", "a value entered by".
  let change = at - 1;
  while (change > 0 && tokens[change]!.cls === 'adv') change--;
  const participle = tokens[change]?.cls === 'past' ? tokens[change] : undefined;
  if (participle) change--;
  let head = change;
  for (let i = change; i > Math.max(0, change - 8); i--) {
    if (tokens[i]!.lower === 'of') {
      head = i - 1;
      break;
    }
    if (tokens[i]!.cls === 'punct' || tokens[i]!.cls === 'conj' || tokens[i]!.cls === 'sub' || tokens[i]!.cls === 'rel' || tokens[i]!.cls === 'be') break;
  }
  const noun = tokens[head]?.lower ?? '';
  const mistake = cue.MISTAKE_NOUNS.has(noun) || (participle !== undefined && cue.MISTAKE_NOUNS.has(tokens[change]?.lower ?? ''));
  const change_ = mistake || cue.CHANGES.has(noun) || (participle !== undefined && !cue.RESPONSE_VERBS.has(participle.lower) && !NOT_CHANGES.has(participle.lower));
  if (!change_ || isPlan(sentence)) return undefined;
  // "copy-paste errors by users": what users get wrong is the service's to prevent; softer.
  if (kind === 'audience') return mistake ? judgement(sentence, at, agent.to, 'change-by-person', 'blame-word', 'info', kind) : undefined;
  // A mistake by someone names them as its author; any other change needs the sentence to make it the cause.
  if (!mistake && !tokens.some((t, i) => i !== at && !t.aside && cue.CAUSAL_LINKS.has(t.lower))) return undefined;
  return judgement(sentence, at, agent.to, 'change-by-person', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
}

/** Participles of what people do that is not a change: "the cause was found by Salva", "checked by the DevOps team". */
const NOT_CHANGES = new Set(['found', 'checked', 'investigated', 'noticed', 'detected', 'reported', 'seen', 'discovered', 'confirmed', 'acknowledged', 'escalated', 'paged', 'handled', 'reviewed', 'approved', 'observed', 'raised', 'opened', 'led', 'owned', 'monitored', 'tested', 'verified', 'known', 'used', 'affected', 'impacted', 'resolved', 'mitigated', 'followed', 'assigned', 'notified', 'alerted', 'contacted', 'asked', 'told', 'helped', 'supported', 'written']);

/** "Someone deleted the data directory", "a developer force-pushed to main", "Ravi merged the PR…, and that broke the build". */
function personDidHarm(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  const particle = cue.DESTRUCTIVE_PHRASAL.get(word);
  const phrasal = particle !== undefined && tokens.slice(at + 1, at + 4).some((t) => t.lower === particle);
  const destructive = cue.DESTRUCTIVE_VERBS.has(word) || phrasal;
  const group = verbGroupAt(sentence, at);
  if (group.verb !== at || group.passive || group.negated || (group.modal && !group.modalPerfect) || isPlan(sentence) || inCondition(sentence, at)) return undefined;
  if (tokens[at - 1]?.cls === 'det' || tokens[at - 1]?.cls === 'poss') return undefined;
  // "…to free up disk space", "…to recover the service": a purpose that makes it the response.
  if (tokens.slice(at + 1).some((t, i, rest) => t.lower === 'to' && /^(?:fix|recover|restore|mitigate|unblock|resolve|stop|free|clear|reduce|prevent)$/.test(rest[i + 1]?.lower ?? ''))) return undefined;
  const subject = subjectOf(sentence, group.from);
  // "Priyanka's cleanup script wiped…": the owner of the thing that acted.
  const actor = subject.kind === 'thing' && subject.owner ? { ...subject, kind: subject.owner } : subject;
  const kind = resolve(actor, sentence, group);
  const indefinite = kind === 'individual' && (cue.INDEFINITE.has(tokens[actor.from]?.lower ?? '') || tokens.slice(actor.from, actor.to).some((t) => t.lower === 'some'));
  const linked = strongLink(sentence, at) || (failureEvent(sentence, at) && tokens.some((t) => t.lower === 'after' || t.lower === 'when'));
  const relevant = (destructive && (indefinite || linked)) || (!destructive && cue.CHANGE_VERBS.has(word) && linked);
  if (!relevant) return undefined;
  const to = phrasal ? tokens.findIndex((t, i) => i > at && t.lower === particle) + 1 : group.to;
  if (kind === 'individual' || kind === 'team') return judgement(sentence, actor.from >= 0 && actor.from < at ? actor.from : group.from, to, 'person-did-harm', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
  if (kind === 'self' && linked) return judgement(sentence, group.from, to, 'person-did-harm', 'self-blame', 'info', kind);
  return undefined;
}

/** Whether the sentence says an act led to the outage ("…, and that broke the build", "…is what broke…", "so php-fpm could no longer…"). */
function strongLink(sentence: Sentence, at: number): boolean {
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

function failureEvent(sentence: Sentence, at: number): boolean {
  return sentence.tokens.some((t, i) => i !== at && !t.aside && cue.FAILURE_EVENTS.has(t.lower));
}

/** "The support agent reset MFA on the wrong customer account", "the app team deployed a broken image". */
function faultyObject(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!['det', 'poss'].includes(tokens[at - 1]?.cls ?? '') || tokens[at + 1]?.cls !== 'word' && tokens[at + 1]?.cls !== 'num') return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.passive || group.negated || group.modal) return undefined;
  const verb = tokens[group.verb]!;
  if (verb.cls !== 'past' || cue.RESPONSE_VERBS.has(verb.lower) || NOT_CHANGES.has(verb.lower) || verb.lower === 'was' || verb.lower === 'were') return undefined;
  if (isPlan(sentence)) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  const excused = excusedBySystem(sentence, at);
  if (kind === 'individual' || kind === 'team') return judgement(sentence, group.verb, at + 2, 'faulty-object', kind === 'team' ? 'team-blame' : 'person-as-cause', excused ? 'info' : 'warning', kind);
  if ((kind === 'self' || kind === 'implied') && tokens[at]!.lower === 'wrong') return judgement(sentence, group.verb, at + 2, 'faulty-object', 'self-blame', 'info', kind);
  return undefined;
}

/** "The problem was the DevOps Junior engineer added…", "it was found that one of the interns added…". */
function causeIsPerson(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  let from: number;
  if (word === 'that') {
    // "found that", "showed that", "turned out that", "it occurred to me that"
    const discovered = tokens.slice(Math.max(0, at - 3), at).some((t) => /^(?:found|showed|shown|revealed|discovered|determined|turned|realized|realised|learned|learnt|confirmed|established|noticed|occurred|occured|dawned)$/.test(t.lower));
    if (!discovered) return undefined;
    // "it was found that during a commit in which we update the settings, one of the interns added…":
    // the clauses after it, past relative clauses and those with no subject of their own.
    const first = sentence.clauses.findIndex((clause) => clause.from >= at + 1);
    let tried = 0;
    for (let i = first; i >= 0 && i < sentence.clauses.length && tried < 3; i++) {
      const clause = sentence.clauses[i]!;
      if (clause.opener && clause.opener.cls === 'rel' && i > first) continue;
      tried++;
      const found = personDidInClause(sentence, clause.from, clause.to);
      if (found) return found;
    }
    return undefined;
  } else {
    // "the (root) problem|issue|cause|reason was <person> <did>"
    const subject = tokens[at - 1]?.lower ?? '';
    if (!/^(?:problem|issue|cause|reason|culprit|trigger)$/.test(subject)) return undefined;
    from = at + 1;
    if (tokens[from]?.lower === 'that') from++;
  }
  return personDidInClause(sentence, from, clauseEnd(sentence, from));
}

/** A person as the subject of a change or slip in [from, to): "the DevOps Junior engineer added an extra p". */
function personDidInClause(sentence: Sentence, from: number, to: number): Judgement | undefined {
  const { tokens } = sentence;
  let start = from;
  while (start < to && (tokens[start]!.cls === 'prep' || tokens[start]!.cls === 'punct' || tokens[start]!.cls === 'adv' || tokens[start]!.aside)) {
    // "during a commit, one of the interns…": a phrase before the subject is skipped with its noun.
    start = tokens[start]!.cls === 'prep' ? nounPhraseAt(sentence, start + 1, to).to : start + 1;
  }
  const phrase = nounPhraseAt(sentence, start, to);
  if (phrase.to <= start) return undefined;
  const verb = tokens[phrase.to];
  if (!verb || !(verb.cls === 'past' || verb.cls === 'word' || verb.cls === 'do')) return undefined;
  if (!cue.CHANGES.has(verb.lower) && !cue.SLIP_VERBS.has(verb.lower) && !/^(?:install|add|delete|remove|change|edit|push|deploy|update|did|forgot)/.test(verb.lower)) return undefined;
  const kind = phrase.kind === 'name' ? 'individual' : phrase.kind;
  if (kind === 'individual' || kind === 'team') return judgement(sentence, phrase.from, phrase.to + 1, 'cause-is-person', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
  if (kind === 'self') return judgement(sentence, phrase.from, phrase.to + 1, 'cause-is-person', 'self-blame', 'info', kind);
  return undefined;
}

/** "Whoever pre-installed nginx edited the file…": a culprit sought. */
function whoever(sentence: Sentence, at: number): Judgement | undefined {
  const next = sentence.tokens[at + 1];
  if (!next || (next.cls !== 'past' && next.cls !== 'word')) return undefined;
  if (isPlan(sentence)) return undefined;
  return judgement(sentence, at, at + 2, 'whoever', 'person-as-cause', 'warning', 'individual');
}

/** "Sifchain created thousands of connections for no apparent reason": an act judged senseless. */
function forNoReason(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let next = at + 1;
  if (tokens[next]?.lower !== 'no') return undefined;
  next++;
  if (/^(?:apparent|good|obvious|particular|clear|real|valid)$/.test(tokens[next]?.lower ?? '')) next++;
  if (tokens[next]?.lower !== 'reason') return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.passive) return undefined;
  const actor = subjectOf(sentence, group.from);
  const kind = actor.kind === 'name' || actor.kind === 'they' ? 'team' : actor.kind;
  if (kind !== 'individual' && kind !== 'team') return undefined;
  return judgement(sentence, at, next + 1, 'for-no-reason', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
}

/** "naming no names, but it rhymes with…", "we won't name names". */
function pointingIdiom(sentence: Sentence, at: number): Judgement | undefined {
  const idiom = cue.POINTING_IDIOMS.find((phrase) => startsWith(sentence, at, phrase));
  if (!idiom) return undefined;
  return judgement(sentence, at, at + idiom.length, 'pointing-idiom', 'person-as-cause', 'warning', 'individual');
}

// ── judgements of people ─────────────────────────────────────────────────────────────────────────

/** "Overzealous cleaning staff", "the caffeine-starved engineer", "a poor release strategy". */
function character(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  const ofPerson = cue.CHARACTER_ADJECTIVES.has(word) || cue.CHARACTER_COMPOUND.test(word);
  if (tokens[at - 1]?.cls === 'neg' || tokens[at - 1]?.lower === 'no') return undefined;
  // Attributive: the noun phrase it stands in.
  let head = at + 1;
  while (head < tokens.length && tokens[head]!.cls === 'word' && tokens[head + 1]?.cls === 'word' && !tokens[head + 1]!.aside) head++;
  const noun = tokens[head];
  if (noun && (noun.cls === 'word' || noun.cls === 'ing')) {
    const phrase = nounPhraseAt(sentence, at);
    const kind = phrase.kind === 'name' ? 'thing' : phrase.kind;
    if (ofPerson && (kind === 'individual' || kind === 'team')) return judgement(sentence, at, head + 1, 'character', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
    if (tokens.slice(at + 1, head + 1).some((t) => cue.HUMAN_ACTIVITIES.has(t.lower))) return judgement(sentence, at, head + 1, 'work-judgement', ofPerson ? 'character' : 'team-blame', 'info', 'team');
    return undefined;
  }
  // Predicative: "the intern was careless", "we got lazy".
  if (!ofPerson) return undefined;
  const be = tokens.slice(Math.max(0, at - 3), at).reverse().findIndex((t) => t.cls === 'be' || t.lower === 'got' || t.lower === 'seemed');
  if (be < 0) return undefined;
  const group = verbGroupAt(sentence, at - 1 - be);
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  if (kind === 'individual' || kind === 'team') return judgement(sentence, at, at + 1, 'character', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
  if (kind === 'self' || kind === 'implied') return judgement(sentence, at, at + 1, 'character', 'self-blame', 'info', kind);
  return undefined;
}

/** "Lack of experience", "Inexperience and oversight led to…", "our group's relative unfamiliarity with OAuth". */
function lackOf(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  let end = at + 1;
  if (word.startsWith('lack')) {
    let object = at + 1;
    if (tokens[object]?.lower === 'of') object++;
    if (tokens[object]?.cls === 'poss') object++;
    if (!cue.COMPETENCES.has(tokens[object]?.lower ?? '')) return undefined;
    end = object + 1;
  }
  const owner = tokens.slice(Math.max(0, at - 3), at).find((t) => t.cls === 'poss' || t.possessive);
  const ownerKind = owner ? nounPhraseAt(sentence, tokens.indexOf(owner)).kind : 'none';
  if (ownerKind === 'self' || tokens.slice(at, end + 1).some((t) => t.lower === 'our' || t.lower === 'my')) {
    return judgement(sentence, at, end, 'lack-of', 'self-blame', 'info', 'self');
  }
  if (word === 'unfamiliarity') return judgement(sentence, at, end, 'lack-of', 'character', 'info', 'none');
  return judgement(sentence, at, end, 'lack-of', 'character', 'warning', ownerKind === 'none' ? 'individual' : ownerKind);
}

// ── sanctions and admonitions ────────────────────────────────────────────────────────────────────

/** "Fire Kevin", "do not let the Junior engineers make the deploy", "was taken up with the engineer". */
function sanction(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (word === 'fire') {
    const target = nounPhraseAt(sentence, at + 1);
    if (isClauseStart(sentence, at) && isPersonKind(target.kind)) return judgement(sentence, at, target.to, 'sanction', 'person-as-cause', 'warning', 'individual');
    return undefined;
  }
  if (word === 'give' || word === 'given') {
    // "never give the new hire root on day one"
    if (!tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'neg' || t.lower === 'stop')) return undefined;
    const target = nounPhraseAt(sentence, at + 1);
    if (target.kind === 'individual' || target.kind === 'team') return judgement(sentence, at, target.to, 'sanction', 'character', 'warning', target.kind);
    return undefined;
  }
  if (word === 'off' || word === 'from') {
    // "Dario is off the deploy rotation", "was removed from the on-call group"
    const be = tokens[at - 1]?.cls === 'be' ? at - 1 : tokens[at - 2]?.cls === 'be' && /^(?:removed|taken|pulled|kicked|banned|barred)$/.test(tokens[at - 1]!.lower) ? at - 2 : -1;
    if (be < 0) return undefined;
    const duty = tokens.slice(at + 1, at + 6).findIndex((t) => /^(?:rotation|rota|on-call|oncall|schedule|list|group|project|access|deploys?|production|prod)$/.test(t.lower));
    if (duty < 0) return undefined;
    const kind = resolve(subjectOf(sentence, be), sentence, undefined);
    if (kind !== 'individual' && kind !== 'team') return undefined;
    return judgement(sentence, be, at + 2 + duty, 'sanction', 'person-as-cause', 'warning', kind);
  }
  if (word === 'let' || word === 'allow') {
    if (!tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'neg' || t.lower === 'stop')) return undefined;
    const target = nounPhraseAt(sentence, at + 1);
    if (target.kind === 'individual' || target.kind === 'team') return judgement(sentence, at, target.to, 'sanction', 'character', 'warning', target.kind);
    return undefined;
  }
  if (word === 'taken' || word === 'took') {
    // "taken up with the engineer who wrote the script"
    if (tokens[at + 1]?.lower !== 'up' || tokens[at + 2]?.lower !== 'with') return undefined;
    const target = nounPhraseAt(sentence, at + 3);
    if (target.kind === 'individual' || target.kind === 'team') return judgement(sentence, at, target.to, 'sanction', 'person-as-cause', 'warning', target.kind);
    return undefined;
  }
  // "the intern was fired", "has been reprimanded"
  const group = verbGroupAt(sentence, at);
  if (!group.passive || group.verb !== at || group.negated) return undefined;
  if (word === 'written' && tokens[at + 1]?.lower !== 'up') return undefined;
  if (word === 'removed' && tokens[at + 1]?.lower !== 'from') return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  if (kind === 'individual' || kind === 'team') return judgement(sentence, group.from, group.to, 'sanction', 'person-as-cause', 'warning', kind);
  return undefined;
}

function isPersonKind(kind: ActorKind): boolean {
  return kind === 'individual' || kind === 'team' || kind === 'name';
}

/** "The person handling the rollback panicked and made things worse." */
function madeItWorse(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const made = tokens[at - 2];
  if (!made || !/^(?:made|making)$/.test(made.lower) || !/^(?:things|it|matters|everything|this|the)$/.test(tokens[at - 1]!.lower)) return undefined;
  const group = verbGroupAt(sentence, at - 2);
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at - 2, at + 1, 'made-it-worse', weighed.category ?? 'character', weighed.tier, kind);
}

/** "With a bit more care from Sam, the wrong subnet would never have…": a person's care found wanting. */
function moreCareFrom(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!tokens.slice(Math.max(0, at - 3), at).some((t) => t.lower === 'more' || t.lower === 'better' || t.lower === 'greater' || t.lower === 'extra')) return undefined;
  const onThePart = tokens[at + 1]?.lower === 'on' && tokens[at + 3]?.lower === 'part';
  if (!/^(?:from|by|of)$/.test(tokens[at + 1]?.lower ?? '') && !onThePart) return undefined;
  const who = nounPhraseAt(sentence, at + (onThePart ? 5 : 2));
  const kind = who.kind === 'name' ? 'individual' : who.kind;
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at, who.to, 'more-care-from', weighed.category ?? 'counterfactual', weighed.tier, kind);
}

/** "Turns out the junior dev had commented out `listen 80;`…": a discovery that names who did it. */
function turnsOut(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'out') return undefined;
  let from = at + 2;
  if (tokens[from]?.lower === 'that') from++;
  return personDidInClause(sentence, from, clauseEnd(sentence, from));
}

/** "the development team must be extremely attentive", "engineers need to be more careful". */
function toldToTakeCare(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const before = tokens.slice(Math.max(0, at - 4), at);
  const be = before.findIndex((t) => t.lower === 'be');
  if (be < 0 || !before.slice(0, be).some((t) => t.cls === 'modal' || t.lower === 'need' || t.lower === 'needs' || t.lower === 'has' || t.lower === 'have' || t.lower === 'to')) return undefined;
  if (tokens[at - 1]?.cls === 'neg') return undefined;
  const group = verbGroupAt(sentence, at - before.length + be);
  const subject = subjectOf(sentence, group.from);
  const kind = subject.kind;
  // "the development team must be extremely attentive" tells someone off; "Package maintainers
  // should be careful with…", advice to everyone in that role.
  const first = sentence.tokens[subject.from];
  const definite = first !== undefined && (first.cls === 'det' && first.lower !== 'a' && first.lower !== 'an' || first.cls === 'poss' || first.cls === 'pron' || /^\p{Lu}/u.test(first.text) && kind === 'individual' && subject.to - subject.from === 1);
  if ((kind === 'individual' || kind === 'team') && !definite) return undefined;
  if (kind === 'individual' || kind === 'team') return judgement(sentence, group.from, at + 1, 'take-care', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
  if (kind === 'self') return judgement(sentence, group.from, at + 1, 'take-care', 'self-blame', 'info', kind);
  return undefined;
}

/** "Make sure the user properly knows how to use GitHub". */
function makeSureKnows(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const start = tokens.slice(0, at).findIndex((t, i) => t.lower === 'make' && tokens[i + 1]?.lower === 'sure');
  if (start < 0 || tokens[at + 1]?.lower !== 'how') return undefined;
  let from = start + 2;
  if (tokens[from]?.lower === 'that') from++;
  const target = nounPhraseAt(sentence, from, at);
  const kind = target.kind;
  if (kind !== 'individual' && kind !== 'team' && kind !== 'audience') return undefined;
  return judgement(sentence, from, at + 2, 'make-sure-knows', 'character', 'warning', kind);
}

// ── the writers' own slips, hindsight, responsibility ────────────────────────────────────────────

/** "Testing in staging not thorough enough", "we have not been as diligent with our dev ops". */
function notThorough(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let not = at - 1;
  if (tokens[not]?.lower === 'as' || tokens[not]?.lower === 'very' || tokens[not]?.lower === 'nearly') not--;
  if (tokens[not]?.lower === 'near' && tokens[not - 1]?.lower === 'nowhere') not--;
  else if (tokens[not]?.lower === 'been') not--;
  const negation = tokens[not]?.lower;
  if (negation !== 'not' && negation !== 'nowhere' || isPlan(sentence)) return undefined;
  const measured = tokens[at + 1]?.lower === 'enough' || tokens[at - 1]?.lower === 'as';
  if (!measured) return undefined;
  const group = verbGroupAt(sentence, not);
  const subject = subjectOf(sentence, group.from);
  const kind = resolve(subject, sentence, undefined);
  const category: BlameCategory = kind === 'self' || kind === 'implied' ? 'self-blame' : 'team-blame';
  return judgement(sentence, not, tokens[at + 1]?.lower === 'enough' ? at + 2 : at + 1, 'not-thorough', category, 'info', kind);
}

/** "46 minutes is absolutely unacceptable", "…which is embarrassing". */
function unacceptable(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let be = at - 1;
  while (tokens[be]?.cls === 'adv') be--;
  const not = tokens[be]?.lower === 'not' && tokens[at]!.lower === 'acceptable';
  if (not) be--;
  if (tokens[be]?.cls !== 'be' || (tokens[at]!.lower === 'acceptable' && !not) || isPlan(sentence) && !/^(?:un|in)/.test(tokens[at]!.lower)) return undefined;
  return judgement(sentence, be, at + 1, 'unacceptable', 'team-blame', 'info', 'team');
}

/** "We temporarily moved images.example.org to off2, but not the renewal of its certificate." */
function butNot(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at - 1]?.lower !== 'but' || !['det', 'poss'].includes(tokens[at + 1]?.cls ?? '')) return undefined;
  const group = groupBefore(sentence, at - 1);
  if (!group || group.verb < 0 || group.negated || group.passive || tokens[group.verb]!.cls !== 'past') return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  if (kind !== 'self' && kind !== 'implied') return undefined;
  return judgement(sentence, at - 1, nounPhraseAt(sentence, at + 1).to, 'but-not', 'self-blame', 'info', kind);
}

/** "the hotfix had not been applied to the cluster": left undone, and known to be. */
function leftUndone(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const group = verbGroupAt(sentence, at);
  if (!group.passive || !group.negated || group.verb < 0 || group.modal) return undefined;
  const words = tokens.slice(group.from, group.to).map((t) => t.lower);
  const verb = tokens[group.verb]!.lower;
  // "had not been applied" (long left undone); "was not identified during review" (not seen in time).
  const undone = words.includes('had') && words.includes('been') && UNDONE.has(verb);
  const unseen = FORESEEN.has(verb);
  if (!undone && !unseen) return undefined;
  const agent = agentOf(sentence, group);
  if (agent && agent.kind === 'thing') return undefined; // "was not caught by our unit tests": what the tests could see
  return judgement(sentence, group.from, group.to, 'left-undone', 'hindsight', 'info', agent?.kind ?? 'none');
}

const UNDONE = new Set(['applied', 'updated', 'renewed', 'deployed', 'merged', 'fixed', 'addressed', 'tested', 'reviewed', 'documented', 'backported', 'rotated', 'patched', 'implemented', 'completed', 'done', 'followed', 'communicated', 'upgraded', 'migrated']);
const FORESEEN = new Set(['identified', 'caught', 'noticed', 'detected', 'spotted', 'considered', 'flagged', 'anticipated', 'foreseen', 'raised', 'recognized', 'recognised', 'understood', 'picked']);

/** "The failed nightly backups went unnoticed for eleven days." */
function wentUnnoticed(sentence: Sentence, at: number): Judgement | undefined {
  const next = sentence.tokens[at + 1]?.lower ?? '';
  if (!/^(?:unnoticed|undetected|unaddressed|unfixed|unchecked|unmonitored|unanswered|unread|unacknowledged|ignored|unreviewed)$/.test(next)) return undefined;
  return judgement(sentence, at, at + 2, 'went-unnoticed', 'hindsight', 'info', 'none');
}

/** "Nobody thought of the CDN cache", "no one caught it in review": hindsight about everyone. */
function nobodyDid(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let verb = at + 1;
  if (tokens[at]!.lower === 'no' && tokens[at + 1]?.lower === 'one') verb++;
  else if (tokens[at]!.lower === 'no') return undefined;
  while (tokens[verb]?.cls === 'adv') verb++;
  const word = tokens[verb]?.lower ?? '';
  if (!/^(?:thought|noticed|checked|caught|realized|realised|remembered|considered|looked|spotted|questioned|asked|tested|reviewed|verified|read|followed|flagged|raised|mentioned|owned|picked)$/.test(word)) return undefined;
  if (isPlan(sentence)) return undefined;
  return judgement(sentence, at, verb + 1, 'nobody-did', 'hindsight', 'info', 'negative');
}

/** "never got around to fixing it", "didn't get round to the upgrade". */
function getAroundTo(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!/^(?:around|round)$/.test(tokens[at + 1]?.lower ?? '') || tokens[at + 2]?.lower !== 'to') return undefined;
  const group = verbGroupAt(sentence, at);
  if (!group.negated) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  const weighed = weigh(kind, false);
  if (!weighed) return undefined;
  return judgement(sentence, group.from, at + 3, 'get-around-to', weighed.category ?? 'counterfactual', weighed.tier, kind);
}

/** "We promise to be better", "we need to do better". */
function doBetter(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!/^(?:be|do)$/.test(tokens[at - 1]?.lower ?? '') || tokens[at - 2]?.lower !== 'to') return undefined;
  const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, at - 3).from), sentence, undefined);
  if (kind !== 'self') return undefined;
  return judgement(sentence, at - 3, at + 1, 'do-better', 'self-blame', 'info', kind);
}

/** "We opted to refactor the existing code, rather than just trashing the old solution". */
function ratherThan(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!/^(?:than|then)$/.test(tokens[at + 1]?.lower ?? '')) return undefined;
  const chose = tokens.slice(0, at).findIndex((t) => /^(?:opted|chose|decided|elected|went)$/.test(t.lower));
  if (chose < 0) return undefined;
  const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, chose).from), sentence, undefined);
  const weighed = weigh(kind, false);
  if (!weighed || kind === 'individual') return undefined;
  return judgement(sentence, chose, at + 2, 'rather-than', weighed.category ?? 'self-blame', 'info', kind);
}

/** "the engineer should run the nginx script": what a person is told they should have been doing. */
function shouldDo(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at]!.lower !== 'should' || tokens[at + 1]?.cls !== 'word' || !cue.DUTY_VERBS.has(tokens[at + 1]!.lower)) return undefined;
  const subject = subjectOf(sentence, at);
  const first = tokens[subject.from];
  if (subject.kind !== 'individual' || first?.cls !== 'det' || first.lower === 'a' || first.lower === 'an') return undefined;
  return judgement(sentence, at, at + 2, 'should-do', 'counterfactual', 'info', subject.kind);
}

/** "Reminder to all developers: please be more careful with wildcard deletes." */
function beCareful(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let be = at - 1;
  if (/^(?:more|extra|very|really|extremely)$/.test(tokens[be]?.lower ?? '')) be--;
  if (tokens[be]?.lower !== 'be') return undefined;
  const opener = tokens[be - 1];
  if (!(opener === undefined || opener.lower === 'please' || opener.cls === 'punct' && !opener.aside)) return undefined;
  return judgement(sentence, be - (opener?.lower === 'please' ? 1 : 0), at + 1, 'be-careful', 'character', 'info', 'none');
}

/** "outside our control", "not our fault": the writers' part disowned. */
function notOurPart(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if ((word === 'outside' || word === 'beyond') && tokens[at + 1]?.lower === 'our' && tokens[at + 2]?.lower === 'control') return judgement(sentence, at, at + 3, 'not-our-part', 'responsibility-shift', 'info', 'self');
  if (word === 'not' && tokens[at + 1]?.lower === 'our' && /^(?:fault|problem|responsibility|bug|issue|doing)$/.test(tokens[at + 2]?.lower ?? '')) return judgement(sentence, at, at + 3, 'not-our-part', 'responsibility-shift', 'info', 'self');
  return undefined;
}

/** "an incorrect assumption", "we assumed", "we were slow to realise", "sorry for allowing this", "This was a mistake". */
function ownSlip(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const t = tokens[at]!;
  const word = t.lower;
  if (word === 'sorry') {
    const next = words(sentence, at + 1, 2);
    if ((next[0] === 'for' || next[0] === 'about') && /^(?:allowing|letting|not|missing|breaking|causing|this|that|our)$/.test(next[1] ?? '')) return judgement(sentence, at, at + 3, 'own-slip', 'self-blame', 'info', 'self');
    return undefined;
  }
  if (word === 'slow') {
    if (tokens[at + 1]?.lower !== 'to' || tokens[at - 1]?.cls !== 'be' && tokens[at - 2]?.cls !== 'be') return undefined;
    const group = verbGroupAt(sentence, tokens[at - 1]!.cls === 'be' ? at - 1 : at - 2);
    const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
    const weighed = weigh(kind, false);
    if (!weighed) return undefined;
    return judgement(sentence, group.from, at + 2, 'own-slip', weighed.category ?? 'hindsight', weighed.tier, kind);
  }
  if (word === 'assumed') {
    const group = verbGroupAt(sentence, at);
    if (group.verb !== at || group.passive) return undefined;
    // "we assumed": a belief of the writers'; "Assumed network failure, checked the router" or
    // "09:10 - We assumed the schema was at fault", a step of the diagnosis.
    if (isTimelineEntry(sentence)) return undefined;
    const kind = resolve(subjectOf(sentence, group.from), sentence, group);
    if (kind === 'self') return judgement(sentence, group.from, group.to, 'own-slip', 'self-blame', 'info', kind);
    return undefined;
  }
  if (cue.BELIEFS.has(word)) {
    const judged = tokens.slice(Math.max(0, at - 2), at).find((p) => cue.WRONG.has(p.lower));
    if (!judged) return undefined;
    return judgement(sentence, tokens.indexOf(judged), at + 1, 'wrong-belief', 'self-blame', 'info', 'self');
  }
  // Nouns of mistakes: whose they are decides.
  if (isPlan(sentence) || tokens.slice(Math.max(0, at - 4), at).some((p) => /^(?:prevent|avoid|minimi[sz]e|reduce|catch|no|repeat|like|such|any|future)/.test(p.lower))) return undefined;
  const owner = tokens.slice(Math.max(0, at - 2), at).find((p) => p.cls === 'poss' || p.possessive);
  if (owner) {
    const kind = nounPhraseAt(sentence, tokens.indexOf(owner)).kind;
    if (kind === 'self') return judgement(sentence, tokens.indexOf(owner), at + 1, 'own-slip', 'self-blame', 'info', kind);
    return undefined;
  }
  // "User misunderstanding of the SHA", "operator oversight": a person's mistake by its name.
  const modifier = tokens[at - 1];
  if (modifier?.cls === 'word') {
    const whose = nounPhraseAt(sentence, at - 1, at).kind;
    if (whose === 'individual' || whose === 'team' || whose === 'audience') return judgement(sentence, at - 1, at + 1, 'own-slip', 'person-as-cause', 'warning', whose);
  }
  // "This was a mistake in setting up…", "here's the mistake", "the mistake was…", "This misunderstanding led to…"
  const around = [...words(sentence, Math.max(0, at - 3), 3), ...words(sentence, at + 1, 2)];
  const named = around.includes('was') || around.includes('is') || around.includes('led') || around.includes('lead') || around.includes('caused') || tokens[at - 1]?.lower === 'this';
  if (!named || word === 'neglect' && tokens[at + 1]?.lower !== 'in') return undefined;
  if (word === 'inexperience' || word === 'ignorance' || word === 'carelessness' || word === 'negligence') return judgement(sentence, at, at + 1, 'own-slip', 'character', 'warning', 'none');
  return judgement(sentence, at, at + 1, 'own-slip', word === 'neglect' ? 'blame-word' : 'self-blame', 'info', 'none');
}

/** "In retrospect…", "On reflection, we used the wrong…". */
function hindsightOpener(sentence: Sentence, at: number): Judgement | undefined {
  const opener = cue.HINDSIGHT_OPENERS.find((phrase) => startsWith(sentence, at, phrase));
  if (!opener || isPlan(sentence) || sentence.tokens.some((t) => t.lower === 'recommendations' || t.lower === 'should')) return undefined;
  return judgement(sentence, at, at + opener.length, 'hindsight-opener', 'hindsight', 'info', 'none');
}

/** "The initial analysis failed to predict…": hindsight about an analysis or a plan. */
function failedForesight(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'to' || !cue.FORESIGHT.has(tokens[at + 2]?.lower ?? '')) return undefined;
  const subject = subjectOf(sentence, at);
  if (subject.kind !== 'thing') return undefined;
  const head = tokens[subject.to - 1];
  if (!head || !cue.HUMAN_ACTIVITIES.has(head.lower) && !/^(?:analysis|assessment|design|estimate|plan|process|review|tests?|testing)$/.test(head.lower)) return undefined;
  return judgement(sentence, at, at + 3, 'failed-foresight', 'hindsight', 'info', 'none');
}

/** "All teams are always responsible for monitoring…", "the responsibility of each service owner". */
function responsibilityPushed(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (word === 'responsibility') {
    if (tokens[at + 1]?.lower !== 'of' && !(tokens[at + 1]?.lower === 'lies' && tokens[at + 2]?.lower === 'with')) return undefined;
    const target = nounPhraseAt(sentence, at + (tokens[at + 1]!.lower === 'of' ? 2 : 3));
    if (target.kind !== 'individual' && target.kind !== 'team' && target.kind !== 'audience') return undefined;
    return judgement(sentence, at, target.to, 'responsibility', 'responsibility-shift', 'info', target.kind);
  }
  const expected = word === 'expected' && tokens[at + 1]?.lower === 'to';
  if ((tokens[at + 1]?.lower !== 'for' && !expected) || isPlan(sentence)) return undefined;
  const group = verbGroupAt(sentence, at - 1);
  if (tokens[at - 1]?.cls !== 'be' && tokens[at - 1]?.cls !== 'adv') return undefined;
  const subject = subjectOf(sentence, group.from);
  // "All teams are always responsible for…", "Application owners are responsible for…": everyone in a role.
  const first = tokens[subject.from];
  const quantified = tokens.slice(subject.from, subject.to).some((t) => t.lower === 'all' || t.lower === 'every' || t.lower === 'each') || (first !== undefined && first.cls === 'word' && subject.kind === 'team');
  if (!quantified || (subject.kind !== 'team' && subject.kind !== 'individual' && subject.kind !== 'audience')) return undefined;
  return judgement(sentence, subject.from, at + 1, 'responsibility', 'responsibility-shift', 'info', subject.kind);
}

/** "This was not a malfunction of PyPI", "the user's account was not sufficiently protected". */
function notOurs(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (cue.FAULTS.has(word)) {
    // "not a malfunction of X", "not the fault of our platform"
    // "not a malfunction of PyPI": the fault disowned by name; not "not a problem in itself",
    // "not the first vulnerability of its kind".
    if (tokens[at - 2]?.lower !== 'not' || !/^(?:a|the|any)$/.test(tokens[at - 1]?.lower ?? '') || tokens[at + 1]?.lower !== 'of') return undefined;
    const whose = tokens[at + 2];
    if (!whose || whose.cls === 'det' || /(?:self|selves)$/.test(whose.lower) || whose.lower === 'its') return undefined;
    return judgement(sentence, at - 2, at + 2, 'not-ours', 'responsibility-shift', 'info', 'self');
  }
  // "<someone>'s account was not sufficiently protected"
  const owner = tokens[at - 1];
  if (!owner || !(owner.possessive || owner.cls === 'poss' || owner.lower === 'user')) return undefined;
  const group = tokens.slice(at + 1, at + 6);
  const not = group.findIndex((t) => t.cls === 'neg');
  const be = group.findIndex((t) => t.cls === 'be');
  const done = group.findIndex((t) => t.cls === 'past' && /^(?:protected|secured|guarded|locked|hardened|configured)$/.test(t.lower));
  if (be < 0 || not < 0 || done < 0 || !(be < not && not < done)) return undefined;
  const ownerKind = owner.cls === 'poss' ? nounPhraseAt(sentence, at - 1).kind : owner.lower === 'user' ? 'audience' : nounPhraseAt(sentence, at - 1).kind;
  if (ownerKind !== 'audience' && ownerKind !== 'individual' && ownerKind !== 'team' && ownerKind !== 'name') return undefined;
  return judgement(sentence, at - 1, at + 2 + done, 'not-ours', 'responsibility-shift', 'warning', ownerKind);
}

/** The base form of a verb, roughly: enough to look it up in a list. */
function baseForm(word: string): string {
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export { isPeople };
