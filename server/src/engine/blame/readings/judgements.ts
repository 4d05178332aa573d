// Readings that judge people: character ("overzealous cleaning staff"), competence ("lack of
// experience"), sanctions and admonitions ("do not let the juniors deploy", "must be more careful").
import type { BlameCategory } from '../../types';
import { nounPhraseAt, type Actor, type ActorKind } from '../actors';
import { subjectOf, verbGroupAt } from '../clauseRoles';
import * as cue from '../cues';
import type { Sentence, Token } from '../sentence';
import { groupBefore, isClauseStart, isHumanActivity, isPersonKind, isPlan, isWriter, type Judgement, judgement, resolve } from './shared';

/** "Overzealous cleaning staff", "the caffeine-starved engineer", "a poor release strategy". */
export function character(sentence: Sentence, at: number): Judgement | undefined {
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
    if (ofPerson && (kind === 'individual' || kind === 'team'))
      return judgement(sentence, at, head + 1, 'character', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
    if (tokens.slice(at + 1, head + 1).some((t) => cue.HUMAN_ACTIVITIES.has(t.lower)))
      return judgement(sentence, at, head + 1, 'work-judgement', ofPerson ? 'character' : 'team-blame', 'info', 'team');
    return undefined;
  }
  // Predicative: "the intern was careless", "we got lazy", "the team had become complacent",
  // "Coordination with the vendor was chaotic".
  const be = tokens
    .slice(Math.max(0, at - 3), at)
    .reverse()
    .findIndex((t) => t.cls === 'be' || /^(?:got|seemed|become|became|grew|gotten|felt)$/.test(t.lower));
  if (be < 0 || tokens.slice(at - 1 - be, at).some((t) => t.cls === 'neg')) return undefined;
  const group = verbGroupAt(sentence, at - 1 - be);
  const subject = subjectOf(sentence, group.from);
  if (!ofPerson) {
    // "Communication between the platform and app teams was poor": the "and" cut the clause, so the sentence's first phrase is asked too.
    const opening = nounPhraseAt(sentence, 0);
    const activity =
      (subject.kind === 'thing' && isHumanActivity(sentence, subject)) || (opening.kind === 'thing' && isHumanActivity(sentence, opening));
    return activity && !isPlan(sentence) ? judgement(sentence, at, at + 1, 'work-judgement', 'team-blame', 'info', 'team') : undefined;
  }
  const kind = resolve(subject, sentence, undefined);
  if (kind === 'individual' || kind === 'team')
    return judgement(sentence, at, at + 1, 'character', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
  if (isWriter(kind) || kind === 'implied') return judgement(sentence, at, at + 1, 'character', 'self-blame', 'info', kind);
  return undefined;
}

/** "Lack of experience", "Inexperience and oversight led to…", "our group's relative unfamiliarity with OAuth". */
export function lackOf(sentence: Sentence, at: number): Judgement | undefined {
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
  if (isWriter(ownerKind) || tokens.slice(at, end + 1).some((t) => t.lower === 'our' || t.lower === 'my')) {
    return judgement(sentence, at, end, 'lack-of', 'self-blame', 'info', 'self');
  }
  if (word === 'unfamiliarity') return judgement(sentence, at, end, 'lack-of', 'character', 'info', 'none');
  return judgement(sentence, at, end, 'lack-of', 'character', 'warning', ownerKind === 'none' ? 'individual' : ownerKind);
}

/**
 * The people a phrase names, where the phrase ran on into the verb after it: "let the Junior
 * engineers deploy" reads as one phrase whose last word is "deploy".
 */
function personBefore(sentence: Sentence, from: number, to: number): Actor | undefined {
  for (let end = to; end > from; end--) {
    const phrase = nounPhraseAt(sentence, from, end);
    if (phrase.kind === 'individual' || phrase.kind === 'team') return phrase;
  }
  return undefined;
}

/** What a person is taken off as a sanction: a rotation, a group of people allowed to deploy, access. */
const DUTIES = /^(?:rotation|rota|on-call|oncall|schedule|list|group|project|access|deploys?|deployers|production|prod|pager|release)$/;

/** What of a person's can be taken away: their access, rights, keys. */
const ACCESS = new Set(['access', 'rights', 'permissions', 'privileges', 'permission', 'credentials', 'keys', 'key']);

/** Who the possessor before a noun is: "Kwame's", "the trainee's", "his", "their". */
function classifyOwner(sentence: Sentence, owner: Token): ActorKind {
  const { tokens } = sentence;
  const at = tokens.indexOf(owner);
  let from = at;
  while (
    from > 0 &&
    owner.possessive &&
    (tokens[from - 1]!.cls === 'det' || tokens[from - 1]!.cls === 'word') &&
    !tokens[from - 1]!.possessive
  )
    from--;
  const kind = nounPhraseAt(sentence, from, at + 1).kind;
  return kind === 'name' ? 'individual' : kind === 'they' ? 'team' : kind;
}

/** "Fire Kevin", "do not let the Junior engineers make the deploy", "was taken up with the engineer". */
export function sanction(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  if (word === 'remove') {
    // "Action item: remove Kaveh from the deployers group until he completes the training."
    // "Remove Anders's cluster-admin access until he completes the training"
    const owner = tokens.slice(at + 1, at + 4).find((t) => t.possessive);
    if (owner && tokens.slice(tokens.indexOf(owner) + 1, tokens.indexOf(owner) + 4).some((t) => ACCESS.has(t.lower))) {
      const who = classifyOwner(sentence, owner);
      if (who === 'individual' || who === 'team')
        return judgement(sentence, at, tokens.indexOf(owner) + 2, 'sanction', 'person-as-cause', 'warning', who);
    }
    const target = personBefore(sentence, at + 1, Math.min(sentence.tokens.length, at + 6));
    const duty = tokens.slice(target?.to ?? at, (target?.to ?? at) + 6).some((t) => DUTIES.test(t.lower));
    if (!target || tokens[target.to]?.lower !== 'from' || !isClauseStart(sentence, at) || !duty) return undefined;
    return judgement(sentence, at, target.to + 1, 'sanction', 'person-as-cause', 'warning', target.kind);
  }
  if (word === 'fire') {
    const target = nounPhraseAt(sentence, at + 1);
    if (isClauseStart(sentence, at) && isPersonKind(target.kind))
      return judgement(sentence, at, target.to, 'sanction', 'person-as-cause', 'warning', 'individual');
    return undefined;
  }
  if (word === 'let' && tokens[at + 1]?.lower === 'go') {
    // "The contractor responsible has been let go."
    const group = verbGroupAt(sentence, at);
    const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
    if ((kind === 'individual' || kind === 'team') && tokens.slice(group.from, at).some((t) => t.cls === 'be'))
      return judgement(sentence, group.from, at + 2, 'sanction', 'person-as-cause', 'warning', kind);
    return undefined;
  }
  if (word === 'allowed' || word === 'permitted' || word === 'barred' || word === 'banned' || word === 'forbidden') {
    // "junior engineers are no longer allowed to touch the load balancer config"
    const before = tokens.slice(Math.max(0, at - 3), at).map((t) => t.lower);
    // "…are no longer allowed to", "only senior engineers are allowed to touch the config".
    const group = verbGroupAt(sentence, at);
    const subject = subjectOf(sentence, group.from);
    const only = tokens[subject.from - 1]?.lower === 'only' || tokens[subject.from]?.lower === 'only';
    const denied =
      word === 'barred' ||
      word === 'banned' ||
      word === 'forbidden' ||
      before.includes('not') ||
      (before.includes('no') && before.includes('longer')) ||
      only;
    if (!denied || !/^(?:to|from)$/.test(tokens[at + 1]?.lower ?? '')) return undefined;
    const kind = resolve(subject, sentence, undefined);
    if (kind === 'individual' || kind === 'team')
      return judgement(sentence, group.from, at + 1, 'sanction', 'person-as-cause', 'warning', kind);
    return undefined;
  }
  if (word === 'loses' || word === 'lose' || word === 'lost' || word === 'loss') {
    // "Viktor loses release rights until further notice"
    const right = tokens.slice(at + 1, at + 4).findIndex((t) => ACCESS.has(t.lower));
    if (right < 0) return undefined;
    const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, at).from), sentence, undefined);
    const who = kind === 'name' ? 'individual' : kind;
    if (who !== 'individual' && who !== 'team') return undefined;
    return judgement(sentence, at, at + 2 + right, 'sanction', 'person-as-cause', 'warning', who);
  }
  if (ACCESS.has(word)) {
    // "Kwame's production access was revoked", "the trainee's sudo rights have been pulled"
    const owner = tokens.slice(Math.max(0, at - 3), at).find((t) => t.possessive || t.cls === 'poss');
    const taken = tokens
      .slice(at + 1, at + 5)
      .find((t) => /^(?:revoked|pulled|removed|suspended|restricted|downgraded|disabled|locked|withdrawn|taken)$/.test(t.lower));
    if (!owner || !taken || !tokens.slice(at + 1, tokens.indexOf(taken)).some((t) => t.cls === 'be')) return undefined;
    const who = classifyOwner(sentence, owner);
    if (who !== 'individual' && who !== 'team') return undefined;
    return judgement(sentence, tokens.indexOf(owner), tokens.indexOf(taken) + 1, 'sanction', 'person-as-cause', 'warning', who);
  }
  if (word === 'give' || word === 'given') {
    // "never give the new hire root on day one"
    if (!tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'neg' || t.lower === 'stop')) return undefined;
    const target = nounPhraseAt(sentence, at + 1);
    if (target.kind === 'individual' || target.kind === 'team')
      return judgement(sentence, at, target.to, 'sanction', 'character', 'warning', target.kind);
    return undefined;
  }
  if (word === 'off' || word === 'from') {
    // "Dario is off the deploy rotation", "was removed from the on-call group"
    const be =
      tokens[at - 1]?.cls === 'be'
        ? at - 1
        : tokens[at - 2]?.cls === 'be' && /^(?:removed|taken|pulled|kicked|banned|barred)$/.test(tokens[at - 1]!.lower)
          ? at - 2
          : -1;
    if (be < 0) return undefined;
    const duty = tokens.slice(at + 1, at + 6).findIndex((t) => DUTIES.test(t.lower));
    if (duty < 0) return undefined;
    const kind = resolve(subjectOf(sentence, be), sentence, undefined);
    if (kind !== 'individual' && kind !== 'team') return undefined;
    return judgement(sentence, be, at + 2 + duty, 'sanction', 'person-as-cause', 'warning', kind);
  }
  if (word === 'let' || word === 'allow') {
    if (!tokens.slice(Math.max(0, at - 3), at).some((t) => t.cls === 'neg' || t.lower === 'stop')) return undefined;
    const target = personBefore(sentence, at + 1, nounPhraseAt(sentence, at + 1).to);
    if (target) return judgement(sentence, at, target.to, 'sanction', 'character', 'warning', target.kind);
    return undefined;
  }
  if (word === 'taken' || word === 'took') {
    // "taken up with the engineer who wrote the script"
    if (tokens[at + 1]?.lower !== 'up' || tokens[at + 2]?.lower !== 'with') return undefined;
    const target = nounPhraseAt(sentence, at + 3);
    if (target.kind === 'individual' || target.kind === 'team')
      return judgement(sentence, at, target.to, 'sanction', 'person-as-cause', 'warning', target.kind);
    return undefined;
  }
  // "the intern was fired", "has been reprimanded"
  const group = verbGroupAt(sentence, at);
  if (!group.passive || group.verb !== at || group.negated) return undefined;
  if (word === 'written' && tokens[at + 1]?.lower !== 'up') return undefined;
  if (word === 'removed' && tokens[at + 1]?.lower !== 'from') return undefined;
  const kind = resolve(subjectOf(sentence, group.from), sentence, undefined);
  if (kind === 'individual' || kind === 'team')
    return judgement(sentence, group.from, group.to, 'sanction', 'person-as-cause', 'warning', kind);
  return undefined;
}

