// Who did what in a clause: the verb group around a word, its subject, and the agent of a
// passive ("…was modified by one of the engineers"). Read from the words, their classes and the
// clause cuts of sentence.ts: no parse tree.
import { nounPhraseAt, type Actor } from './actors';
import { clauseHolding, type Sentence, type Token } from './sentence';

export interface VerbGroup {
  /** Token indices [from, to) of the auxiliaries, adverbs and the verb. */
  from: number;
  to: number;
  /** The main verb; -1 when the group has none ("was not"). */
  verb: number;
  negated: boolean;
  /** A form of "be" (or "get") with a participle: "was modified". */
  passive: boolean;
  /** "should have", "could have", "would've": a counterfactual's form. */
  modalPerfect: boolean;
  /** "had" with a participle, or "have"/"has". */
  perfect: boolean;
  modal: string | undefined;
}

/** Participles spelled as their base form: "had run", "should have set". */
export const SAME_PARTICIPLE = new Set(['run', 'set', 'put', 'cut', 'read', 'hit', 'let', 'shut', 'reset', 'quit', 'spread', 'rerun']);

const AUXILIARY = new Set(['be', 'have', 'do', 'modal', 'neg', 'adv']);
const NOMINATIVE = new Set(['i', 'we', 'he', 'she', 'they', 'someone', 'somebody', 'nobody', 'everyone', 'everybody']);

/** The verb group that holds token `at` (an auxiliary, adverb, negation or verb). */
export function verbGroupAt(sentence: Sentence, at: number): VerbGroup {
  const { tokens } = sentence;
  let from = at;
  while (from > 0 && isGroupWord(tokens[from - 1])) from--;
  let to = at;
  let verb = -1;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (t.aside) {
      to++;
      continue;
    }
    const previous = tokens
      .slice(from, to)
      .reverse()
      .find((p) => !p.aside);
    // A base or present form is the verb only where the group puts one: "did not plan", "to run".
    const verbHere =
      t.cls === 'past' ||
      t.cls === 'ing' ||
      (t.cls === 'word' && (to === at || (previous !== undefined && (AUXILIARY.has(previous.cls) || previous.cls === 'to'))));
    if (verbHere) {
      verb = to++;
      // "messed things up", "set up": the particle belongs to the verb.
      if (tokens[to]?.lower === 'up' || tokens[to]?.lower === 'out' || tokens[to]?.lower === 'off') to++;
      break;
    }
    // "failed to", "forgot to", "was slow to": the verb after "to" is what was (not) done.
    if (AUXILIARY.has(t.cls) || (t.cls === 'to' && to > from)) {
      to++;
      continue;
    }
    break;
  }
  // "Some intern did .phpp instead of .php": "did", "had" are the verb when nothing follows them.
  if (verb < 0) {
    for (let i = to - 1; i >= from; i--) {
      if (tokens[i]!.cls === 'do' || tokens[i]!.cls === 'have') {
        verb = i;
        break;
      }
    }
  }
  const words = tokens.slice(from, to).filter((t) => !t.aside);
  const lower = words.map((t) => t.lower);
  const modal = words.find((t) => t.cls === 'modal')?.lower;
  const beforeVerb = verb < 0 ? words : tokens.slice(from, verb).filter((t) => !t.aside);
  return {
    from,
    to,
    verb,
    negated: lower.includes('not') || lower.includes('never'),
    passive:
      verb >= 0 &&
      tokens[verb]!.cls === 'past' &&
      beforeVerb.some((t) => (t.cls === 'be' && t.lower !== 'being') || t.lower === 'got' || t.lower === 'get' || t.lower === 'gets'),
    // "should have run", "could have set": some participles are their base form.
    modalPerfect:
      modal !== undefined &&
      lower.includes('have') &&
      (verb < 0 || tokens[verb]!.cls === 'past' || lower.includes('been') || SAME_PARTICIPLE.has(tokens[verb]!.lower)),
    perfect: lower.includes('have') || lower.includes('has') || lower.includes('had'),
    modal,
  };
}

function isGroupWord(t: Token | undefined): boolean {
  return t !== undefined && !t.aside && (AUXILIARY.has(t.cls) || t.lower === 'got');
}

/** Where the clause holding `at` starts and ends. */
function clauseOf(sentence: Sentence, at: number): number {
  const clause = clauseHolding(sentence, at);
  return clause ? sentence.clauses.indexOf(clause) : -1;
}

