// Readings of what a person did wrong or left undone: slips ("accidentally deleted", "missed a
// semi-colon"), omissions ("did not run the check"), skipped safeguards ("without testing"), the
// wrong thing acted on.
import { actorOf, agentOf, subjectOf, verbGroupAt } from '../clauseRoles';
import { mainGroupBefore } from './causes';
import * as cue from '../cues';
import type { Sentence } from '../sentence';
import {
  lemma,
  excusedBySystem,
  groupBefore,
  inCondition,
  isHumanActivity,
  isPast,
  isPlan,
  isWriter,
  type Judgement,
  judgement,
  NOT_CHANGES,
  resolve,
  weigh,
} from './shared';

/** "A junior engineer accidentally passed…", "the config was poorly modified by one of the engineers". */
export function slipAdverb(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const next = tokens[at + 1];
  let group =
    next && (next.cls === 'past' || next.cls === 'ing' || next.cls === 'word' || next.cls === 'adv')
      ? verbGroupAt(sentence, at)
      : undefined;
  if (!group || group.verb < 0) group = groupBefore(sentence, at);
  if (!group || group.verb < 0) return undefined;
  // "We assumed the schema was used incorrectly": a hypothesis of the diagnosis, not a finding.
  if (
    tokens.slice(0, at).some((t) => /^(?:assumed|thought|suspected|believed|guessed|wondered|hypothesi[sz]ed|suspect|think)$/.test(t.lower))
  )
    return undefined;
  const judging = cue.JUDGING_ADVERBS.has(tokens[at]!.lower);
  const kind = resolve(actorOf(sentence, group), sentence, group);
  const weighed = kind === 'audience' && !judging ? { tier: 'warning' as const } : weigh(kind, true);
  if (!weighed) return undefined;
  const from = Math.min(at, group.verb);
  const to = Math.max(at, group.verb) + 1;
  return judgement(
    sentence,
    from,
    to,
    judging ? 'judging-adverb' : 'slip-adverb',
    weighed.category ?? (judging ? 'character' : 'person-as-cause'),
    weighed.tier,
    kind,
  );
}

/** "…deleted the file by mistake", "…pushed in error". */
export function byMistake(sentence: Sentence, at: number): Judgement | undefined {
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
const ADJECTIVAL = new Set([
  'misconfigured',
  'mistyped',
  'misspelled',
  'misspelt',
  'misnamed',
  'mislabeled',
  'mislabelled',
  'misplaced',
  'botched',
  'bungled',
  'forgotten',
  'neglected',
  'misread',
  'misused',
  'mishandled',
  'mixed',
  'messed',
  'fat-fingered',
]);

/** "the Engineer missed a semi-colon", "Kevin messed things up", "the warning was overlooked". */
export function slipVerb(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  const particles = cue.PARTICLES.get(word);
  if (particles && !tokens.slice(at + 1, at + 4).some((t) => particles.has(t.lower))) return undefined;
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
    if (kind === 'individual' || kind === 'team')
      return judgement(sentence, group.from, group.to, 'slip-verb', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
    // "was overlooked", "was overlooked by everyone on the call": not seen in time, by nobody in
    // particular; "the runbook step to drain the node was skipped": a step of a process left out.
    const stepLeftOut = cue.SKIPPED_PASSIVES.has(word) && isHumanActivity(sentence, subjectOf(sentence, group.from));
    if (kind !== 'thing' && kind !== 'adversary' && (cue.UNSEEN_PASSIVES.has(word) || stepLeftOut) && !group.negated)
      return judgement(sentence, group.from, group.to, 'unseen', 'hindsight', 'info', kind);
    return undefined;
  }
  const subject = subjectOf(sentence, group.from);
  const kind = resolve(subject, sentence, group);
  // "The design review missed that both replicas…": hindsight about an analysis, not a person.
  if (kind === 'thing' && isHumanActivity(sentence, subject))
    return judgement(sentence, group.from, group.to, 'slip-verb', 'hindsight', 'info', kind);
  if (kind === 'audience' && !cue.SLIPS_OF_ANYONE.has(word))
    return judgement(sentence, group.from, group.to, 'slip-verb', 'responsibility-shift', 'warning', kind);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, group.from, group.to, 'slip-verb', weighed.category ?? 'person-as-cause', weighed.tier, kind);
}

