// Repeats: the SRE book's point is not to fix the same problem twice. An action item repeats an
// open one of an earlier postmortem when both name the same ticket, or say nearly the same thing:
// the same content words (stop words out, endings folded) make up most of both.
import type { ActionItemState } from './types';

export interface RepeatCandidate {
  path: string;
  line: number;
  text: string;
  ticket: string | undefined;
  state: ActionItemState;
  /** The postmortem's ISO date; undefined sorts after every date. */
  date: string | undefined;
}

export interface ItemRef {
  path: string;
  line: number;
}

/** Share of the smaller item's content words that the other holds too, at or above which two items say the same. */
export const SAME_WORDS = 0.8;
/** Fewer content words than this say too little to be matched by words: "Fix it", "Add alert". */
const FEWEST_WORDS = 3;

const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or so than that the their them then there these this to too was we were when where which while will with without our us all any more most some should would could can add make ensure use using up out do does new not instead per via before after down due owner eta'.split(
    ' ',
  ),
);

/** What an item says besides its work: owners, tickets, dates and their labels ("owner: @ivy, due 2024-03-01", "CACHE-7"). */
const BOOKKEEPING =
  /@[\w.-]+|\b[A-Z][A-Z0-9]+-\d+\b|#\d+\b|https?:\/\/\S+|\d{4}-\d{2}-\d{2}|\b(?:owner|owners|due|ticket|eta|assignee)\s*:/gi;

/** Lower-case content words with their endings folded ("alerts", "alerting", "alerted" → "alert"). */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  // Hyphenated words count by their parts: "rate-limit" and "rate limit", "dead-letter" and "dead letter" are the same words.
  for (const word of text
    .replace(BOOKKEEPING, ' ')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? []) {
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.add(fold(word));
  }
  return words;
}

function fold(word: string): string {
  if (word.length <= 3) return word;
  let stem = word.replace(/(?:ing|ed|es|s|er|ers|ion|ions|ment|ly)$/, '');
  if (stem.length < 3) stem = word;
  return stem.replace(/(.)\1$/, '$1').replace(/e$/, '');
}

/** How much two items' content words overlap: shared words over each set's size, 0 when either says too little. */
export function wordOverlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return overlapScore(shared, a.size, b.size);
}

function overlapScore(shared: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller < FEWEST_WORDS) return 0;
  // Against the larger set too (with one word's grace), so that a long item does not repeat every short one inside it.
  return Math.min(shared / smaller, (shared + 1) / Math.max(sizeA, sizeB));
}

const ticketKey = (ticket: string | undefined) => ticket?.trim().toLowerCase().replace(/\/+$/, '') || undefined;

/**
 * For each item, the open item of another, earlier postmortem that it repeats (by date, then
 * path): one with the same ticket, else the one with most words in common. Items are compared
 * through an index of their words, so a thousand postmortems take no quadratic time.
 */
export function findRepeats<T extends RepeatCandidate>(items: readonly T[]): Map<T, ItemRef> {
  const order = (item: RepeatCandidate) => `${item.date ?? '9999'}\u0000${item.path}`;
  const words = new Map(items.map((item) => [item, contentWords(item.text)]));
  const byWord = new Map<string, T[]>();
  const byTicket = new Map<string, T[]>();
  for (const item of items) {
    if (item.state !== 'open') continue;
    for (const word of words.get(item)!) listIn(byWord, word).push(item);
    const ticket = ticketKey(item.ticket);
    if (ticket !== undefined) listIn(byTicket, ticket).push(item);
  }
  const result = new Map<T, ItemRef>();
  for (const item of items) {
    const earlier = (other: T) => other.path !== item.path && order(other) < order(item);
    const ticket = ticketKey(item.ticket);
    let best = ticket === undefined ? undefined : byTicket.get(ticket)?.find(earlier);
    if (!best) {
      const shared = new Map<T, number>();
      for (const word of words.get(item)!) for (const other of byWord.get(word) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
      let bestScore = 0;
      for (const [other, count] of shared) {
        const score = overlapScore(count, words.get(item)!.size, words.get(other)!.size);
        if (score >= SAME_WORDS && score > bestScore && earlier(other)) [best, bestScore] = [other, score];
      }
    }
    if (best) result.set(item, { path: best.path, line: best.line });
  }
  return result;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
