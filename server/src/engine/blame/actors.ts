// Who a noun phrase of a sentence is: one person, a team, the writers themselves, the people the
// service is for, or a thing. "The Engineer missed a semi-colon" and "the load balancer forgot how
// to share" differ only here.
import { isKnownWord, isOtherWordClass, isPersonName } from './wordClasses';
import type { Sentence, Token } from './sentence';
import { ADVERSARIES, AMBIGUOUS_ROLES, AUDIENCE, GROUP_NOUNS, PEOPLE_GROUPS, ROLES, SYSTEMS, TEAM_NAMES, TITLES } from './personWords';

export type ActorKind =
  /** One person: a name, he or she, someone, "the on-call engineer", "one of the interns". */
  | 'individual'
  /** People as a group, or an organisation: "the Security Team", "sysadmins", "cleaning staff". */
  | 'team'
  /** The writers as a group: we, "our team". */
  | 'self'
  /** The writer alone: I, me, my. */
  | 'me'
  /** The people the service is for: users, customers. */
  | 'audience'
  /** Attackers: described, not blamed. */
  | 'adversary'
  /** A capitalised word that may be a person's name or a product's. */
  | 'name'
  /** "they": people or things, as the clause says. */
  | 'they'
  /** Nobody, no one. */
  | 'negative'
  /** No subject written: "Forgot to reload nginx" in the writer's own list of what went wrong. */
  | 'implied'
  | 'thing'
  | 'none';

export interface Actor {
  kind: ActorKind;
  /** Token indices [from, to) of the noun phrase. */
  from: number;
  to: number;
  /** Who owns the thing named, when the phrase names a thing: "the user's account", "our rollout". */
  owner?: ActorKind;
}

/** Words that may stand in a noun phrase before its head. */
function inNounPhrase(t: Token, next: Token | undefined, previous: Token | undefined): boolean {
  if (t.aside) return true;
  switch (t.cls) {
    case 'det':
    case 'poss':
    case 'num':
    case 'word':
      return true;
    case 'pron':
      return true;
    // "cleaning staff", "the on-call rotation"; not "the person solving the problem".
    case 'ing':
      return next?.cls === 'word' && !next.aside && previous?.cls !== 'word';
    // "the deleted file", "a mistyped file name"; not "the engineer deleted".
    case 'past':
      return (
        (previous === undefined || previous.cls === 'det' || previous.cls === 'poss' || previous.cls === 'adv') && next?.cls === 'word'
      );
    case 'adv':
      // "overly zealous cleaners", "a very junior engineer"
      return next?.cls === 'word' && (previous === undefined || previous.cls === 'det' || previous.cls === 'poss');
    default:
      return false;
  }
}

/** Quantities that point at the phrase after "of": "one of the engineers", "members of the team". */
const PARTITIVES = new Set([
  'one',
  'some',
  'none',
  'all',
  'each',
  'several',
  'many',
  'most',
  'member',
  'members',
  'group',
  'couple',
  'few',
  'both',
  'any',
  'either',
  'neither',
  'half',
  'part',
  'rest',
  'majority',
  'two',
  'three',
]);

/**
 * The noun phrase starting at token `from` (before `limit`): its extent and who it is. Leading
 * adverbs are skipped; "one of the X" is X; a phrase owned by someone ("the user's account") keeps
 * its owner.
 */
export function nounPhraseAt(sentence: Sentence, from: number, limit = sentence.tokens.length): Actor {
  const { tokens } = sentence;
  let start = from;
  while (
    start < limit &&
    ((tokens[start]!.cls === 'adv' && tokens[start + 1]?.cls !== 'word') || tokens[start]!.aside || tokens[start]!.cls === 'punct')
  )
    start++;
  let end = start;
  while (end < limit && inNounPhrase(tokens[end]!, tokens[end + 1], tokens[end - 1] && end > start ? tokens[end - 1] : undefined)) {
    // "the developer team install a new library": a word between a noun and a determiner is a verb.
    if (
      end > start &&
      tokens[end]!.cls === 'word' &&
      tokens[end - 1]!.cls === 'word' &&
      (tokens[end + 1]?.cls === 'det' || tokens[end + 1]?.cls === 'poss')
    )
      break;
    // A pronoun is a phrase of its own: "we" in "we the team" is enough.
    if (tokens[end]!.cls === 'pron' && end > start && !tokens[end]!.aside) break;
    end++;
    if (tokens[end - 1]!.cls === 'pron' && !tokens[end - 1]!.aside) break;
  }
  while (end > start && tokens[end - 1]!.aside) end--;
  if (end === start) return { kind: 'none', from: start, to: start };
  const head = end - 1;
  if (PARTITIVES.has(tokens[head]!.lower) && tokens[end]?.lower === 'of') {
    const inner = nounPhraseAt(sentence, end + 1, limit);
    // "one of the engineers" is one person; "some of the engineers" a group.
    const kind = inner.kind === 'team' && tokens[head]!.lower === 'one' ? 'individual' : inner.kind;
    return { ...inner, kind, from: start };
  }
  const kind = classifyHead(tokens, start, head, sentence.titleCase);
  const owner = ownerIn(tokens, start, head, sentence.titleCase);
  return { kind, from: start, to: end, ...(owner && { owner }) };
}