/** What someone is there to see: not seeing it is an omission, not seeing "any errors" is not. */
const SIGNALS = new Set([
  'alert',
  'alerts',
  'page',
  'pages',
  'warning',
  'warnings',
  'notification',
  'notifications',
  'message',
  'messages',
  'email',
  'emails',
  'ticket',
  'tickets',
  'alarm',
  'alarms',
  'reminder',
  'reminders',
]);

/** "he didn't check the space left", "The Security Team did not properly plan the reboot". */
export function omission(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const group = verbGroupAt(sentence, at);
  if (group.verb < 0 || group.passive || group.modalPerfect || isPlan(sentence)) return undefined;
  // "couldn't", "can't": what someone was unable to do is no omission; "they do not create
  // pressure", "we do not consider them a breach": a general statement, not what was left undone;
  // "if you're not already caching…": a condition.
  if (group.modal || !isPast(sentence, group) || inCondition(sentence, group.from)) return undefined;
  const verb = tokens[group.verb]!;
  const base = lemma(verb.lower);
  // "did not have 2FA enabled", "did not see the alert": what they had or saw is an omission where it was a safeguard or a signal.
  const object = tokens.slice(group.to, group.to + 6).map((t) => t.lower);
  const safeguardHad = base === 'have' && object.some((w) => w === 'enabled' || w === 'configured' || w === 'set');
  const signalMissed = /^(?:see|saw|hear|get|receive|read)$/.test(base) && object.some((w) => SIGNALS.has(w));
  // "never put it back": an undo left undone.
  const undo = (base === 'put' || base === 'set' || base === 'turn' || base === 'switch') && object.includes('back');
  if (cue.NEUTRAL_WHEN_NEGATED.has(base) && !safeguardHad && !signalMissed) return undefined;
  // "What we didn't realise was…": an explanation of what was not known, not an omission.
  if (sentence.clauses.some((clause) => clause.opener?.lower === 'what' && group.from >= clause.from && group.from < clause.to))
    return undefined;
  const judging = tokens.slice(group.from, group.to).some((t) => cue.DUTY_ADVERBS.has(t.lower));
  const subject = subjectOf(sentence, group.from);
  // A name that did not do its duty is someone's: "Ikram … never put it back".
  const duty = cue.DUTY_VERBS.has(base) || judging || undo;
  const kind = subject.kind === 'name' && duty ? 'individual' : resolve(subject, sentence, group);
  if (kind === 'individual') {
    const tier = excusedBySystem(sentence, group.to) ? 'info' : 'warning';
    return judgement(sentence, group.from, group.to, 'omission', 'counterfactual', tier, kind);
  }
  if (kind === 'team') return judgement(sentence, group.from, group.to, 'omission', 'team-blame', judging ? 'warning' : 'info', kind);
  // "we are not looking for someone to blame": the writers' present is a stance, not an omission.
  const present = tokens.slice(group.from, group.to).some((t) => /^(?:is|are|am)$/.test(t.lower));
  if ((isWriter(kind) || kind === 'implied') && duty && !present)
    return judgement(sentence, group.from, group.to, 'omission', 'self-blame', 'info', kind);
  if (kind === 'audience' && judging) return judgement(sentence, group.from, group.to, 'omission', 'counterfactual', 'warning', kind);
  return undefined;
}

