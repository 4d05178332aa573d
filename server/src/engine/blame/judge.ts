// Judges who a sentence says did or failed what: finds the cues of cues.ts, the person each is
// about (subject, agent of a passive, owner, the phrase a cause frame names), and weighs the two.
// A person or team made the cause, judged, or told what they failed to do is a warning; the
// writers' own self-criticism, hindsight about a process and responsibility pushed around are
// information; things failing, and people acting, are neither.
import * as cue from './cues';
import {
  causeFrame,
  causeIsPerson,
  changeByPerson,
  forNoReason,
  habitOf,
  madeAMistake,
  namedAsSource,
  personDidHarm,
  pointingIdiom,
  restsWith,
  skippingSafeguard,
  turnsOut,
  whereItShould,
  whoever,
  wrongEnvironment,
} from './readings/causes';
import { conditional, modalPerfect, moreCareFrom, shouldDo } from './readings/counterfactuals';
import {
  beCareful,
  character,
  lackOf,
  likeAmateurs,
  makeSureKnows,
  notThorough,
  personsWay,
  sanction,
  toldToTakeCare,
  tooSure,
  unacceptable,
  workFigure,
} from './readings/judgements';
import type { Judgement, Reading } from './readings/shared';
import {
  byMistake,
  faultyObject,
  getAroundTo,
  inPlaceOf,
  insteadOf,
  madeItWorse,
  notKnowing,
  omission,
  slipAdverb,
  slipVerb,
  tooSoon,
  withoutSafeguard,
} from './readings/slips';
import {
  anyway,
  butNot,
  deadEnd,
  doBetter,
  eachAssumed,
  failedForesight,
  forGranted,
  hadNoSafeguard,
  hindsightOpener,
  leftUndone,
  nobodyDid,
  notInOurs,
  notOurPart,
  notOurs,
  ownSlip,
  ratherThan,
  responsibilityPushed,
  signsWereThere,
  theirJob,
  timeLost,
  upTo,
  wentUnnoticed,
} from './readings/writers';
import type { Sentence, Token } from './sentence';

export type { Judgement };

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
  [
    ['not', 'never'],
    [omission, notKnowing],
  ],
  [['without', 'with'], [withoutSafeguard]],
  [['instead'], [insteadOf]],
  [['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought'], [modalPerfect]],
  [['if', 'had'], [conditional]],
  [['by'], [changeByPerson]],
  [
    [...cue.HARM_VERBS.keys(), ...cue.DESTRUCTIVE_VERBS.keys(), ...cue.CHANGE_VERBS.keys(), ...cue.DESTRUCTIVE_PHRASAL.keys()],
    [personDidHarm],
  ],
  [cue.FAULTY, [faultyObject]],
  [firstWords(cue.CAUSAL_FRAMES), [causeFrame]],
  [[...cue.CHARACTER_ADJECTIVES, ...cue.WORK_JUDGEMENTS], [character]],
  [['lack', 'lacked', 'lacking', 'inexperience', 'unfamiliarity'], [lackOf]],
  [firstWords(cue.POINTING_IDIOMS), [pointingIdiom]],
  [
    [
      'fire',
      'let',
      'allow',
      'allowed',
      'permitted',
      'barred',
      'banned',
      'forbidden',
      'access',
      'rights',
      'permissions',
      'privileges',
      'permission',
      'credentials',
      'keys',
      'key',
      'give',
      'given',
      'off',
      'from',
      'taken',
      'took',
      ...cue.SANCTIONS,
    ],
    [sanction],
  ],
  [['where'], [whereItShould]],
  [['accountability', 'responsibility', 'blame', 'fault'], [restsWith]],
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
  [['made', 'make', 'makes', 'making', 'did', 'do', 'does'], [madeAMistake]],
  [['skipping', 'bypassing', 'ignoring', 'disabling', 'circumventing', 'overriding'], [skippingSafeguard]],
  [['meant', 'intended'], [wrongEnvironment]],
  [['habit'], [habitOf]],
  [['place'], [inPlaceOf]],
  [['remove'], [sanction]],
  [['quickly', 'soon', 'early', 'fast', 'hastily'], [tooSoon]],
  [['signs', 'warnings', 'clues', 'writing'], [signsWereThere]],
  [['how', 'back', 'usual', 'typical', 'typically'], [personsWay]],
  [['had', 'have'], [hadNoSafeguard]],
  [['wasted', 'lost', 'lose', 'loses', 'took', 'spent', 'spend', 'burned', 'burnt'], [timeLost]],
  [['dead', 'red', 'wild', 'rabbit'], [deadEnd]],
  [['assumed'], [eachAssumed]],
  [['loses', 'lose', 'lost', 'loss'], [sanction]],
  [['up'], [upTo]],
  [['not', 'nothing', 'our'], [notInOurs]],
  [['as'], [namedAsSource]],
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
  [[...firstWords(cue.WORK_FIGURES)], [workFigure]],
  [['quick', 'confident', 'eager', 'hasty', 'optimistic', 'sure', 'trusting', 'fast'], [tooSure]],
  [['like'], [likeAmateurs]],
  [['for'], [forGranted]],
  [['anyway', 'anyways', 'regardless'], [anyway]],
  [['job', 'responsibility', 'problem', 'call', 'duty', 'concern'], [theirJob]],
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
  // "hand-edited", "re-deployed": a compound verb is read as its last part where it is not listed whole.
  const last = t.lower.slice(t.lower.lastIndexOf('-') + 1);
  const compoundVerb = last !== t.lower && (cue.HARM_VERBS.has(last) || cue.DESTRUCTIVE_VERBS.has(last) || cue.CHANGE_VERBS.has(last));
  const readings = readingsByWord.get(t.lower) ?? (compoundVerb ? [personDidHarm] : []);
  // "caffeine-starved", "sleep-deprived": judgements made of any word.
  return cue.CHARACTER_COMPOUND.test(t.lower) ? [...readings, character] : readings;
}

function trigger(): RegExp {
  if (!triggerExpression) {
    const words = [...new Set(READINGS.flatMap(([list]) => [...list]))].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Contractions are one word in the text: "didn't", "I'd", "should've".
    const contractions = String.raw`[a-z]+n['’]t|[a-z]+['’](?:d|ve)`;
    const compounds = String.raw`[a-z]+-(?:starved|deprived|addled|brained|fingered|happy)`;
    triggerExpression = new RegExp(
      String.raw`(?<![A-Za-z0-9_'’])(?:${words.join('|')}|${contractions}|${compounds})(?![A-Za-z0-9_-])`,
      'i',
    );
  }
  return triggerExpression;
}
