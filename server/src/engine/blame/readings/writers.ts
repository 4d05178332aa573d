// Readings of the softer kind: the writers' own slips ("we assumed", "but not the renewal"),
// hindsight about processes ("went unnoticed", "in retrospect"), responsibility pushed around.
import { nounPhraseAt } from '../actors';
import { agentOf, subjectOf, verbGroupAt } from '../clauseRoles';
import * as cue from '../cues';
import type { Sentence } from '../sentence';
import { groupBefore, isPlan, isTimelineEntry, isWriter, type Judgement, judgement, resolve, startsWith, weigh, words } from './shared';

/** "We temporarily moved images.example.org to off2, but not the renewal of its certificate." */
export function butNot(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at - 1]?.lower !== 'but' || !['det', 'poss'].includes(tokens[at + 1]?.cls ?? '')) return undefined;
  const group = groupBefore(sentence, at - 1);
  if (!group || group.verb < 0 || group.negated || group.passive || tokens[group.verb]!.cls !== 'past') return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  if (!isWriter(kind) && kind !== 'implied') return undefined;
  return judgement(sentence, at - 1, nounPhraseAt(sentence, at + 1).to, 'but-not', 'self-blame', 'info', kind);
}

/** "the hotfix had not been applied to the cluster": left undone, and known to be. */
export function leftUndone(sentence: Sentence, at: number): Judgement | undefined {
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

const UNDONE = new Set([
  'applied',
  'updated',
  'renewed',
  'deployed',
  'merged',
  'fixed',
  'addressed',
  'tested',
  'reviewed',
  'documented',
  'backported',
  'rotated',
  'patched',
  'implemented',
  'completed',
  'done',
  'followed',
  'communicated',
  'upgraded',
  'migrated',
]);

const FORESEEN = new Set([
  'identified',
  'caught',
  'noticed',
  'detected',
  'spotted',
  'considered',
  'flagged',
  'anticipated',
  'foreseen',
  'raised',
  'recognized',
  'recognised',
  'understood',
  'picked',
]);

/** "The failed nightly backups went unnoticed for eleven days." */
export function wentUnnoticed(sentence: Sentence, at: number): Judgement | undefined {
  const next = sentence.tokens[at + 1]?.lower ?? '';
  if (
    !/^(?:unnoticed|undetected|unaddressed|unfixed|unchecked|unmonitored|unanswered|unread|unacknowledged|ignored|unreviewed)$/.test(next)
  )
    return undefined;
  return judgement(sentence, at, at + 2, 'went-unnoticed', 'hindsight', 'info', 'none');
}

/** "Nobody thought of the CDN cache", "no one caught it in review": hindsight about everyone. */
export function nobodyDid(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let verb = at + 1;
  if (tokens[at]!.lower === 'no' && tokens[at + 1]?.lower === 'one') verb++;
  else if (tokens[at]!.lower === 'no') return undefined;
  // "nobody on the data team spotted…", "nobody from the security team told…": then the team is who did not.
  let team = false;
  if (tokens[verb]?.cls === 'prep') {
    const group = nounPhraseAt(sentence, verb + 1);
    team = group.kind === 'team';
    verb = group.to;
  }
  while (tokens[verb]?.cls === 'adv') verb++;
  const word = tokens[verb]?.lower ?? '';
  if (
    !/^(?:thought|noticed|checked|caught|realized|realised|remembered|considered|looked|spotted|questioned|asked|tested|reviewed|verified|read|followed|flagged|raised|mentioned|owned|picked|told|informed|notified|warned|communicated|announced)$/.test(
      word,
    )
  )
    return undefined;
  if (isPlan(sentence)) return undefined;
  if (team) return judgement(sentence, at, verb + 1, 'nobody-did', 'team-blame', 'warning', 'team');
  return judgement(sentence, at, verb + 1, 'nobody-did', 'hindsight', 'info', 'negative');
}

/** "We promise to be better", "we need to do better". */
export function doBetter(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!/^(?:be|do)$/.test(tokens[at - 1]?.lower ?? '') || tokens[at - 2]?.lower !== 'to') return undefined;
  const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, at - 3).from), sentence, undefined);
  if (!isWriter(kind)) return undefined;
  return judgement(sentence, at - 3, at + 1, 'do-better', 'self-blame', 'info', kind);
}

