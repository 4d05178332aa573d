// Readings of counterfactuals: what someone should, could or would have done ("X should have
// checked", "had we enabled logging", "a canary would have caught it").
import type { BlameCategory, BlameTier } from '../../types';
import { nounPhraseAt } from '../actors';
import { agentOf, SAME_PARTICIPLE, subjectOf, verbGroupAt } from '../clauseRoles';
import * as cue from '../cues';
import { clauseHolding, type Sentence } from '../sentence';
import { clauseEnd, concedes, isClauseStart, isWriter, type Judgement, judgement, resolve, weigh } from './shared';

/** "X should have checked", "could have been avoided with more testing", "would have allowed us to catch". */
export function modalPerfect(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const group = verbGroupAt(sentence, at);
  // "can have unintended consequences", "will have finished": a possibility or a future, no counterfactual.
  if (!group.modalPerfect || group.verb < 0 || group.modal === 'can' || group.modal === 'will' || group.modal === 'shall') return undefined;
  const verb = tokens[group.verb]!;
  // "may have caused", "must have clicked the wrong link": a guess at what happened, not what should have.
  if (group.modal === 'may' || group.modal === 'might' || group.modal === 'must') {
    // "might have saved us a couple of hours" looks back all the same.
    const us = tokens.slice(group.to, group.to + 3).some((t) => t.lower === 'us' || t.lower === 'we');
    if (!(group.passive && cue.AVOIDED.has(verb.lower)) && !(group.modal === 'might' && us)) return undefined;
  }
  // "could not have known", "would not have been caught even with the linter", "even if he had…":
  // what was impossible, or would not have helped, clears people rather than blames them.
  if ((group.negated && (group.modal === 'could' || (group.passive && cue.AVOIDED.has(verb.lower)))) || concedes(sentence))
    return undefined;
  const subject = subjectOf(sentence, group.from);
  // "any of us could have run that command", "anyone would have done the same": it clears, as the
  // lexicon's "anyone could have seen" (hindsight) does not.
  const first = tokens[subject.from]?.lower ?? '';
  if (
    (first === 'any' || first === 'anyone' || first === 'anybody') &&
    !/^(?:known|seen|noticed|caught|spotted|realized|realised|checked)$/.test(verb.lower)
  )
    return undefined;
  // "Xiulan should have held off": a name that should have acted is someone's.
  const kind = subject.kind === 'name' ? 'individual' : resolve(subject, sentence, group);
  const span = (tier: BlameTier, category: BlameCategory) =>
    judgement(sentence, group.from, group.to, 'modal-perfect', category, tier, kind);
  // "A more careful engineer would have spotted the typo": the person judged against a better one.
  const subjectWords = tokens.slice(Math.max(0, subject.from), Math.max(0, subject.to));
  if (
    (kind === 'individual' || kind === 'team') &&
    subjectWords.some((t) => cue.BETTER.has(t.lower) || /^(?:competent|experienced|attentive|diligent|senior)$/.test(t.lower)) &&
    subjectWords.some((t) => t.cls === 'det' && /^(?:a|an|any)$/.test(t.lower))
  ) {
    return judgement(sentence, subject.from, group.to, 'modal-perfect', 'character', 'warning', kind);
  }
  // "Hyun-woo would have rolled back sooner, but…": what a person would have done is no reproach.
  if (group.modal === 'would' && (kind === 'individual' || kind === 'team')) return undefined;

  if (group.passive) {
    // "Service owners should have been told … by the platform group": the agent is who should have acted.
    const agent = agentOf(sentence, group);
    if (agent && (agent.kind === 'individual' || agent.kind === 'team' || isWriter(agent.kind))) {
      return judgement(
        sentence,
        group.from,
        agent.to,
        'modal-perfect',
        'counterfactual',
        agent.kind === 'individual' ? 'warning' : 'info',
        agent.kind,
      );
    }
    // "could have been avoided", "should have been communicated to the teams"; not "should have
    // been php"; "Farhad should have been paged": the person is who it was done to.
    if (kind === 'individual' || kind === 'team' || isWriter(kind)) return undefined;
    if (cue.AVOIDED.has(verb.lower) || cue.HUMAN_ACTIONS.has(verb.lower)) return span('info', 'counterfactual');
    return undefined;
  }
  if (verb.lower === 'been' || tokens.slice(group.from, group.to).some((t) => t.lower === 'been')) return undefined;
  switch (kind) {
    case 'individual':
      return span('warning', 'counterfactual');
    case 'team':
    case 'self':
    case 'me':
    case 'implied':
      return span('info', 'counterfactual');
    case 'thing': {
      // "Enabling the stats page would have shown both servers red": the step not taken, named by its gerund.
      const opening = tokens
        .slice(clauseHolding(sentence, group.from)?.from ?? 0, group.from)
        .find((t) => !t.aside && t.cls !== 'adv' && t.cls !== 'punct');
      if (opening?.cls === 'ing' && group.modal !== 'should') return span('info', 'counterfactual');
      // "better use of tcpdump could have exposed…", "more granular deployments would have allowed
      // us…", "a staging environment that mirrored production would have caught…", "with a proper
      // canary, the bad image would never have…"
      const clause = clauseHolding(sentence, group.from);
      const before = tokens.slice(0, group.from);
      // "Better alert routing could have woken someone up": a better thing of the writers' doing, whatever it would have done.
      if (tokens.slice(Math.max(0, subject.from - 1), subject.to).some((t) => cue.BETTER.has(t.lower)) && !concedes(sentence))
        return span('info', 'counterfactual');
      const better =
        tokens.slice(clause?.from ?? 0, group.from).some((t) => cue.BETTER.has(t.lower)) ||
        before.some(
          (t, i) =>
            (t.lower === 'with' || t.lower === 'without') &&
            before.slice(i + 1, i + 4).some((n) => cue.BETTER.has(n.lower) || cue.SAFEGUARD_NOUNS.has(n.lower)),
        );
      const us = tokens.slice(group.to, group.to + 3).some((t) => t.lower === 'us' || t.lower === 'we');
      const head = tokens[subject.to - 1];
      const safeguard =
        ((head !== undefined && cue.SAFEGUARD_NOUNS.has(head.lower)) ||
          tokens.slice(Math.max(0, subject.from), subject.to).some((t) => cue.SAFEGUARD_NOUNS.has(t.lower))) &&
        cue.SAFEGUARD_VERBS.has(verb.lower);
      // "Without Amara's quick thinking, the outage could have lasted all night": a worse outcome avoided, no reproach.
      const helps = cue.AVOIDED.has(verb.lower) || cue.SAFEGUARD_VERBS.has(verb.lower);
      // "Rate limiting on the webhook would have contained the damage": whatever would have prevented it.
      const prevented = group.modal !== 'should' && cue.AVOIDED.has(verb.lower) && !group.negated;
      return (better && helps) || us || safeguard || prevented ? span('info', 'counterfactual') : undefined;
    }
    default:
      return undefined;
  }
}