/**
 * The subject of the verb group starting at `groupFrom`: the clause's first noun phrase that is
 * not the object of a preposition or verb. A clause without one ("…and did not run the script",
 * "…who wrote the script") takes its subject from the clause it continues; a sentence that opens
 * with its verb ("Forgot to reload nginx") has the writer as its implied subject.
 */
export function subjectOf(sentence: Sentence, groupFrom: number): Actor {
  const { clauses, tokens } = sentence;
  // "Katharine [5:10 PM] I haven't checked": a subject pronoun right before the verb is its subject.
  const before = tokens
    .slice(0, groupFrom)
    .reverse()
    .find((t) => !t.aside && t.cls !== 'adv');
  if (before && NOMINATIVE.has(before.lower)) {
    const at = tokens.lastIndexOf(before);
    return nounPhraseAt(sentence, at, at + 1);
  }
  let index = clauseOf(sentence, groupFrom);
  let end = groupFrom;
  for (let hops = 0; index >= 0 && hops < 6; hops++) {
    const clause = clauses[index]!;
    const opener = clause.opener?.lower;
    // In a relative clause, a verb after its own ("The maintainer whose account was compromised had
    // reused…", "the engineer who wrote the script forgot…") is the main clause's: its subject is the antecedent.
    if (isRelative(opener) && hops === 0 && laterVerbGroup(sentence, clause.from, end))
      return antecedentOrThing(sentence, index, groupFrom);
    // Walking back into "who …": its antecedent did both ("the engineer who wrote the script … and
    // forgot"); into "where …" or "which …" the coordinated verb belongs to the clause before it.
    if ((opener === 'who' || opener === 'whom' || opener === 'whose') && hops > 0) return antecedentOrThing(sentence, index, groupFrom);
    if ((opener === 'which' || opener === 'where') && hops > 0 && index > 0) {
      index--;
      end = firstVerbGroup(sentence, clauses[index]!.from, clauses[index]!.to) ?? clauses[index]!.to;
      continue;
    }
    const subject = firstSubject(sentence, clause.from, end);
    if (subject) return subject;
    if (opener === undefined) return { kind: 'implied', from: groupFrom, to: groupFrom };
    if (opener === 'who' || opener === 'whom' || opener === 'whose')
      return antecedent(sentence, index) ?? { kind: 'individual', from: groupFrom, to: groupFrom };
    if (opener === 'that') {
      const before = antecedent(sentence, index);
      return before && (before.kind === 'individual' || before.kind === 'team')
        ? before
        : { kind: 'thing', from: groupFrom, to: groupFrom };
    }
    // "Sven's rushed merge is what brought checkout down": the thing before "is what" did it.
    if (opener === 'what' && clause.opener && sentence.tokens[sentence.tokens.indexOf(clause.opener) - 1]?.cls === 'be' && index > 0) {
      const focus = firstSubject(sentence, clauses[index - 1]!.from, sentence.tokens.indexOf(clause.opener) - 1);
      if (focus) return focus;
    }
    if (opener === 'which' || opener === 'where' || opener === 'what') return { kind: 'thing', from: groupFrom, to: groupFrom };
    // After a dash, colon or semicolon a fragment stands alone: "Too many CTs brought down - should have…".
    if (/^[-—–:;]$/.test(opener)) return { kind: 'implied', from: groupFrom, to: groupFrom };
    // "…and did not run", "…, then restarted": the subject of the clause it continues, or the
    // agent of its passive ("The config was edited by one of the engineers and restarted…").
    index--;
    if (index < 0) return { kind: 'implied', from: groupFrom, to: groupFrom };
    const previous = clauses[index]!;
    const verb = firstVerbGroup(sentence, previous.from, previous.to);
    if (verb !== undefined) {
      const group = verbGroupAt(sentence, verb);
      const agent = group.passive ? agentOf(sentence, group) : undefined;
      if (agent && agent.kind !== 'thing' && agent.kind !== 'none') return agent;
    }
    end = verb ?? previous.to;
  }
  return { kind: 'none', from: groupFrom, to: groupFrom };
}

function isRelative(opener: string | undefined): boolean {
  return opener === 'who' || opener === 'whom' || opener === 'whose' || opener === 'which';
}

