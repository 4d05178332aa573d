// The closed classes of English words and the irregular past forms: what sentence.ts needs to
// find clauses, subjects and verbs. Open-class words (nouns, verbs, adjectives) are told apart by
// their endings and their place, not listed.
import type { WordClass } from './sentence';

const CLASSES: Record<Exclude<WordClass, 'past' | 'ing' | 'num' | 'word' | 'punct'>, string[]> = {
  det: ['a', 'an', 'the', 'this', 'these', 'those', 'some', 'any', 'each', 'every', 'no', 'another', 'either', 'neither', 'all', 'both', 'such', 'whatever'],
  poss: ['my', 'our', 'your', 'his', 'her', 'their', 'its'],
  pron: [
    'i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'him', 'them', 'myself', 'ourselves', 'yourself', 'yourselves',
    'himself', 'herself', 'themselves', 'itself', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody',
    'nobody', 'noone', 'whoever', 'something', 'anything', 'nothing', 'everything', 'mine', 'ours', 'theirs', 'there',
  ],
  be: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did'],
  modal: ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought'],
  neg: ['not', 'never'],
  to: ['to'],
  prep: [
    'of', 'in', 'on', 'at', 'by', 'for', 'with', 'without', 'from', 'into', 'onto', 'over', 'under', 'about', 'during',
    'through', 'across', 'against', 'between', 'among', 'within', 'via', 'per', 'than', 'upon', 'toward', 'towards',
    'despite', 'except', 'like', 'instead', 'around', 'behind', 'beyond', 'inside', 'outside', 'off', 'up', 'down', 'out',
  ],
  conj: ['and', 'or', 'but', 'nor', 'plus', 'yet'],
  sub: [
    'because', 'since', 'when', 'whenever', 'while', 'although', 'though', 'if', 'unless', 'until', 'till', 'once',
    'whereas', 'whether', 'so', 'as', 'after', 'before', 'then', 'therefore', 'however', 'thus', 'hence',
  ],
  rel: ['who', 'whom', 'whose', 'which', 'that', 'where', 'what', 'how', 'why'],
  adv: [
    'also', 'just', 'still', 'already', 'again', 'even', 'only', 'too', 'very', 'quite', 'really', 'soon', 'later', 'now',
    'here', 'always', 'often', 'almost', 'rather', 'somehow', 'perhaps', 'maybe', 'instead', 'first', 'ever', 'further',
    'anyway', 'alone', 'together', 'more', 'most', 'less', 'least', 'well', 'back', 'away', 'indeed', 'simply', 'once',
  ],
};

export const CLOSED_CLASSES: ReadonlyMap<string, WordClass> = new Map(
  Object.entries(CLASSES).flatMap(([cls, words]) => words.map((word) => [word, cls as WordClass])),
);