/** Who owns the phrase: "my", "our", "the user's", "Dave's". */
function ownerIn(tokens: Token[], from: number, head: number, titleCase: boolean): ActorKind | undefined {
  for (let i = from; i < head; i++) {
    const t = tokens[i]!;
    if (t.cls === 'poss') return pronounKind(t.lower);
    if (t.possessive) return classifyHead(tokens, from, i, titleCase);
  }
  // "user misunderstanding", "operator mistakes": a person noun before the head.
  for (let i = from; i < head; i++) {
    const kind = classifyWord(tokens, i, from, titleCase);
    if (kind === 'individual' || kind === 'team' || kind === 'audience') return kind;
  }
  return undefined;
}

function pronounKind(lower: string): ActorKind {
  switch (lower) {
    case 'i':
    case 'me':
    case 'my':
    case 'mine':
    case 'myself':
      return 'me';
    case 'we':
    case 'us':
    case 'our':
    case 'ours':
    case 'ourselves':
      return 'self';
    case 'he':
    case 'she':
    case 'him':
    case 'her':
    case 'his':
    case 'hers':
    case 'himself':
    case 'herself':
    case 'someone':
    case 'somebody':
    case 'whoever':
    case 'anyone':
    case 'anybody':
      return 'individual';
    // "you" in a postmortem is the reader, anyone: "if you're not caching those downloads…".
    case 'you':
    case 'your':
    case 'yourself':
      return 'none';
    case 'they':
    case 'them':
    case 'their':
    case 'theirs':
    case 'themselves':
      return 'they';
    case 'everyone':
    case 'everybody':
      return 'audience';
    case 'nobody':
    case 'noone':
      return 'negative';
    default:
      return 'thing';
  }
}

/** Who the head word of a phrase is, given the words before it in the phrase. */
function classifyHead(tokens: Token[], from: number, head: number, titleCase: boolean): ActorKind {
  const t = tokens[head]!;
  if (t.lower === 'one' && tokens[head - 1]?.lower === 'no') return 'negative';
  return classifyWord(tokens, head, from, titleCase);
}

function classifyWord(tokens: Token[], at: number, from: number, titleCase: boolean): ActorKind {
  const t = tokens[at]!;
  const lower = t.lower;
  if (t.cls === 'pron' || t.cls === 'poss') return pronounKind(lower);
  if (t.text.startsWith('@') && t.text.length > 1) return 'individual';
  if (ADVERSARIES.has(lower)) return 'adversary';
  if (AUDIENCE.has(lower)) return 'audience';
  const modifier = at > from ? tokens[at - 1] : undefined;
  // "the platform group", "the web and database folks"; not "the resource group", "log rotation".
  const group = PEOPLE_GROUPS.get(lower);
  if (group) return modifier && group.has(modifier.lower) ? 'team' : lower === 'folks' && !modifier ? 'team' : 'thing';
  if (ROLES.has(lower) || GROUP_NOUNS.has(lower)) {
    // "the Kubernetes operator", "the support bundle", "the nginx worker": software. A capital
    // says so only where it is not the sentence's first word ("Application owners are…").
    const capitalised = modifier !== undefined && /^\p{Lu}/u.test(modifier.text) && tokens.indexOf(modifier) > 0;
    if (
      AMBIGUOUS_ROLES.has(lower) &&
      modifier?.cls === 'word' &&
      (SYSTEMS.has(modifier.lower) || (capitalised && !ROLES.has(modifier.lower) && !GROUP_NOUNS.has(modifier.lower)))
    )
      return 'thing';
    if (GROUP_NOUNS.has(lower)) return 'team';
    return ROLES.get(lower) === 'plural' ? 'team' : 'individual';
  }
  if (SYSTEMS.has(lower)) return 'thing';
  // "Security rolled out the new WAF rules": a team by its name, capitalised, alone.
  if (TEAM_NAMES.has(lower) && /^\p{Lu}/u.test(t.text) && at === from && !titleCase) return 'team';
  if (!/^\p{Lu}/u.test(t.text) || t.cls !== 'word') return 'thing';
  // "Mr. Abbey", "Dr Osei"
  if (modifier && TITLES.has(modifier.lower.replace(/\.$/, ''))) return 'individual';
  if (/^\p{Lu}{2,}s?$/u.test(t.text) || /\d/.test(t.text) || /[./_]/.test(t.text)) return 'thing';
  if (isPersonName(t.text)) return 'individual';
  // A word the lexicon lists as something else is a common word written with a capital ("Child");
  // in a title every word has one.
  // "Devices should have…", "Configuration was…": plurals and nouns by their endings are common words.
  const commonNoun = /[^s']s$|(?:tion|sion|ment|ness|ity|ance|ence|ure|ism|ship|hood|dom|ery|ogy|ics|ware)$/.test(lower);
  return titleCase || commonNoun || isOtherWordClass(t.text) || isKnownWord(t.text) ? 'thing' : 'name';
}