/** "We opted to refactor the existing code, rather than just trashing the old solution". */
export function ratherThan(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (!/^(?:than|then)$/.test(tokens[at + 1]?.lower ?? '')) return undefined;
  const chose = tokens.slice(0, at).findIndex((t) => /^(?:opted|chose|decided|elected|went)$/.test(t.lower));
  if (chose < 0) return undefined;
  const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, chose).from), sentence, undefined);
  const weighed = weigh(kind, false);
  if (!weighed || kind === 'individual') return undefined;
  return judgement(sentence, chose, at + 2, 'rather-than', weighed.category ?? 'self-blame', 'info', kind);
}

/** "outside our control", "not our fault": the writers' part disowned. */
export function notOurPart(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if ((word === 'outside' || word === 'beyond') && tokens[at + 1]?.lower === 'our' && tokens[at + 2]?.lower === 'control')
    return judgement(sentence, at, at + 3, 'not-our-part', 'responsibility-shift', 'info', 'self');
  if (
    word === 'not' &&
    tokens[at + 1]?.lower === 'our' &&
    /^(?:fault|problem|responsibility|bug|issue|doing)$/.test(tokens[at + 2]?.lower ?? '')
  )
    return judgement(sentence, at, at + 3, 'not-our-part', 'responsibility-shift', 'info', 'self');
  return undefined;
}

/** "an incorrect assumption", "we assumed", "we were slow to realise", "sorry for allowing this", "This was a mistake". */
export function ownSlip(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const t = tokens[at]!;
  const word = t.lower;
  if (word === 'sorry') {
    const next = words(sentence, at + 1, 2);
    if (
      (next[0] === 'for' || next[0] === 'about') &&
      /^(?:allowing|letting|not|missing|breaking|causing|this|that|our)$/.test(next[1] ?? '')
    )
      return judgement(sentence, at, at + 3, 'own-slip', 'self-blame', 'info', 'self');
    return undefined;
  }
  if (word === 'slow') {
    if (tokens[at + 1]?.lower !== 'to' || (tokens[at - 1]?.cls !== 'be' && tokens[at - 2]?.cls !== 'be')) return undefined;
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
    if (isWriter(kind)) return judgement(sentence, group.from, group.to, 'own-slip', 'self-blame', 'info', kind);
    return undefined;
  }
  if (cue.BELIEFS.has(word)) {
    const judged = tokens.slice(Math.max(0, at - 2), at).find((p) => cue.WRONG.has(p.lower));
    if (!judged) return undefined;
    return judgement(sentence, tokens.indexOf(judged), at + 1, 'wrong-belief', 'self-blame', 'info', 'self');
  }
  // Nouns of mistakes: whose they are decides.
  if (
    isPlan(sentence) ||
    tokens
      .slice(Math.max(0, at - 4), at)
      .some((p) => /^(?:prevent\w*|avoid\w*|minimi[sz]e\w*|reduce\w*|catch\w*|no|repeat\w*|like|such|any|future)$/.test(p.lower))
  )
    return undefined;
  const owner = tokens.slice(Math.max(0, at - 2), at).find((p) => p.cls === 'poss' || p.possessive);
  if (owner) {
    const kind = nounPhraseAt(sentence, tokens.indexOf(owner)).kind;
    if (isWriter(kind))
      return judgement(sentence, tokens.indexOf(owner), at + 1, 'own-slip', 'self-blame', kind === 'me' ? 'warning' : 'info', kind);
    return undefined;
  }
  // "User misunderstanding of the SHA", "operator oversight": a person's mistake by its name.
  const modifier = tokens[at - 1];
  if (modifier?.cls === 'word') {
    const whose = nounPhraseAt(sentence, at - 1, at).kind;
    if (whose === 'individual' || whose === 'team' || whose === 'audience')
      return judgement(sentence, at - 1, at + 1, 'own-slip', 'person-as-cause', 'warning', whose);
  }
  // "This was a mistake in setting up…", "here's the mistake", "the mistake was…", "This misunderstanding led to…"
  const around = [...words(sentence, Math.max(0, at - 3), 3), ...words(sentence, at + 1, 5)];
  // "The mistake in the migration was ours": owned after the fact.
  if (around.includes('ours') || around.includes('mine'))
    return judgement(
      sentence,
      at,
      at + 1,
      'own-slip',
      'self-blame',
      around.includes('mine') ? 'warning' : 'info',
      around.includes('mine') ? 'me' : 'self',
    );
  // Named a mistake ("was a mistake", "This misunderstanding led to…"); not "The mistake in the
  // config was a missing semicolon", which says what the mistake in a thing was.
  const called = tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'be');
  const acted = words(sentence, at + 1, 5).some((w) => /^(?:led|lead|caused|left|made|broke|meant|resulted|took|triggered)$/.test(w));
  const named = called || acted || tokens[at - 1]?.lower === 'this';
  if (!named || (word === 'neglect' && tokens[at + 1]?.lower !== 'in')) return undefined;
  // "indented by mistake": how something was done, which byMistake reads.
  if (tokens[at - 1]?.lower === 'by') return undefined;
  // "This wasn't carelessness": denied.
  if (tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'neg' || t.lower === 'no')) return undefined;
  if (cue.CHARACTER_NOUNS.has(word)) return judgement(sentence, at, at + 1, 'own-slip', 'character', 'warning', 'none');
  return judgement(sentence, at, at + 1, 'own-slip', word === 'neglect' ? 'blame-word' : 'self-blame', 'info', 'none');
}