/** "wasn't sure how to debug", "did not know how to", "Sysadmins were not aware of…". */
export function notKnowing(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const previous = tokens[at - 1];
  if (!previous || (previous.cls !== 'be' && previous.cls !== 'do')) return undefined;
  // "were not very familiar with": adverbs between.
  let stateAt = at + 1;
  while (tokens[stateAt]?.cls === 'adv') stateAt++;
  const [state, after] = [tokens[stateAt]?.lower ?? '', tokens[stateAt + 1]?.lower ?? ''];
  const competence =
    (previous.cls === 'be' &&
      (state === 'sure' || state === 'certain' || state === 'confident') &&
      (after === 'how' || after === 'what')) ||
    (previous.cls === 'do' && state === 'know' && (after === 'how' || after === 'what'));
  const unaware = previous.cls === 'be' && (state === 'aware' || state === 'familiar');
  if (!competence && !unaware) return undefined;
  const group = verbGroupAt(sentence, at - 1);
  const kind = resolve(subjectOf(sentence, group.from), sentence, { ...group, verb: at + 1 });
  if (kind === 'individual') return judgement(sentence, at - 1, at + 3, 'not-knowing', 'character', competence ? 'warning' : 'info', kind);
  if (kind === 'team') return judgement(sentence, at - 1, at + 3, 'not-knowing', 'team-blame', 'info', kind);
  if (isWriter(kind) || kind === 'implied') return judgement(sentence, at - 1, at + 3, 'not-knowing', 'self-blame', 'info', kind);
  return undefined;
}

/** "…restarted the server without checking for syntax", "Began upgrades without the safety net". */
export function withoutSafeguard(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let next = at + 1;
  if (tokens[at]!.lower === 'with') {
    if (tokens[at + 1]?.lower !== 'out') return undefined; // "with out checking": "without" misspelt
    next = at + 2;
  }
  // "had sat in the error log for days without anyone looking": not seen in time, by nobody in particular.
  if (/^(?:anyone|anybody|someone|somebody)$/.test(tokens[next]?.lower ?? '') && tokens[next + 1]?.cls === 'ing' && !isPlan(sentence)) {
    return judgement(sentence, at, next + 2, 'without-safeguard', 'hindsight', 'info', 'none');
  }
  let object = next;
  while (object < next + 3 && cue.SAFEGUARD_LEADS.has(tokens[object]?.lower ?? '')) object++;
  const skipped = tokens[object];
  if (!skipped) return undefined;
  // "without checking", "without a dress rehearsal", "without trying it on staging first"; not
  // "without causing downtime", "without warning".
  const safeguard = cue.SKIPPED_SAFEGUARDS.has(skipped.lower);
  const group = groupBefore(sentence, at) ?? mainGroupBefore(sentence, at);
  if (!group || group.verb < 0) return undefined;
  if (isPlan(sentence) || group.modal) return undefined;
  const kind = resolve(actorOf(sentence, group), sentence, group);
  // "The replication user was created by the DBA without the grant": what a person left out of a change.
  const leftOut =
    !safeguard &&
    (kind === 'individual' || kind === 'team') &&
    cue.CHANGE_VERBS.has(tokens[group.verb]!.lower) &&
    skipped.cls !== 'ing' &&
    !OUTCOME_NOUNS.has(skipped.lower);
  if (!safeguard && !leftOut) return undefined;
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at, object + 1, 'without-safeguard', weighed.category ?? 'hindsight', weighed.tier, kind);
}

/** What a change can be done without and is better for: "without any impact", "without downtime". */
const OUTCOME_NOUNS = new Set([
  'downtime',
  'impact',
  'issue',
  'issues',
  'problem',
  'problems',
  'incident',
  'error',
  'errors',
  'warning',
  'notice',
  'delay',
  'interruption',
  'loss',
  'data',
  'fuss',
  'incidents',
  'disruption',
  'success',
  'luck',
  'access',
  'root',
  'sudo',
  'help',
]);

/** "Some intern did .phpp instead of .php", "Jacob restarted it with X instead of Y". */
export function insteadOf(sentence: Sentence, at: number, inPlace = false): Judgement | undefined {
  if (!inPlace && sentence.tokens[at + 1]?.lower !== 'of') return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.modal || group.passive) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  // "Pushed the manifest to all nodes at once instead of trying one": the better step not taken.
  if ((isWriter(kind) || kind === 'implied') && sentence.tokens[at + 2]?.cls === 'ing')
    return judgement(sentence, at, at + 3, 'instead-of', 'self-blame', 'info', kind);
  if (kind !== 'individual' && kind !== 'team') return undefined;
  return judgement(sentence, at, at + 2, 'instead-of', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
}

