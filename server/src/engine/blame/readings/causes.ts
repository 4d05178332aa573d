// Readings that make a person the cause: cause frames ("due to … by an engineer"), acts that
// the sentence says led to the outage, discoveries ("it was found that one of the interns added…").
import type { BlameCategory, BlameTier } from '../../types';
import { type ActorKind, nounPhraseAt } from '../actors';
import { actorOf, subjectOf, verbGroupAt, type VerbGroup } from '../clauseRoles';
import * as cue from '../cues';
import { verbForms } from '../grammar';
import { clauseHolding, type Sentence } from '../sentence';
import {
  clauseEnd,
  failureEvent,
  groupBefore,
  inCondition,
  isPlan,
  isTimelineEntry,
  isWriter,
  type Judgement,
  judgement,
  resolve,
  startsWith,
  strongLink,
} from './shared';

/** "due to … by an engineer", "because of operator error", "courtesy of overenthusiastic cleaning efforts". */
export function causeFrame(sentence: Sentence, at: number): Judgement | undefined {
  // "The typo came from Stefan": where a fault "came from" is its cause.
  if (/^(?:came|comes|come)$/.test(sentence.tokens[at]!.lower) && sentence.tokens[at + 1]?.lower === 'from') {
    const subject = subjectOf(sentence, at);
    const head = sentence.tokens[subject.to - 1]?.lower ?? '';
    if (!(
      cue.MISTAKE_NOUNS.has(head) ||
      cue.MISTAKES.has(head) ||
      /^(?:change|problem|issue|bug|outage|breakage|misconfiguration)s?$/.test(head)
    ))
      return undefined;
    const who = nounPhraseAt(sentence, at + 2);
    const kind = who.kind === 'name' ? 'individual' : who.kind;
    if (kind === 'individual' || kind === 'team')
      return judgement(sentence, at, who.to, 'cause-frame', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
    return undefined;
  }
  const { tokens } = sentence;
  const frame = cue.CAUSAL_FRAMES.find((phrase) => startsWith(sentence, at, phrase));
  if (!frame) return undefined;
  const from = at + frame.length;
  const end = clauseEnd(sentence, from);
  const phrase = nounPhraseAt(sentence, from, end);
  const kind = phrase.kind === 'name' ? 'individual' : phrase.kind;
  const span = (tier: BlameTier, category: BlameCategory, who: ActorKind) =>
    judgement(sentence, at, Math.max(phrase.to, from + 1), 'cause-frame', category, tier, who);
  if (kind === 'individual' || kind === 'team') return span('warning', kind === 'team' ? 'team-blame' : 'person-as-cause', kind);
  if (isWriter(kind)) return span('info', 'self-blame', kind);
  // "caused by Lucía's rate-limiter change": a person's act.
  const head = tokens[phrase.to - 1]?.lower ?? '';
  // "came down to a mistake in the manual failover steps": a human mistake as the cause, nobody named.
  if (cue.MISTAKES.has(head) && !cue.CHARACTER_NOUNS.has(head)) {
    return span('info', 'blame-word', 'none');
  }
  if (
    phrase.owner === 'individual' ||
    phrase.owner === 'team' ||
    phrase.owner === 'audience' ||
    (phrase.owner === 'name' && cue.CHANGES.has(head))
  ) {
    return span('warning', 'person-as-cause', phrase.owner === 'name' ? 'individual' : phrase.owner);
  }
  for (let i = phrase.to; i < end; i++) {
    // "…of the configuration files of haproxy by an engineer": the agent of the cause named.
    if (tokens[i]!.lower === 'by' && tokens[i + 1]?.cls !== 'ing') {
      const agent = nounPhraseAt(sentence, i + 1, end);
      const agentKind = agent.kind === 'name' ? 'individual' : agent.kind;
      if (agentKind === 'individual' || agentKind === 'team')
        return judgement(sentence, at, agent.to, 'cause-frame', 'person-as-cause', 'warning', agentKind);
      break;
    }
    // "…a backend change that one of the contractors made", "…a one-character edit Wei made": who made it.
    const maker =
      tokens[i]!.cls === 'rel' ? nounPhraseAt(sentence, i + 1, end) : i === phrase.to ? undefined : nounPhraseAt(sentence, i, end);
    if (maker && maker.to > maker.from && cue.CHANGES.has(tokens[maker.to]?.lower ?? '') && tokens[maker.to]!.cls === 'past') {
      const makerKind = maker.kind === 'name' ? 'individual' : maker.kind;
      if (makerKind === 'individual' || makerKind === 'team')
        return judgement(
          sentence,
          at,
          maker.to + 1,
          'cause-frame',
          makerKind === 'team' ? 'team-blame' : 'person-as-cause',
          'warning',
          makerKind,
        );
    }
  }
  return undefined;
}

/** "a new configuration made by an engineer", "a deployment by Mr. Abbey … caused the problem". */
export function changeByPerson(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.cls === 'ing') return undefined; // "by hitting the switch": a means
  const agent = nounPhraseAt(sentence, at + 1);
  const kind = agent.kind === 'name' ? 'individual' : agent.kind;
  if (kind !== 'individual' && kind !== 'team' && kind !== 'audience') return undefined;
  // The change is the word before "by", past adverbs and "of …" phrases: "a configuration made
  // by", "a deployment by", "a misconfiguration of the DNS zone by", "a value entered by".
  let change = at - 1;
  // "pushed through by Rohan", "made recently by": adverbs and particles between.
  while (change > 0 && (tokens[change]!.cls === 'adv' || /^(?:through|out|in|up|down|over)$/.test(tokens[change]!.lower))) change--;
  const participle = tokens[change]?.cls === 'past' ? tokens[change] : undefined;
  if (participle) change--;
  let head = change;
  for (let i = change; i > Math.max(0, change - 8); i--) {
    if (tokens[i]!.lower === 'of') {
      head = i - 1;
      break;
    }
    if (
      tokens[i]!.cls === 'punct' ||
      tokens[i]!.cls === 'conj' ||
      tokens[i]!.cls === 'sub' ||
      tokens[i]!.cls === 'rel' ||
      tokens[i]!.cls === 'be'
    )
      break;
  }
  const noun = tokens[head]?.lower ?? '';
  const mistake = cue.MISTAKE_NOUNS.has(noun) || (participle !== undefined && cue.MISTAKE_NOUNS.has(tokens[change]?.lower ?? ''));
  const change_ =
    mistake ||
    cue.CHANGES.has(noun) ||
    (participle !== undefined && isChangeVerb(participle.lower) && !cue.RESPONSE_VERBS.has(participle.lower));
  if (!change_ || isPlan(sentence)) return undefined;
  // "copy-paste errors by users": what users get wrong is the service's to prevent; softer.
  if (kind === 'audience') return mistake ? judgement(sentence, at, agent.to, 'change-by-person', 'blame-word', 'info', kind) : undefined;
  // A mistake by someone names them as its author, as does a change by someone unnamed ("added by
  // someone from networking"); any other change needs the sentence to make it the cause.
  const unnamed = cue.INDEFINITE.has(tokens[agent.from]?.lower ?? '');
  const linkedToHarm = tokens.some(
    (t, i) => i !== at && !t.aside && (cue.CAUSAL_LINKS.has(t.lower) || cue.HARM_VERBS.has(t.lower) || cue.DESTRUCTIVE_VERBS.has(t.lower)),
  );
  if (!mistake && !unnamed && !linkedToHarm) return undefined;
  return judgement(sentence, at, agent.to, 'change-by-person', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
}

/** "Someone deleted the data directory", "a developer force-pushed to main", "Ravi merged the PR…, and that broke the build". */
export function personDidHarm(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const whole = tokens[at]!.lower;
  const listed =
    cue.HARM_VERBS.has(whole) || cue.DESTRUCTIVE_VERBS.has(whole) || cue.CHANGE_VERBS.has(whole) || cue.DESTRUCTIVE_PHRASAL.has(whole);
  const word = listed ? whole : whole.slice(whole.lastIndexOf('-') + 1);
  // What was done, told in the past ("deleted") or a timeline's present ("force-pushes"): not the
  // base form, which is as often a noun ("a coffee break"), an infinitive ("to restart") or an order.
  if (!toldAsDone(sentence, at, word)) return undefined;
  const particles = cue.DESTRUCTIVE_PHRASAL.get(word);
  const particle = particles === undefined ? -1 : tokens.slice(at + 1, at + 6).findIndex((t) => particles.has(t.lower));
  const phrasal = particle >= 0;
  // "broke", "wiped", "took … offline", "caused the outage": damage, whoever did it; "deleted",
  // "switched off": damage where nobody is named or the sentence says it led to the outage.
  const harm =
    (cue.HARM_VERBS.has(word) &&
      (cue.HARM_VERBS.get(word) !== 'cause' ||
        tokens
          .slice(at + 1, at + 6)
          .some(
            (t) =>
              cue.FAILURE_EVENTS.has(t.lower) || /^(?:incident|problem|issue|outage|downtime|breakage|failure|disruption)s?$/.test(t.lower),
          ))) ||
    (phrasal && cue.HARM_PHRASAL.has(word));
  const destructive = harm || cue.DESTRUCTIVE_VERBS.has(word) || phrasal;
  const group = verbGroupAt(sentence, at);
  if (
    group.verb !== at ||
    group.passive ||
    group.negated ||
    (group.modal && !group.modalPerfect) ||
    isPlan(sentence) ||
    inCondition(sentence, at)
  )
    return undefined;
  if (tokens[at - 1]?.cls === 'det' || tokens[at - 1]?.cls === 'poss') return undefined;
  // "…to free up disk space", "…to recover the service": a purpose that makes it the response.
  if (
    tokens
      .slice(at + 1)
      .some(
        (t, i, rest) =>
          t.lower === 'to' &&
          /^(?:fix|recover|restore|mitigate|unblock|resolve|stop|free|clear|reduce|prevent)$/.test(rest[i + 1]?.lower ?? ''),
      )
  )
    return undefined;
  const subject = subjectOf(sentence, group.from);
  // "Priyanka's cleanup script wiped…", "Hannah's deploy took out login": the owner of the thing that acted.
  const actor = subject.kind === 'thing' && subject.owner ? { ...subject, kind: subject.owner } : subject;
  const kind = actor.kind === 'name' && destructive ? 'individual' : resolve(actor, sentence, group);
  const indefinite =
    kind === 'individual' &&
    (cue.INDEFINITE.has(tokens[actor.from]?.lower ?? '') || tokens.slice(actor.from, actor.to).some((t) => t.lower === 'some'));
  // Linked: the sentence says the act led to the outage, puts it right before a failure, or, in a
  // timeline entry, tells the failure that followed ("Junior admin runs chmod -R 600, site starts returning 403").
  // "The disk filled up after Caoimhe left a capture running": the act in the clause "after" opens,
  // not "Leila restarted the pod; it crashed again after 12 seconds".
  const clause = clauseHolding(sentence, group.from);
  const after =
    (clause?.opener !== undefined && /^(?:after|when|once|moment)$/.test(clause.opener.lower)) ||
    tokens.slice(clause?.from ?? 0, group.from).some((t) => t.lower === 'moment');
  const followedByFailure =
    tokens.slice(group.to).some((t) => cue.FAILURE_EVENTS.has(t.lower)) &&
    tokens.slice(group.to).some((t) => t.text === ',' || t.text === ';' || t.lower === 'and' || t.lower === 'then');
  const linked =
    strongLink(sentence, at) ||
    (failureEvent(sentence, at) && after) ||
    (isTimelineEntry(sentence) && followedByFailure) ||
    openedByCause(sentence, group.from);
  // A change that is also how people respond ("restarted", "reverted") is the cause only where the sentence says so outright.
  const response = cue.RESPONSE_VERBS.has(word) || cue.RESPONSE_VERBS.has(verbForms(cue.CHANGE_VERBS.get(word) ?? word)[2]!);
  // …or where it opens the clause of the failure's onset: "The whole thing started when Aisha disabled the rate limiter".
  const onset = after && tokens.some((t) => /^(?:started|began|start|begins|starts|outage|broke|crashed|failed|down)$/.test(t.lower));
  const relevant =
    harm ||
    (destructive && (indefinite || linked)) ||
    (!destructive &&
      cue.CHANGE_VERBS.has(word) &&
      (response ? strongLink(sentence, at) || openedByCause(sentence, group.from) || onset : linked));
  if (!relevant) return undefined;
  const to = phrasal ? at + 2 + particle : group.to;
  if (kind === 'individual' || kind === 'team')
    return judgement(
      sentence,
      actor.from >= 0 && actor.from < at ? actor.from : group.from,
      to,
      'person-did-harm',
      kind === 'team' ? 'team-blame' : 'person-as-cause',
      'warning',
      kind,
    );
  // "I restarted the wrong container and killed the primary": the writer's own act as the story.
  if (kind === 'me' && (harm || linked))
    return judgement(sentence, group.from, to, 'person-did-harm', 'self-blame', harm ? 'warning' : 'info', kind);
  if (isWriter(kind) && linked) return judgement(sentence, group.from, to, 'person-did-harm', 'self-blame', 'info', kind);
  return undefined;
}

/** Whether a listed verb is a past tense, a participle after "have", or a third-person present. */
function toldAsDone(sentence: Sentence, at: number, word: string): boolean {
  const base = cue.HARM_VERBS.get(word) ?? cue.DESTRUCTIVE_VERBS.get(word) ?? cue.CHANGE_VERBS.get(word) ?? baseOfPhrasal(word);
  if (base === undefined) return false;
  const [, present, past, participle] = verbForms(base);
  const previous = sentence.tokens[at - 1]?.cls;
  if (previous === 'to' || previous === 'modal' || previous === 'do') return false;
  if (word === past) return true;
  // "broken", "taken": a participle is a verb only after "have" ("there's something broken" describes).
  if (word === participle) return sentence.tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'have');
  // "Junior admin runs chmod", "Bogdan force-pushes to main": a present right after the person doing it;
  // elsewhere "changes", "updates", "releases" are nouns.
  if (word !== present || present === base) return false;
  const clause = clauseHolding(sentence, at);
  const subject = nounPhraseAt(sentence, clause?.from ?? 0, at);
  return subject.to === at && (subject.kind === 'individual' || subject.kind === 'team' || subject.kind === 'name');
}