/** "the development team must be extremely attentive", "engineers need to be more careful". */
export function toldToTakeCare(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const before = tokens.slice(Math.max(0, at - 4), at);
  const be = before.findIndex((t) => t.lower === 'be');
  if (
    be < 0 ||
    !before
      .slice(0, be)
      .some(
        (t) =>
          t.cls === 'modal' || t.lower === 'need' || t.lower === 'needs' || t.lower === 'has' || t.lower === 'have' || t.lower === 'to',
      )
  )
    return undefined;
  if (tokens[at - 1]?.cls === 'neg') return undefined;
  const group = verbGroupAt(sentence, at - before.length + be);
  const subject = subjectOf(sentence, group.from);
  const kind = subject.kind;
  // "the development team must be extremely attentive" tells someone off; "Package maintainers
  // should be careful with…", advice to everyone in that role.
  const first = sentence.tokens[subject.from];
  const definite =
    first !== undefined &&
    ((first.cls === 'det' && first.lower !== 'a' && first.lower !== 'an') ||
      first.cls === 'poss' ||
      first.cls === 'pron' ||
      (/^\p{Lu}/u.test(first.text) && kind === 'individual' && subject.to - subject.from === 1));
  if ((kind === 'individual' || kind === 'team') && !definite) return undefined;
  if (kind === 'individual' || kind === 'team')
    return judgement(sentence, group.from, at + 1, 'take-care', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
  if (isWriter(kind)) return judgement(sentence, group.from, at + 1, 'take-care', 'self-blame', 'info', kind);
  return undefined;
}

/** "Make sure the user properly knows how to use GitHub". */
export function makeSureKnows(sentence: Sentence, at: number): Judgement | undefined {
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

/** "Reminder to all developers: please be more careful with wildcard deletes." */
export function beCareful(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let be = at - 1;
  if (/^(?:more|extra|very|really|extremely)$/.test(tokens[be]?.lower ?? '')) be--;
  if (tokens[be]?.lower !== 'be') return undefined;
  const opener = tokens[be - 1];
  if (!(opener === undefined || opener.lower === 'please' || (opener.cls === 'punct' && !opener.aside))) return undefined;
  return judgement(sentence, be - (opener?.lower === 'please' ? 1 : 0), at + 1, 'be-careful', 'character', 'info', 'none');
}

/** "Testing in staging not thorough enough", "we have not been as diligent with our dev ops". */
export function notThorough(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let not = at - 1;
  if (tokens[not]?.lower === 'as' || tokens[not]?.lower === 'very' || tokens[not]?.lower === 'nearly') not--;
  if (tokens[not]?.lower === 'near' && tokens[not - 1]?.lower === 'nowhere') not--;
  else if (tokens[not]?.lower === 'been') not--;
  const negation = tokens[not]?.lower;
  if ((negation !== 'not' && negation !== 'nowhere') || isPlan(sentence)) return undefined;
  const measured = tokens[at + 1]?.lower === 'enough' || tokens[at - 1]?.lower === 'as';
  if (!measured) return undefined;
  const group = verbGroupAt(sentence, not);
  const subject = subjectOf(sentence, group.from);
  const kind = resolve(subject, sentence, undefined);
  const category: BlameCategory = isWriter(kind) || kind === 'implied' ? 'self-blame' : 'team-blame';
  return judgement(sentence, not, tokens[at + 1]?.lower === 'enough' ? at + 2 : at + 1, 'not-thorough', category, 'info', kind);
}

/** "46 minutes is absolutely unacceptable", "…which is embarrassing". */
export function unacceptable(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let be = at - 1;
  while (tokens[be]?.cls === 'adv') be--;
  const not = tokens[be]?.lower === 'not' && tokens[at]!.lower === 'acceptable';
  if (not) be--;
  if (
    tokens[be]?.cls !== 'be' ||
    (tokens[at]!.lower === 'acceptable' && !not) ||
    (isPlan(sentence) && !/^(?:un|in)/.test(tokens[at]!.lower))
  )
    return undefined;
  return judgement(sentence, be, at + 1, 'unacceptable', 'team-blame', 'info', 'team');
}

/** "Reviews on the infra repo had turned into a rubber stamp", "Testing has been an afterthought". */
export function workFigure(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const figure = cue.WORK_FIGURES.find((phrase) => phrase.every((word, i) => tokens[at + i]?.lower === word));
  if (!figure || isPlan(sentence)) return undefined;
  const verb = tokens.slice(Math.max(0, at - 4), at).findIndex((t) => t.cls === 'be' || /^(?:became|become|turned)$/.test(t.lower));
  if (verb < 0) return undefined;
  const subject = subjectOf(sentence, verbGroupAt(sentence, Math.max(0, at - 4) + verb).from);
  if (subject.kind !== 'thing' || !isHumanActivity(sentence, subject)) return undefined;
  return judgement(sentence, at, at + figure.length, 'work-judgement', 'team-blame', 'info', 'team');
}

/** "We were too quick to call the incident resolved", "I was too confident that…". */
export function tooSure(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  if (tokens[at - 1]?.lower !== 'too' || !/^(?:to|that|in|about|with)$/.test(tokens[at + 1]?.lower ?? '')) return undefined;
  const be = tokens[at - 2];
  if (!be || be.cls !== 'be') return undefined;
  const kind = resolve(subjectOf(sentence, verbGroupAt(sentence, at - 2).from), sentence, undefined);
  if (kind === 'individual' || kind === 'team')
    return judgement(sentence, at - 1, at + 1, 'too-sure', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
  if (isWriter(kind) || kind === 'implied') return judgement(sentence, at - 1, at + 1, 'too-sure', 'self-blame', 'info', kind);
  return undefined;
}

/** "We deployed on a Friday at 5pm like total amateurs." */
export function likeAmateurs(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  let noun = at + 1;
  while (/^(?:a|an|total|complete|absolute|real|some|proper|bunch|of)$/.test(tokens[noun]?.lower ?? '')) noun++;
  if (
    !/^(?:amateurs?|beginners?|idiots?|cowboys?|rookies?|noobs?|newbies?|clowns?|monkeys?|children|kids)$/.test(tokens[noun]?.lower ?? '')
  )
    return undefined;
  const group = groupBefore(sentence, at);
  const kind = group ? resolve(subjectOf(sentence, group.from), sentence, group) : 'none';
  if (kind === 'individual' || kind === 'team')
    return judgement(sentence, at, noun + 1, 'like-amateurs', kind === 'team' ? 'team-blame' : 'character', 'warning', kind);
  if (isWriter(kind) || kind === 'implied') return judgement(sentence, at, noun + 1, 'like-amateurs', 'self-blame', 'info', kind);
  return undefined;
}

/**
 * "that is just how he is", "which is typical: he ships and disappears", "Jonas, who as usual
 * ignores Slack…", "went back to sleep": a person's acts told as their nature.
 */
export function personsWay(sentence: Sentence, at: number): Judgement | undefined {
  const { tokens } = sentence;
  const word = tokens[at]!.lower;
  let to = at + 1;
  if (word === 'how') {
    // "how he is", "how she works"
    const who = tokens[at + 1];
    if (
      !who ||
      !/^(?:he|she|they)$/.test(who.lower) ||
      !/^(?:is|are|works|operates|rolls)$/.test(tokens[at + 2]?.lower ?? '') ||
      (tokens[at - 1]?.cls !== 'be' && tokens[at - 1]?.lower !== 'just')
    )
      return undefined;
    return judgement(sentence, at, at + 3, 'persons-way', 'character', 'warning', 'individual');
  }
  if (word === 'back') {
    // "went back to sleep", "went back to bed"
    if (
      !/^(?:went|gone|go|goes)$/.test(tokens[at - 1]?.lower ?? '') ||
      tokens[at + 1]?.lower !== 'to' ||
      !/^(?:sleep|bed)$/.test(tokens[at + 2]?.lower ?? '')
    )
      return undefined;
    to = at + 3;
  } else if (word === 'usual') {
    if (tokens[at - 1]?.lower !== 'as') return undefined;
  } else if (word !== 'typical' && word !== 'typically') {
    return undefined;
  }
  // Whose: the person the sentence is about.
  const person = tokens.findIndex((t, i) => {
    if (t.aside || (t.cls !== 'word' && t.cls !== 'pron')) return false;
    const kind = nounPhraseAt(sentence, i, i + 1).kind;
    return (
      kind === 'individual' ||
      (kind === 'name' && /^(?:he|she|his|her)$/.test(tokens.find((n) => n.cls === 'pron' || n.cls === 'poss')?.lower ?? ''))
    );
  });
  if (person < 0 || isPlan(sentence)) return undefined;
  return judgement(
    sentence,
    word === 'usual' ? at - 1 : word === 'back' ? at - 1 : at,
    to,
    'persons-way',
    'character',
    'warning',
    'individual',
  );
}
