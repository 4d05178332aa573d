// Who a noun phrase refers to: the judgement behind "Bob should have checked" (blame) versus
// "the extension should have been .php" (not). Word lists are data; the logic is small.

import { CHANGES, MISTAKES } from './cues';
import { AMBIGUOUS_ROLES, AUDIENCE, GROUP_NOUNS, ROLES, SYSTEMS } from './personWords';
import { isOtherWordClass, isPersonName } from './wordClasses';

export type Referent =
  /** A person, a group of people, or a role held by people. */
  | 'person'
  /** People affected by the incident: users, customers, everyone. Their "should have" is an expectation. */
  | 'audience'
  /** Explicitly nobody: "nobody was to blame". */
  | 'negative'
  /** A capitalised word we cannot place: a name or a product. */
  | 'unknown-name'
  | 'thing'
  /** No noun phrase found. */
  | 'none';

const PRONOUNS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'me',
  'us',
  'him',
  'her',
  'them',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'whoever',
  'yourself',
  'himself',
  'herself',
  'themselves',
  'ourselves',
  'myself',
  "y'all",
]);
const NEGATIVES = new Set(['nobody', 'noone', 'none', 'neither']);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'his',
  'her',
  'my',
  'your',
  'its',
  'one',
  'of',
  'some',
  'two',
  'three',
  'several',
  'another',
  'same',
  'single',
  'lone',
  'any',
  'each',
  'every',
  'new',
  'junior',
  'senior',
  'tired',
  'overworked',
  'exhausted',
  'inexperienced',
  'experienced',
  'newly',
  'hired',
  'other',
  'first',
  'second',
  'last',
  'responsible',
  'careless',
  'sleepy',
  'poor',
  'unlucky',
  'primary',
  'secondary',
  'backup',
  'former',
  'incoming',
  'outgoing',
  'night',
  'weekend',
  'particular',
  'certain',
  'whole',
  'entire',
  'platform',
  'database',
  'infra',
  'infrastructure',
  'networking',
  'network',
  'payments',
  'release',
  'security',
  'frontend',
  'backend',
  'mobile',
  'web',
  'data',
  'product',
  'support',
]);
/** Words between a subject and its verb that say nothing about who acted. */
const FILLERS = new Set([
  'also',
  'really',
  'then',
  'just',
  'simply',
  'clearly',
  'obviously',
  'probably',
  'definitely',
  'certainly',
  'apparently',
  'surely',
  'perhaps',
  'maybe',
  'still',
  'only',
  'all',
  'both',
  'alone',
  'too',
  'either',
  'again',
  'already',
  'themselves',
  'himself',
  'herself',
  'ourselves',
  'myself',
  'yourself',
  'personally',
  'initially',
  'originally',
  'ultimately',
  'eventually',
  'likely',
  'arguably',
  'honestly',
  'frankly',
  'admittedly',
  'instead',
  'therefore',
  'thus',
  'however',
  'never',
  'not',
  'always',
  'immediately',
  'quickly',
  'later',
]);
export interface Word {
  text: string;
  lower: string;
  /** Written with 's: "Dave's deploy" names Dave as the owner, not the subject. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}@][\p{L}\p{N}'’@._-]*/gu;
// A full stop inside a "sentence" is one the sentence splitter joined across ("…human error. clearly, Bob…").
const CLAUSE_BREAK =
  /[,;:()[\]—–]|\s-\s|[.!?](?=\s)|\b(?:and|but|or|so|because|since|when|while|after|before|until|although|though|which|that|who|whom|where|whereas|if|as|then|once)\b/gi;

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    const value = match[0].replace(/['’]s$|['’]$|[._-]+$/u, '');
    return { text: value, lower: value.toLowerCase(), possessive: /['’]s?$/u.test(match[0]) };
  });
}

/** Auxiliaries and copulas stand between a subject and what is said of it. */
const AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
  'got',
  'gets',
  'seemed',
  'seems',
  'became',
  'becomes',
  'felt',
  'feels',
  'looked',
  'looks',
  'remained',
]);

/**
 * The subject of the clause that ends at `index`: the last noun-like word before the verb
 * ("Bob should have…", "the on-call engineer was…"). With scope `clause`, when that word is a
 * thing, the clause's first noun phrase ("Priya ran the script without thinking"). A clause
 * opened by "whoever" is about a person. A relative "who" means a person,
 * "which" a thing; an empty clause ("Bob, the on-call engineer, should have…") falls back to
 * the one before, but not past a full stop.
 */