function baseOfPhrasal(word: string): string | undefined {
  return cue.DESTRUCTIVE_PHRASAL.has(word)
    ? ['switch', 'turn', 'shut', 'pull', 'power', 'take', 'bring', 'knock'].find((base) => verbForms(base).includes(word))
    : undefined;
}

/** A participle of a change a person makes: "made", "entered", "executed", "deleted"; not "declared", "found". */
function isChangeVerb(word: string): boolean {
  return cue.CHANGES.has(word) || cue.CHANGE_VERBS.has(word) || cue.DESTRUCTIVE_VERBS.has(word) || cue.HARM_VERBS.has(word);
}

/** "Because Raj restarted the primary mid-backup, we lost…": the clause is given as the cause. */
function openedByCause(sentence: Sentence, at: number): boolean {
  const clause = clauseHolding(sentence, at);
  // "because we restarted…", not "because of the time we deployed", a prepositional phrase.
  return clause?.opener !== undefined && clause.opener.lower === 'because' && sentence.tokens[clause.from]?.lower !== 'of';
}

/** "The problem was the DevOps Junior engineer added…", "it was found that one of the interns added…". */
export function causeIsPerson(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  let from: number;
  if (word === 'that') {
    // "found that", "showed that", "turned out that", "it occurred to me that"
    const discovered = tokens
      .slice(Math.max(0, at - 3), at)
      .some((t) =>
        /^(?:found|showed|shown|revealed|discovered|determined|turned|realized|realised|learned|learnt|confirmed|established|noticed|occurred|occured|dawned)$/.test(
          t.lower,
        ),
      );
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
  while (
    start < to &&
    (tokens[start]!.cls === 'prep' || tokens[start]!.cls === 'punct' || tokens[start]!.cls === 'adv' || tokens[start]!.aside)
  ) {
    // "during a commit, one of the interns…": a phrase before the subject is skipped with its noun.
    start = tokens[start]!.cls === 'prep' ? nounPhraseAt(sentence, start + 1, to).to : start + 1;
  }
  const phrase = nounPhraseAt(sentence, start, to);
  if (phrase.to <= start) return undefined;
  const verb = tokens[phrase.to];
  if (!verb || !(verb.cls === 'past' || verb.cls === 'word' || verb.cls === 'do')) return undefined;
  if (
    !cue.CHANGES.has(verb.lower) &&
    !cue.SLIP_VERBS.has(verb.lower) &&
    !/^(?:install|add|delete|remove|change|edit|push|deploy|update|did|forgot)/.test(verb.lower)
  )
    return undefined;
  const kind = phrase.kind === 'name' ? 'individual' : phrase.kind;
  if (kind === 'individual' || kind === 'team')
    return judgement(
      sentence,
      phrase.from,
      phrase.to + 1,
      'cause-is-person',
      kind === 'team' ? 'team-blame' : 'person-as-cause',
      'warning',
      kind,
    );
  if (isWriter(kind)) return judgement(sentence, phrase.from, phrase.to + 1, 'cause-is-person', 'self-blame', 'info', kind);
  return undefined;
}

/** "Turns out the junior dev had commented out `listen 80;`…": a discovery that names who did it. */
export function turnsOut(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'out') return undefined;
  let from = at + 2;
  if (tokens[from]?.lower === 'that') from++;
  return personDidInClause(sentence, from, clauseEnd(sentence, from));
}