/** "In retrospect…", "On reflection, we used the wrong…". */
export function hindsightOpener(sentence: Sentence, at: number): Judgement | undefined {
  const opener = cue.HINDSIGHT_OPENERS.find((phrase) => startsWith(sentence, at, phrase));
  if (!opener || isPlan(sentence) || sentence.tokens.some((t) => t.lower === 'recommendations' || t.lower === 'should')) return undefined;
  return judgement(sentence, at, at + opener.length, 'hindsight-opener', 'hindsight', 'info', 'none');
}

/** "The initial analysis failed to predict…": hindsight about an analysis or a plan. */
export function failedForesight(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'to' || !cue.FORESIGHT.has(tokens[at + 2]?.lower ?? '')) return undefined;
  const subject = subjectOf(sentence, at);
  if (subject.kind !== 'thing') return undefined;
  const head = tokens[subject.to - 1];
  if (
    !head ||
    (!cue.HUMAN_ACTIVITIES.has(head.lower) &&
      !/^(?:analysis|assessment|design|estimate|plan|process|review|tests?|testing)$/.test(head.lower))
  )
    return undefined;
  return judgement(sentence, at, at + 3, 'failed-foresight', 'hindsight', 'info', 'none');
}

/** "All teams are always responsible for monitoring…", "the responsibility of each service owner". */
export function responsibilityPushed(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (word === 'responsibility') {
    if (tokens[at + 1]?.lower !== 'of' && !(tokens[at + 1]?.lower === 'lies' && tokens[at + 2]?.lower === 'with')) return undefined;
    const target = nounPhraseAt(sentence, at + (tokens[at + 1]!.lower === 'of' ? 2 : 3));
    if (target.kind !== 'individual' && target.kind !== 'team' && target.kind !== 'audience') return undefined;
    return judgement(sentence, at, target.to, 'responsibility', 'responsibility-shift', 'info', target.kind);
  }
  const expected = word === 'expected' && tokens[at + 1]?.lower === 'to';
  // "The cloud provider is fully responsible for the lost volumes, not us."
  if (
    word === 'responsible' &&
    tokens.slice(at + 1).some((t, i, rest) => t.lower === 'not' && /^(?:us|ours|our|we)$/.test(rest[i + 1]?.lower ?? ''))
  ) {
    return judgement(sentence, at, at + 1, 'responsibility', 'responsibility-shift', 'info', 'team');
  }
  if ((tokens[at + 1]?.lower !== 'for' && !expected) || isPlan(sentence)) return undefined;
  const group = verbGroupAt(sentence, at - 1);
  if (tokens[at - 1]?.cls !== 'be' && tokens[at - 1]?.cls !== 'adv') return undefined;
  const subject = subjectOf(sentence, group.from);
  // "All teams are always responsible for…", "Application owners are responsible for…": everyone in a role.
  const first = tokens[subject.from];
  const quantified =
    tokens.slice(subject.from, subject.to).some((t) => t.lower === 'all' || t.lower === 'every' || t.lower === 'each') ||
    (first !== undefined && first.cls === 'word' && (subject.kind === 'team' || subject.kind === 'audience'));
  if (!quantified || (subject.kind !== 'team' && subject.kind !== 'individual' && subject.kind !== 'audience')) return undefined;
  return judgement(sentence, subject.from, at + 1, 'responsibility', 'responsibility-shift', 'info', subject.kind);
}