/** "If this user account had 2FA enabled", "had we enabled logging", "if the operator had looked". */
export function conditional(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const isIf = tokens[at]!.lower === 'if';
  if (isIf && tokens[at - 1]?.lower === 'even') return undefined; // "even if he had run the linter…": it would not have helped
  // "Had we been tracking…", "…faster to resolve had we enabled logging": "had" before its subject.
  const inverted = tokens[at]!.lower === 'had' && (isClauseStart(sentence, at) || tokens[at + 1]?.cls === 'pron');
  // The consequence, before or after the condition: "…would have…", "…might have been shorter if…".
  const consequence = tokens.some(
    (t, i) =>
      i !== at &&
      t.cls === 'modal' &&
      (tokens[i + 1]?.lower === 'have' ||
        (tokens[i + 1]?.cls === 'adv' && tokens[i + 2]?.lower === 'have') ||
        (tokens[i + 1]?.cls === 'neg' && tokens[i + 2]?.lower === 'have')),
  );
  // "If we had alerting on certificate expiry, the renewal would not have slipped": "had" as possession.
  if (isIf && tokens[at + 1]?.cls === 'pron' && tokens[at + 2]?.lower === 'had' && tokens[at + 3]?.cls !== 'past' && consequence) {
    const who = nounPhraseAt(sentence, at + 1, at + 2).kind;
    if (isWriter(who) || who === 'team') return judgement(sentence, at, at + 4, 'conditional', 'counterfactual', 'info', who);
  }
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
  // "had 2FA enabled", "had we enabled", "Had Yusuf run `nginx -t`": "run", "set", "read" are their own participles.
  const participle = tokens
    .slice(cursor, cursor + 4)
    .findIndex((t, i) => t.cls === 'past' || t.lower === 'been' || (i === 0 && SAME_PARTICIPLE.has(t.lower)));
  if (participle < 0) return undefined;
  let kind = phrase.kind;
  if (kind === 'thing' && (phrase.owner === 'audience' || phrase.owner === 'individual')) kind = phrase.owner;
  if (kind === 'name' || kind === 'they') kind = 'individual';
  const end = cursor + participle + 1;
  if (kind === 'individual' || kind === 'audience') return judgement(sentence, at, end, 'conditional', 'counterfactual', 'warning', kind);
  if (isWriter(kind) || kind === 'team') return judgement(sentence, at, end, 'conditional', 'counterfactual', 'info', kind);
  // "If the deploy had gone to one node first, only a sliver of traffic would have seen the errors":
  // a process counterfactual, with its consequence.
  // Not "if the disk had been any fuller, …": a state, luck, not a step of the process.
  const acted = tokens[cursor + participle]!.lower !== 'been' || tokens[cursor + participle + 1]?.cls === 'past';
  // …and a consequence that says things would have gone better: "only a sliver of traffic would
  // have seen the errors", "would not have slipped"; not "the backup would have finished at 04:00".
  const conditionEnd = clauseEnd(sentence, at);
  const better = tokens.some(
    (t, i) =>
      (i < at || i >= conditionEnd) &&
      /^(?:not|never|only|fewer|less|shorter|smaller|faster|sooner|earlier|caught|avoided|prevented|contained|limited|noticed|spotted|saved)$/.test(
        t.lower,
      ),
  );
  if (kind === 'thing' && acted && consequence && better) {
    return judgement(sentence, at, end, 'conditional', 'counterfactual', 'info', kind);
  }
  return undefined;
}