/** "Whoever pre-installed nginx edited the file…": a culprit sought. */
export function whoever(sentence: Sentence, at: number): Judgement | undefined {
  const next = sentence.tokens[at + 1];
  if (!next || (next.cls !== 'past' && next.cls !== 'word')) return undefined;
  if (isPlan(sentence)) return undefined;
  return judgement(sentence, at, at + 2, 'whoever', 'person-as-cause', 'warning', 'individual');
}

/** "Sifchain created thousands of connections for no apparent reason": an act judged senseless. */
export function forNoReason(sentence: Sentence, at: number): Judgement | undefined {
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
export function pointingIdiom(sentence: Sentence, at: number): Judgement | undefined {
  const idiom = cue.POINTING_IDIOMS.find((phrase) => startsWith(sentence, at, phrase));
  if (!idiom) return undefined;
  return judgement(sentence, at, at + idiom.length, 'pointing-idiom', 'person-as-cause', 'warning', 'individual');
}

/** "Ngozi made a costly mistake when she rotated…", "we made an error in the ACL". */
export function madeAMistake(sentence: Sentence, at: number): Judgement | undefined {
  // "made a costly mistake", and the learner's "did a mistake in nginx config"
  const { tokens } = sentence;
  let noun = at + 1;
  while (
    noun < at + 5 &&
    (tokens[noun]?.cls === 'det' ||
      (tokens[noun]?.cls === 'word' && !cue.MISTAKE_NOUNS.has(tokens[noun]!.lower)) ||
      tokens[noun]?.cls === 'adv')
  )
    noun++;
  if (!cue.MISTAKE_NOUNS.has(tokens[noun]?.lower ?? '') || noun === at + 1) return undefined;
  const group = verbGroupAt(sentence, at);
  if (group.verb !== at || group.passive || group.negated || group.modal || isPlan(sentence)) return undefined;
  const actor = subjectOf(sentence, group.from);
  const kind = actor.kind === 'name' ? 'individual' : resolve(actor, sentence, group);
  if (kind === 'individual' || kind === 'team')
    return judgement(
      sentence,
      actor.from >= 0 && actor.from < at ? actor.from : at,
      noun + 1,
      'made-a-mistake',
      kind === 'team' ? 'team-blame' : 'blame-word',
      'warning',
      kind,
    );
  if (isWriter(kind) || kind === 'implied')
    return judgement(sentence, at, noun + 1, 'made-a-mistake', 'self-blame', kind === 'me' ? 'warning' : 'info', kind);
  return undefined;
}

/** "We have identified the release manager as the source of the incident." */
export function namedAsSource(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let role = at + 1;
  if (tokens[role]?.cls === 'det') role++;
  while (
    tokens[role]?.lower === 'root' ||
    tokens[role]?.lower === 'main' ||
    tokens[role]?.lower === 'real' ||
    tokens[role]?.lower === 'primary'
  )
    role++;
  if (!/^(?:source|cause|culprit|reason|origin|trigger)$/.test(tokens[role]?.lower ?? '')) return undefined;
  // The person named just before "as": the object of "identified", "named", "singled out".
  let from = at - 1;
  while (from > 0 && !['past', 'punct', 'conj', 'sub'].includes(tokens[from - 1]!.cls)) from--;
  if (
    !/^(?:identified|named|singled|pinpointed|determined|found|confirmed|considered|regarded|seen|flagged)$/.test(
      tokens[from - 1]?.lower ?? '',
    ) &&
    tokens[from - 1]?.lower !== 'out'
  )
    return undefined;
  const who = nounPhraseAt(sentence, from, at);
  const kind = who.kind === 'name' ? 'individual' : who.kind;
  if (kind !== 'individual' && kind !== 'team') return undefined;
  return judgement(sentence, from, role + 1, 'named-as-source', kind === 'team' ? 'team-blame' : 'person-as-cause', 'warning', kind);
}

/** "…wrote 8080 where it should say 80": a person's slip, the right value beside it. */
export function whereItShould(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'it' || tokens[at + 2]?.lower !== 'should') return undefined;
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.passive || group.negated) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  if (kind !== 'individual' && kind !== 'team' && kind !== 'me') return undefined;
  return judgement(
    sentence,
    group.verb,
    at + 3,
    'where-it-should',
    kind === 'me' ? 'self-blame' : kind === 'team' ? 'team-blame' : 'person-as-cause',
    'warning',
    kind,
  );
}