/** "This was not a malfunction of PyPI", "the user's account was not sufficiently protected". */
export function notOurs(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (cue.FAULTS.has(word)) {
    // "not a malfunction of X", "not the fault of our platform"
    // "not a malfunction of PyPI": the fault disowned by name; not "not a problem in itself",
    // "not the first vulnerability of its kind".
    // "not a defect in the registry itself" disowns too; "not a problem in itself" does not.
    const of = tokens[at + 1]?.lower === 'of' || (tokens[at + 1]?.lower === 'in' && tokens[at + 2]?.lower !== 'itself');
    if (tokens[at - 2]?.lower !== 'not' || !/^(?:a|the|any)$/.test(tokens[at - 1]?.lower ?? '') || !of) return undefined;
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
  const ownerKind =
    owner.cls === 'poss' ? nounPhraseAt(sentence, at - 1).kind : owner.lower === 'user' ? 'audience' : nounPhraseAt(sentence, at - 1).kind;
  if (ownerKind !== 'audience' && ownerKind !== 'individual' && ownerKind !== 'team' && ownerKind !== 'name') return undefined;
  return judgement(sentence, at - 1, at + 2 + done, 'not-ours', 'responsibility-shift', 'warning', ownerKind);
}

/** "I took it for granted that replication lag was zero." */
export function forGranted(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'granted' || tokens[at - 1]?.cls === 'neg') return undefined;
  const took = tokens.slice(Math.max(0, at - 4), at).findIndex((t) => /^(?:took|taken|take|takes)$/.test(t.lower));
  if (took < 0) return undefined;
  const group = verbGroupAt(sentence, Math.max(0, at - 4) + took);
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  const weighed = weigh(kind, false);
  if (!weighed) return undefined;
  return judgement(
    sentence,
    group.from,
    at + 2,
    'for-granted',
    weighed.category ?? 'counterfactual',
    kind === 'individual' ? 'warning' : weighed.tier,
    kind,
  );
}

/** "Our runbook was out of date, and we followed it anyway." */
export function anyway(sentence: Sentence, at: number): Judgement | undefined {
  const group = groupBefore(sentence, at);
  if (!group || group.verb < 0 || group.passive || group.negated || isPlan(sentence)) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, group);
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, group.verb, at + 1, 'anyway', weighed.category ?? 'hindsight', weighed.tier, kind);
}

/** "Keeping an eye on queue depth is really the consuming team's job, not SRE's", "Security patching is the app teams' responsibility". */
export function theirJob(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const owner = tokens[at - 1];
  if (!owner || !owner.possessive) return undefined;
  let from = at - 1;
  while (from > 0 && (tokens[from - 1]!.cls === 'word' || tokens[from - 1]!.cls === 'det') && !tokens[from - 1]!.possessive) from--;
  const kind = nounPhraseAt(sentence, from, at).kind;
  if (kind !== 'team' && kind !== 'individual' && kind !== 'audience') return undefined;
  if (!tokens.slice(Math.max(0, from - 3), from).some((t) => t.cls === 'be')) return undefined;
  return judgement(sentence, from, at + 1, 'their-job', 'responsibility-shift', 'info', kind);
}

/** "The signs were there in the Puppet reports", "the writing was on the wall": hindsight. */
export function signsWereThere(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  const be = tokens[at + 1];
  if (!be || be.cls !== 'be' || !/^(?:was|were)$/.test(be.lower)) return undefined;
  let next = at + 2;
  if (tokens[next]?.lower === 'all') next++;
  const there =
    tokens[next]?.lower === 'there' || (word === 'writing' && tokens[next]?.lower === 'on' && tokens[next + 2]?.lower === 'wall');
  if (!there || tokens[at - 1]?.lower !== 'the') return undefined;
  return judgement(sentence, at - 1, next + 1, 'signs-were-there', 'hindsight', 'info', 'none');
}

/** "It is up to every service owner to set sensible limits." */
export function upTo(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at + 1]?.lower !== 'to' || tokens[at - 1]?.cls !== 'be' || isPlan(sentence)) return undefined;
  const who = nounPhraseAt(sentence, at + 2);
  const kind = who.kind === 'name' ? 'individual' : who.kind;
  if (kind !== 'individual' && kind !== 'team' && kind !== 'audience') return undefined;
  if (tokens[who.to]?.lower !== 'to') return undefined;
  return judgement(sentence, at, who.to, 'up-to', 'responsibility-shift', 'info', kind);
}