/** Past tenses and participles that do not end in "-ed". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'arose', 'arisen', 'awoke', 'awoken', 'bore', 'borne', 'beat', 'beaten', 'became', 'begun', 'began', 'bent', 'bet',
  'bid', 'bound', 'bit', 'bitten', 'bled', 'blew', 'blown', 'broke', 'broken', 'bred', 'brought', 'built', 'burnt',
  'burst', 'bought', 'caught', 'chose', 'chosen', 'clung', 'came', 'cost', 'crept', 'cut', 'dealt', 'dug', 'did',
  'done', 'drew', 'drawn', 'dreamt', 'drank', 'drunk', 'drove', 'driven', 'ate', 'eaten', 'fell', 'fallen', 'fed',
  'felt', 'fought', 'found', 'fled', 'flung', 'flew', 'flown', 'forbade', 'forbidden', 'forgot', 'forgotten',
  'forgave', 'forgiven', 'froze', 'frozen', 'got', 'gotten', 'gave', 'given', 'went', 'gone', 'ground', 'grew',
  'grown', 'hung', 'heard', 'hid', 'hidden', 'hit', 'held', 'hurt', 'kept', 'knelt', 'knew', 'known', 'laid', 'led',
  'leapt', 'learnt', 'left', 'lent', 'let', 'lay', 'lain', 'lit', 'lost', 'made', 'meant', 'met', 'mistook',
  'mistaken', 'misread', 'misunderstood', 'misled', 'mislaid', 'overran', 'overrun', 'overrode', 'overridden',
  'overwrote', 'overwritten', 'overtook', 'overtaken', 'overheard', 'oversaw', 'overseen', 'paid', 'put', 'quit',
  'read', 'rode', 'ridden', 'rang', 'rung', 'rose', 'risen', 'ran', 'rerun', 'reran', 'rebuilt', 'redid', 'redone',
  'rewrote', 'rewritten', 'reset', 'said', 'saw', 'seen', 'sought', 'sold', 'sent', 'set', 'shook', 'shaken', 'shed',
  'shone', 'shot', 'showed', 'shown', 'shrank', 'shrunk', 'shut', 'sang', 'sung', 'sank', 'sunk', 'sat', 'slept',
  'slid', 'slit', 'spoke', 'spoken', 'sped', 'spent', 'spilt', 'spun', 'split', 'spread', 'sprang', 'sprung', 'stood',
  'stole', 'stolen', 'stuck', 'stung', 'stank', 'struck', 'strove', 'swore', 'sworn', 'swept', 'swam', 'swum',
  'swung', 'took', 'taken', 'taught', 'tore', 'torn', 'told', 'thought', 'threw', 'thrown', 'understood', 'undid',
  'undone', 'underwent', 'undergone', 'upheld', 'upset', 'woke', 'woken', 'wore', 'worn', 'wove', 'woven', 'wept',
  'won', 'wound', 'withdrew', 'withdrawn', 'withheld', 'wrote', 'written', 'typoed', 'fat-fingered',
]);

/** Words ending in "-ly" that are not adverbs. */
export const NOT_ADVERBS_LY: ReadonlySet<string> = new Set([
  'supply', 'reply', 'apply', 'family', 'assembly', 'anomaly', 'ally', 'rally', 'bully', 'fly', 'monopoly',
  'butterfly', 'italy', 'july', 'early', 'only', 'daily', 'weekly', 'monthly', 'hourly', 'yearly', 'friendly',
  'unfriendly', 'costly', 'lonely', 'lovely', 'likely', 'unlikely', 'holy', 'ugly', 'silly', 'jelly', 'belly',
  'multiply', 'comply', 'imply', 'rely', 'oily', 'curly', 'elderly', 'orderly', 'timely', 'untimely', 'deadly',
  'lively', 'manly', 'kindly', 'lowly', 'smelly', 'wily', 'burly', 'surly', 'poly', 'anomaly', 'assembly',
]);

/** Past tenses and participles that do not take "-ed", by base form. */
const IRREGULAR_VERBS: Record<string, [past: string, participle: string]> = {
  run: ['ran', 'run'], rerun: ['reran', 'rerun'], take: ['took', 'taken'], bring: ['brought', 'brought'],
  break: ['broke', 'broken'], set: ['set', 'set'], reset: ['reset', 'reset'], cut: ['cut', 'cut'], put: ['put', 'put'],
  shut: ['shut', 'shut'], make: ['made', 'made'], do: ['did', 'done'], leave: ['left', 'left'], write: ['wrote', 'written'],
  overwrite: ['overwrote', 'overwritten'], rewrite: ['rewrote', 'rewritten'], sit: ['sat', 'sat'], send: ['sent', 'sent'],
  upset: ['upset', 'upset'], spin: ['spun', 'spun'], hit: ['hit', 'hit'], begin: ['began', 'begun'], give: ['gave', 'given'],
  get: ['got', 'gotten'], lose: ['lost', 'lost'], pull: ['pulled', 'pulled'], undo: ['undid', 'undone'], redo: ['redid', 'redone'],
};

/** Short verbs that double their last consonant: "dropped", "shipped", "committed". */
const DOUBLING = new Set(['drop', 'stop', 'ship', 'commit', 'trip', 'flip', 'swap', 'pin', 'plug', 'unplug', 'scrap', 'zap', 'prod', 'rip', 'chop', 'tap', 'strip', 'slip', 'skip', 'nab', 'bug', 'tag', 'untag', 'plan', 'scan', 'ban', 'admit', 'submit', 'permit', 'omit']);

/** A verb's base, third-person present, past and participle: "run, runs, ran, run", "force-push, force-pushes, force-pushed". */
export function verbForms(base: string): string[] {
  const [past, participle] = IRREGULAR_VERBS[base] ?? [regularPast(base), regularPast(base)];
  return [base, thirdPerson(base), past, participle];
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (DOUBLING.has(base.slice(base.lastIndexOf('-') + 1))) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