/** "Accountability for this outage rests with Ngozi", "the blame lies with the vendor's team". */
export function restsWith(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  // "…for this outage rests with", "…sits squarely with": the verb within a few words, adverbs before "with".
  const verb =
    tokens.slice(at + 1, at + 9).findIndex((t) => /^(?:rests|rest|lies|lie|sits|falls|fell|lay|rested|sat)$/.test(t.lower)) + at + 1;
  if (verb <= at) return undefined;
  let withAt = verb + 1;
  while (tokens[withAt]?.cls === 'adv') withAt++;
  if (!/^(?:with|on)$/.test(tokens[withAt]?.lower ?? '')) return undefined;
  const who = nounPhraseAt(sentence, withAt + 1);
  const kind = who.kind === 'name' ? 'individual' : who.kind;
  // A person named answerable is blamed; an organisation (a provider, a vendor) has responsibility pushed onto it.
  if (kind === 'individual') return judgement(sentence, at, who.to, 'rests-with', 'person-as-cause', 'warning', kind);
  if (kind === 'team') return judgement(sentence, at, who.to, 'rests-with', 'responsibility-shift', 'info', kind);
  return undefined;
}

/** "14:02 - Arjun pushes his branch directly to master, skipping review": a safeguard skipped on the way. */
export function skippingSafeguard(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at - 1]?.text !== ',' && tokens[at - 1]?.lower !== 'and') return undefined;
  // "skipping review", "bypassing the load test": a safeguard within the next few words.
  const object =
    tokens.slice(at + 1, at + 5).findIndex((t) => cue.SKIPPED_SAFEGUARDS.has(t.lower) || cue.SAFEGUARD_NOUNS.has(t.lower)) + at + 1;
  if (object <= at) return undefined;
  const group = groupBefore(sentence, at - 1) ?? mainGroupBefore(sentence, at);
  if (!group || group.verb < 0 || group.passive || isPlan(sentence)) return undefined;
  const subject = subjectOf(sentence, group.from);
  const kind = subject.kind === 'name' ? 'individual' : resolve(subject, sentence, group);
  if (kind === 'individual' || kind === 'team')
    return judgement(sentence, at, object + 1, 'skipping-safeguard', kind === 'team' ? 'team-blame' : 'hindsight', 'warning', kind);
  if (isWriter(kind) || kind === 'implied')
    return judgement(sentence, at, object + 1, 'skipping-safeguard', 'self-blame', kind === 'me' ? 'warning' : 'info', kind);
  return undefined;
}