/** "The support agent reset MFA on the wrong customer account", "the app team deployed a broken image". */
export function faultyObject(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  // "the wrong drive", "a broken image", "Applied untested changes": the adjective of an object.
  if (!['det', 'poss', 'past'].includes(tokens[at - 1]?.cls ?? '') || (tokens[at + 1]?.cls !== 'word' && tokens[at + 1]?.cls !== 'num'))
    return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.passive || group.negated || group.modal) return undefined;
  const verb = tokens[group.verb]!;
  // "restarted the broken pod" is the response; "restarted the wrong container" a slip whatever the verb.
  const wrong = tokens[at]!.lower === 'wrong' && /^(?:the|a|an)$/.test(tokens[at - 1]?.lower ?? '');
  if (
    verb.cls !== 'past' ||
    (!wrong && (cue.RESPONSE_VERBS.has(verb.lower) || NOT_CHANGES.has(verb.lower))) ||
    verb.lower === 'was' ||
    verb.lower === 'were'
  )
    return undefined;
  if (isPlan(sentence)) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  const excused = excusedBySystem(sentence, at);
  if (kind === 'individual' || kind === 'team')
    return judgement(
      sentence,
      group.verb,
      at + 2,
      'faulty-object',
      kind === 'team' ? 'team-blame' : 'person-as-cause',
      excused ? 'info' : 'warning',
      kind,
    );
  if (kind === 'me') return judgement(sentence, group.verb, at + 2, 'faulty-object', 'self-blame', excused ? 'info' : 'warning', kind);
  // "we used the wrong ordering", "Applied untested changes to production": the writers' own act on what they should not have.
  if ((isWriter(kind) || kind === 'implied') && /^(?:wrong|untested|unreviewed|unverified|unvalidated)$/.test(tokens[at]!.lower))
    return judgement(sentence, group.verb, at + 2, 'faulty-object', 'self-blame', 'info', kind);
  return undefined;
}

/** "The person handling the rollback panicked and made things worse." */
export function madeItWorse(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const made = tokens[at - 2];
  if (!made || !/^(?:made|making)$/.test(made.lower) || !/^(?:things|it|matters|everything|this|the)$/.test(tokens[at - 1]!.lower))
    return undefined;
  const group = verbGroupAt(sentence, at - 2);
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at - 2, at + 1, 'made-it-worse', weighed.category ?? 'character', weighed.tier, kind);
}

/** "never got around to fixing it", "didn't get round to the upgrade". */
export function getAroundTo(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!/^(?:around|round)$/.test(tokens[at + 1]?.lower ?? '') || tokens[at + 2]?.lower !== 'to') return undefined;
  const group = verbGroupAt(sentence, at);
  if (!group.negated) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  const weighed = weigh(kind, false);
  if (!weighed) return undefined;
  return judgement(sentence, group.from, at + 3, 'get-around-to', weighed.category ?? 'counterfactual', weighed.tier, kind);
}

/** "he put port 8080 in place of port 80": "instead of" in other words. */
export function inPlaceOf(sentence: Sentence, at: number): Judgement | undefined {
  if (sentence.tokens[at - 1]?.lower !== 'in' || sentence.tokens[at + 1]?.lower !== 'of') return undefined;
  const found = insteadOf(sentence, at - 1, true);
  return found && { ...found, start: sentence.tokens[at - 1]!.start };
}

/** "I restarted MySQL too quickly and lost the slow query log", "we declared it resolved too soon". */
export function tooSoon(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at - 1]?.lower !== 'too') return undefined;
  const group = groupBefore(sentence, at - 1);
  // "I restarted MySQL too quickly": what was done, in the past; not "to avoid removing snapshots too quickly".
  if (!group || group.verb < 0 || group.passive || group.modal || isPlan(sentence) || sentence.tokens[group.verb]!.cls !== 'past')
    return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at - 1, at + 1, 'too-soon', weighed.category ?? 'character', weighed.tier, kind);
}