export function subjectBefore(sentence: string, index: number, scope: 'head' | 'clause' = 'head'): Referent {
  // "…human error.Obviously Bob…": a full stop with no space after it still ends a sentence.
  const before = sentence.slice(0, index).replace(/([.!?])(?=\p{Lu})/gu, '$1 ');
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const segments = Array.from({ length: breaks.length + 1 }, (_, i) => {
    const from = i > 0 ? breaks[i - 1]!.index! + breaks[i - 1]![0].length : 0;
    const to = i < breaks.length ? breaks[i]!.index! : before.length;
    return words(before.slice(from, to)).filter((word) => !FILLERS.has(word.lower) && !AUXILIARIES.has(word.lower) && !isAdverb(word));
  });
  // A sentence's first word is capitalised whatever it is, so its case says nothing: "Obviously,
  // bob just pushed" is judged as "Bob just pushed", which is what deleting "Obviously" leaves.
  let opensSentence = true;
  segments.forEach((candidates, i) => {
    if (i > 0 && /^[.!?]$/.test(breaks[i - 1]![0])) opensSentence = true;
    if (candidates.length === 0) return;
    if (opensSentence) candidates[0] = capitalized(candidates[0]!);
    opensSentence = false;
  });
  for (let i = breaks.length; i >= 0; i--) {
    const candidates = segments[i]!;
    if (candidates.length === 0) {
      const relative = i > 0 ? breaks[i - 1]![0].toLowerCase() : '';
      if (relative === 'who' || relative === 'whom') return 'person';
      if (relative === 'which') return 'thing';
      if (/^[.!?]$/.test(relative)) return 'none'; // the subject is never in the sentence before
      continue;
    }
    // "the developer who merged PR #4821 caused…": the relative clause says nothing about the subject.
    const opener = i > 0 ? breaks[i - 1]![0].toLowerCase() : '';
    if ((opener === 'who' || opener === 'whom') && !isCapitalized(candidates[0]!.text)) return 'person';
    if (candidates[0]!.lower === 'whoever') return 'person';
    const head = classify(candidates, candidates.length - 1);
    if (head !== 'thing' || scope === 'head') return head;
    let first = 0;
    while (first < candidates.length - 1 && DETERMINERS.has(candidates[first]!.lower)) first++;
    if (candidates[first]!.possessive) return head;
    const opening = classify(candidates, first);
    return opening === 'person' || opening === 'unknown-name' ? opening : head;
  }
  return 'none';
}

/** The noun phrase that starts at `index`, skipping determiners and adjectives. */
export function referentAfter(sentence: string, index: number): Referent {
  const after = sentence.slice(index);
  const segment = after.split(/[.;:!?()]/)[0] ?? '';
  const list = words(segment);
  let at = 0;
  while (at < list.length - 1 && DETERMINERS.has(list[at]!.lower)) at++;
  if (at >= list.length) return 'none';
  // "the on-call engineer's decision", "Dave's deploy": the possessor is who is named.
  const referent = classify(list, at);
  if (referent !== 'unknown-name') return referent;
  // A capitalised word after "root cause:" may just start a phrase ("Insufficient limits",
  // "Load balancer misconfiguration"). A name stands alone, owns something, or acts.
  const word = list[at]!;
  const next = list[at + 1];
  // "Reddit's API policies" names a thing of an organisation's; "Kenji's change", a person's act.
  const ownsAnAct = word.possessive && next !== undefined && (CHANGES.has(next.lower) || MISTAKES.has(next.lower));
  const standsAlone = !next || ownsAnAct || (!word.possessive && /^(?:who|and|ran|running|\w+ed|\w+ing)$/.test(next.lower));
  return standsAlone && !isOtherWordClass(word.text) ? 'unknown-name' : 'thing';
}

/** Judges a whole phrase (a named group of a pattern). */
export function referentOf(phrase: string): Referent {
  const list = words(phrase).filter((word) => !DETERMINERS.has(word.lower));
  return list.length === 0 ? 'none' : classify(list, list.length - 1);
}

function classify(list: Word[], at: number): Referent {
  const word = list[at]!;
  const previous = list[at - 1];
  const next = list[at + 1];
  if (NEGATIVES.has(word.lower) || (word.lower === 'one' && previous?.lower === 'no')) return 'negative';
  if (PRONOUNS.has(word.lower)) return 'person';
  if (word.text.startsWith('@')) return 'person';
  if (AUDIENCE.has(word.lower)) return 'audience';
  // Roles: "the on-call engineer", "the database team"; but "the Kubernetes operator" is software.
  const role = isRole(word.lower) ? word : next && isRole(next.lower) && !AMBIGUOUS_ROLES.has(next.lower) ? next : undefined;
  if (role) {
    const modifier = list[list.indexOf(role) - 1];
    if (
      AMBIGUOUS_ROLES.has(role.lower) &&
      modifier &&
      !DETERMINERS.has(modifier.lower) &&
      (isCapitalized(modifier.text) || SYSTEMS.has(modifier.lower))
    )
      return 'thing';
    return 'person';
  }
  if (SYSTEMS.has(word.lower)) return 'thing';
  // "The", "Another" or "New" alone, capitalised because they open a sentence, name nobody.
  if (DETERMINERS.has(word.lower)) return 'thing';
  if (!isCapitalized(word.text)) return 'thing';
  if (/^\p{Lu}{2,}s?$/u.test(word.text) || /\d/.test(word.text)) return 'thing'; // acronyms, versions
  if (isPersonName(word.text)) return 'person';
  // "Pushed", "Broken": capitalised at the start of a sentence, but a verb or adjective, not a name.
  return isOtherWordClass(word.text) ? 'thing' : 'unknown-name';
}

/** A role people hold, or a group of them: the words of personWords.ts. */
function isRole(lower: string): boolean {
  return ROLES.has(lower) || GROUP_NOUNS.has(lower);
}

/** "-ly" words between subject and verb ("the engineer carelessly ignored") are adverbs, bar a few nouns. */
const LY_NOUNS = new Set(['supply', 'reply', 'family', 'assembly', 'anomaly', 'ally', 'rally', 'bully', 'fly', 'monopoly', 'butterfly']);

function isAdverb(word: Word): boolean {
  return /^\p{Ll}[\p{L}-]+ly$/u.test(word.text) && !LY_NOUNS.has(word.lower);
}

function capitalized(word: Word): Word {
  return { ...word, text: word.text.charAt(0).toUpperCase() + word.text.slice(1) };
}

function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