/** The verb group of the clause before a participle or "without" phrase cut off by a comma: "Ahmed enabled ufw on db-01 while hardening the server, without asking…". */
export function mainGroupBefore(sentence: Sentence, at: number): VerbGroup | undefined {
  const { tokens } = sentence;
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.aside || t.cls === 'ing') continue;
    if (t.text === '.' || t.text === ';') break;
    if (t.cls === 'past' && !['det', 'poss'].includes(tokens[i - 1]?.cls ?? '')) {
      const group = verbGroupAt(sentence, i);
      if (group.verb === i) return group;
    }
  }
  return undefined;
}

/** "A DROP TABLE meant for staging was executed against production by the DBA on shift." */
export function wrongEnvironment(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'for' || !ENVIRONMENTS.has(tokens[at + 2]?.lower ?? '')) return undefined;
  const meant = tokens[at + 2]!.lower;
  const elsewhere = tokens.slice(at + 3).findIndex((t) => ENVIRONMENTS.has(t.lower) && t.lower !== meant);
  if (elsewhere < 0 || isPlan(sentence)) return undefined;
  // Who ran it: the agent of the sentence's passive, or its subject.
  const verb = tokens.findIndex((t, i) => i > at + 2 && t.cls === 'past');
  const group = verb < 0 ? undefined : verbGroupAt(sentence, verb);
  const actor = group ? actorOf(sentence, group) : undefined;
  const kind = actor === undefined ? 'none' : actor.kind === 'name' ? 'individual' : resolve(actor, sentence, group);
  if (kind === 'individual' || kind === 'team')
    return judgement(
      sentence,
      at,
      at + 4 + elsewhere,
      'wrong-environment',
      kind === 'team' ? 'team-blame' : 'person-as-cause',
      'warning',
      kind,
    );
  if (isWriter(kind) || kind === 'implied')
    return judgement(sentence, at, at + 4 + elsewhere, 'wrong-environment', 'self-blame', kind === 'me' ? 'warning' : 'info', kind);
  return undefined;
}

const ENVIRONMENTS = new Set([
  'staging',
  'stage',
  'production',
  'prod',
  'live',
  'dev',
  'development',
  'test',
  'testing',
  'qa',
  'sandbox',
  'preprod',
  'pre-prod',
  'uat',
  'local',
  'laptop',
]);

/** "Kenji has a habit of deploying on Friday evenings": a person's way of working, judged. */
export function habitOf(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (
    tokens[at + 1]?.lower !== 'of' ||
    (!/^(?:a|the)$/.test(tokens[at - 1]?.lower ?? '') && !/^(?:bad|nasty|annoying)$/.test(tokens[at - 1]?.lower ?? ''))
  )
    return undefined;
  const has = tokens.slice(Math.max(0, at - 4), at).findIndex((t) => t.cls === 'have');
  if (has < 0) return undefined;
  const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, Math.max(0, at - 4) + has).from), sentence, undefined);
  const who = kind === 'name' ? 'individual' : kind;
  if (who === 'individual' || who === 'team')
    return judgement(sentence, at, at + 2, 'habit-of', who === 'team' ? 'team-blame' : 'character', 'warning', who);
  if (isWriter(who)) return judgement(sentence, at, at + 2, 'habit-of', 'self-blame', 'info', who);
  return undefined;
}