/** "The bug lives in the upstream Redis client, not in our code", "nothing in our repo changed", "our configuration was correct". */
export function notInOurs(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (word === 'not' && /^(?:in|with|on|from)$/.test(tokens[at + 1]?.lower ?? '') && /^(?:our|us)$/.test(tokens[at + 2]?.lower ?? '')) {
    return judgement(sentence, at, at + 4, 'not-ours', 'responsibility-shift', 'info', 'self');
  }
  if (word === 'nothing' && /^(?:in|on)$/.test(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.lower === 'our') {
    const changed = tokens.slice(at + 3, at + 7).findIndex((t) => /^(?:changed|was|had)$/.test(t.lower));
    if (changed >= 0) return judgement(sentence, at, at + 4 + changed, 'not-ours', 'responsibility-shift', 'info', 'self');
  }
  if (
    word === 'our' &&
    /^(?:code|config|configuration|side|end|setup|part|change|changes)$/.test(tokens[at + 1]?.lower ?? '') &&
    tokens[at + 2]?.cls === 'be'
  ) {
    let state = at + 3;
    while (tokens[state]?.cls === 'adv') state++;
    if (/^(?:correct|fine|unchanged|innocent|blameless|sound|ok|okay)$/.test(tokens[state]?.lower ?? ''))
      return judgement(sentence, at, state + 1, 'not-ours', 'responsibility-shift', 'info', 'self');
  }
  return undefined;
}

/** "We had no expiry monitoring", "We did not have a staging server": a safeguard the writers lacked. */
export function hadNoSafeguard(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  let object: number;
  if (word === 'had' && tokens[at + 1]?.lower === 'no') object = at + 2;
  else if (word === 'have' && tokens[at - 1]?.cls === 'neg' && tokens[at - 2]?.lower === 'did') object = at + 1;
  else return undefined;
  const lacked = tokens.slice(object, object + 5).findIndex((t) => cue.SAFEGUARD_NOUNS.has(t.lower));
  if (lacked < 0 || isPlan(sentence)) return undefined;
  const group = verbGroupAt(sentence, at);
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  if (!isWriter(kind) && kind !== 'implied') return undefined;
  return judgement(sentence, group.from, object + lacked + 1, 'had-no-safeguard', 'self-blame', 'info', kind);
}

/** "wasted 20 min with ufw", "Took 40 minutes to look at the consumer logs": the writers' time lost. */
export function timeLost(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const amount = tokens[at + 1];
  const unit = tokens[at + 2];
  if (!amount || !(amount.cls === 'num' || /^(?:an|a|one|two|three|several|twenty|forty)$/.test(amount.lower))) return undefined;
  if (!unit || !/^(?:min|mins|minutes?|hours?|h|hrs?|days?)$/.test(unit.lower)) return undefined;
  const group = verbGroupAt(sentence, at);
  if (group.verb !== at || group.negated || isPlan(sentence)) return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  if (!isWriter(kind) && kind !== 'implied') return undefined;
  // "took 40 minutes to look at": only with what the time went on; "wasted" and "lost" say it themselves.
  if (
    /^(?:took|spent|spend)$/.test(tokens[at]!.lower) &&
    !/^(?:to|on|before|chasing|looking|restarting|debugging)$/.test(tokens[at + 3]?.lower ?? '')
  )
    return undefined;
  return judgement(sentence, at, at + 3, 'time-lost', 'self-blame', 'info', kind);
}

/** "…which turned out to be a dead end", "a red herring we chased for an hour". */
export function deadEnd(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const figure = [
    ['dead', 'end'],
    ['red', 'herring'],
    ['wild', 'goose', 'chase'],
    ['rabbit', 'hole'],
  ].find((phrase) => phrase.every((w, i) => tokens[at + i]?.lower === w));
  if (!figure || isPlan(sentence)) return undefined;
  return judgement(sentence, at, at + figure.length, 'dead-end', 'hindsight', 'info', 'none');
}

/** "each assumed the other was watching the job": responsibility that fell between two. */
export function eachAssumed(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const other = tokens.slice(at + 1, at + 4).some((t) => t.lower === 'other' || t.lower === 'others');
  const each = tokens.slice(Math.max(0, at - 3), at).some((t) => /^(?:each|both)$/.test(t.lower));
  if (!other || !each) return undefined;
  return judgement(sentence, at, at + 1, 'each-assumed', 'responsibility-shift', 'info', 'team');
}