/** Whether a verb group stands in [from, end) before the one at `end`: the clause has a verb of its own already. */
function laterVerbGroup(sentence: Sentence, from: number, end: number): boolean {
  const first = firstVerbGroup(sentence, from, end);
  return first !== undefined && verbGroupAt(sentence, first).to <= end;
}

function antecedentOrThing(sentence: Sentence, clause: number, at: number): Actor {
  return antecedent(sentence, clause) ?? { kind: 'thing', from: at, to: at };
}

/** The phrase a relative clause is about: the last one before it ("the engineer who…", "one of the engineers who…"). */
function antecedent(sentence: Sentence, clause: number): Actor | undefined {
  const previous = sentence.clauses[clause - 1];
  if (!previous) return undefined;
  for (let from = previous.from; from < previous.to; from++) {
    const phrase = nounPhraseAt(sentence, from, previous.to);
    if (phrase.to === previous.to && phrase.kind !== 'none') return phrase;
  }
  return undefined;
}

/**
 * The first noun phrase in [from, end) that is a subject: not after a preposition, verb or "to".
 * "On closer analysis we…" → "we"; "A junior engineer on duty…" → "A junior engineer".
 */
function firstSubject(sentence: Sentence, from: number, end: number): Actor | undefined {
  const { tokens } = sentence;
  let at = from;
  while (at < end) {
    const t = tokens[at]!;
    if (t.aside || t.cls === 'punct' || t.cls === 'adv' || t.cls === 'neg') {
      at++;
      continue;
    }
    // "Monitoring on the ops side was inadequate": a gerund opening the clause before a preposition or "be" is its subject.
    if (t.cls === 'ing' && at === from && ['prep', 'be', 'punct'].includes(tokens[at + 1]?.cls ?? ''))
      return { kind: 'thing', from: at, to: at + 1 };
    if (
      t.cls === 'prep' ||
      t.cls === 'to' ||
      t.cls === 'ing' ||
      t.cls === 'past' ||
      t.cls === 'be' ||
      t.cls === 'have' ||
      t.cls === 'do' ||
      t.cls === 'modal'
    ) {
      // An object or a prepositional phrase: skip it. An object right before the verb group is the
      // subject of a clause of its own: "Assumed Kevin messed things up", "we found the engineer had…".
      at++;
      // "From now Kelechi is…": a preposition with an adverb for its object.
      if (t.cls === 'prep' && tokens[at]?.cls === 'adv') {
        at++;
        continue;
      }
      const object = nounPhraseAt(sentence, at, end);
      if (object.to === end && object.to > at && t.cls !== 'prep' && t.cls !== 'to') return object;
      at = Math.max(at, object.to);
      continue;
    }
    const phrase = nounPhraseAt(sentence, at, end);
    if (phrase.to <= at) return undefined;
    return phrase;
  }
  return undefined;
}

/** Where the first verb group of a clause starts. */
function firstVerbGroup(sentence: Sentence, from: number, to: number): number | undefined {
  const { tokens } = sentence;
  for (let at = from; at < to; at++) {
    const t = tokens[at]!;
    if (t.aside) continue;
    if (t.cls === 'be' || t.cls === 'have' || t.cls === 'do' || t.cls === 'modal' || t.cls === 'neg') return at;
    // A past form right after a noun phrase is the verb; after a determiner it describes a noun.
    if (t.cls === 'past' && at > from && !['det', 'poss', 'prep'].includes(tokens[at - 1]!.cls)) return at;
  }
  return undefined;
}

/** The agent of a passive: the phrase after "by" right after the verb group. */
export function agentOf(sentence: Sentence, group: VerbGroup): Actor | undefined {
  const { tokens } = sentence;
  for (let at = group.to; at < Math.min(tokens.length, group.to + 8); at++) {
    const t = tokens[at]!;
    if (t.lower === 'by') {
      if (tokens[at + 1]?.cls === 'ing') return undefined; // "by hitting the switch": a means, not an agent
      return nounPhraseAt(sentence, at + 1);
    }
    if ((t.cls === 'punct' && !t.aside) || t.cls === 'conj' || t.cls === 'sub' || t.cls === 'rel') return undefined;
  }
  return undefined;
}

/** Who did what the verb group says: its agent when passive, else its subject. */
export function actorOf(sentence: Sentence, group: VerbGroup): Actor {
  if (group.passive) return agentOf(sentence, group) ?? { kind: 'none', from: group.from, to: group.from };
  return subjectOf(sentence, group.from);
}