/** "With a bit more care from Sam, the wrong subnet would never have…": a person's care found wanting. */
export function moreCareFrom(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (
    !tokens
      .slice(Math.max(0, at - 3), at)
      .some((t) => t.lower === 'more' || t.lower === 'better' || t.lower === 'greater' || t.lower === 'extra')
  )
    return undefined;
  const onThePart = tokens[at + 1]?.lower === 'on' && tokens[at + 3]?.lower === 'part';
  if (!/^(?:from|by|of)$/.test(tokens[at + 1]?.lower ?? '') && !onThePart) return undefined;
  const who = nounPhraseAt(sentence, at + (onThePart ? 5 : 2));
  const kind = who.kind === 'name' ? 'individual' : who.kind;
  const weighed = weigh(kind, true);
  if (!weighed) return undefined;
  return judgement(sentence, at, who.to, 'more-care-from', weighed.category ?? 'counterfactual', weighed.tier, kind);
}

/** "the engineer should run the nginx script": what a person is told they should have been doing. */
export function shouldDo(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at]!.lower !== 'should' || tokens[at + 1]?.cls !== 'word' || !cue.DUTY_VERBS.has(tokens[at + 1]!.lower)) return undefined;
  const subject = subjectOf(sentence, at);
  const first = tokens[subject.from];
  if (subject.kind !== 'individual' || first?.cls !== 'det' || first.lower === 'a' || first.lower === 'an') return undefined;
  return judgement(sentence, at, at + 2, 'should-do', 'counterfactual', 'info', subject.kind);
}
