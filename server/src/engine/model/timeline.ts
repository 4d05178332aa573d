// Timeline entries from the lists and tables under a Timeline section.
import type { List, Root, RootContent, Table } from 'mdast';
import { isSectionKind } from '../vocabulary';
import { endOffset, plainText, startOffset } from '../text';
import { TIMEZONE } from '../timezones';
import type { Section } from './sections';

export interface TimelineEntry {
  /** The timestamp as written. */
  time: string;
  /** Minutes since midnight of the entry's day, on its own wall clock. */
  minutes: number | undefined;
  /** The day when one is written: "2024-03-12", or "--12-31" (ISO 8601's year-less date) for "Dec 31". */
  date: string | undefined;
  /** The entry's own timezone as written ("EDT", "+02:00", "Europe/Berlin"). */
  timezone: string | undefined;
  text: string;
  start: number;
  end: number;
}

export interface Timeline {
  section: number;
  entries: TimelineEntry[];
  /** A timezone named anywhere in the timeline: heading, intro text or entries. */
  timezone: string | undefined;
  /**
   * The day of the entries written before any date (ISO): a date written above the entries
   * ("2024-03-12 (all times UTC)"), else the document's date when it is a full date.
   */
  day: string | undefined;
  /** The year of year-less dates: the day's, the document date's, else the first entry's that has one. */
  year: number | undefined;
}

const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?)`;
const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(?:([AaPp]\.?[Mm]\.?)(?![A-Za-z]))?`;
const TIMESTAMP = new RegExp(String.raw`^\W*(?:${DATE}[ T,]*)?${TIME}\s*(?:${TIMEZONE}\b)?`);
const TIMEZONE_ANYWHERE = new RegExp(String.raw`(?<![\w-])${TIMEZONE}(?![\w-])|\btime ?zone\b|\blocal time\b`);

/** `documentDate` is the incident's date as the metadata gives it, for the year of "Dec 31 23:50". */
export function extractTimeline(tree: Root, text: string, sections: Section[], documentDate?: string): Timeline | undefined {
  const index = sections.findIndex((section) => isSectionKind(section.key, 'timeline'));
  if (index < 0) return undefined;
  const section = sections[index]!;
  const entries: TimelineEntry[] = [];
  let timezone = matchTimezone(section.title);

  for (const node of tree.children) {
    const start = startOffset(node);
    if (start <= section.headingEnd || start >= section.end) continue;
    if (node.type === 'list') collectListEntries(node, entries);
    else if (node.type === 'table') collectTableEntries(node, entries);
    else if (node.type === 'paragraph') collectParagraphEntries(node, text, entries);
    if (!timezone && node.type !== 'code') timezone = matchTimezone(plainText(node));
  }
  timezone ??= entries.find((entry) => entry.timezone)?.timezone;
  const intro = text.slice(section.headingStart, entries[0]?.start ?? section.end);
  const day = [/\b\d{4}-\d{2}-\d{2}\b/.exec(intro)?.[0], documentDate]
    .map((date) => (date ? normalizeDate(date.trim()) : undefined))
    .find((date) => date && !date.startsWith('--'));
  const year = yearOf(day) ?? yearOf(documentDate) ?? yearOf(entries.find((entry) => entry.date && !entry.date.startsWith('--'))?.date);
  return { section: index, entries, timezone, day, year };
}

function collectListEntries(list: List, entries: TimelineEntry[]): void {
  for (const item of list.children) {
    const entry = parseEntry(plainText(item), startOffset(item), endOffset(item));
    if (entry) entries.push(entry);
  }
}

function collectTableEntries(table: Table, entries: TimelineEntry[]): void {
  for (const row of table.children.slice(1)) {
    const cells = row.children.map((cell) => plainText(cell));
    const entry = parseEntry(cells.join(' '), startOffset(row), endOffset(row));
    if (entry) entries.push(entry);
  }
}

/** Timelines written as one paragraph per line ("14:02 UTC — paged"), or lines in one paragraph. */
function collectParagraphEntries(node: RootContent, text: string, entries: TimelineEntry[]): void {
  let offset = startOffset(node);
  for (const line of text.slice(offset, endOffset(node)).split(/(?<=\n)/)) {
    const entry = parseEntry(line.replace(/[*_`]/g, ' ').trim(), offset, offset + line.trimEnd().length);
    if (entry) entries.push(entry);
    offset += line.length;
  }
}

/** A timestamp written outside a timeline ("2024-03-12 14:02 UTC" in front matter), as an entry at offset 0. */
export function readTimestamp(text: string): TimelineEntry | undefined {
  return parseEntry(text, 0, text.length);
}

function parseEntry(text: string, start: number, end: number): TimelineEntry | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [whole, date, time, meridiem, timezone] = match;
  const [hours, minutes] = time!.split(':').map(Number) as [number, number];
  let hour = hours;
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const valid = hour < 24 && minutes < 60;
  return {
    time: whole.replace(/^\W+/, '').trim(),
    minutes: valid ? hour * 60 + minutes : undefined,
    date: date ? normalizeDate(date) : undefined,
    timezone,
    text: text.slice(whole.length).replace(/^[\s|:–—-]+/, ''),
    start,
    end,
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "2024-03-12", "3/12/2024", "3/12/24", "Mar 12th, 2024" → "2024-03-12"; "Dec 31", "12/31" →
 * "--12-31". Slashes are month first, as in US usage, unless the first number cannot be a month.
 * Undefined when the day does not exist: the entry is then read as undated, never as another day.
 */
export function normalizeDate(date: string): string | undefined {
  let year: number | undefined;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const slashes = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(date);
  const named = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$/.exec(date);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashes) {
    [month, day] = [Number(slashes[1]), Number(slashes[2])];
    if (month > 12) [month, day] = [day, month];
    if (slashes[3]) year = slashes[3].length === 2 ? 2000 + Number(slashes[3]) : Number(slashes[3]);
  } else if (named) {
    month = MONTHS.indexOf(named[1]!.toLowerCase()) + 1;
    day = Number(named[2]);
    if (named[3]) year = Number(named[3]);
  } else return undefined;
  // 2000 is a leap year: "Feb 29" without a year is a day that exists.
  const check = new Date(Date.UTC(year ?? 2000, month - 1, day));
  if (month < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === undefined ? `--${monthDay}` : `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The year of "2024-03-12", "March 12, 2024", "12/03/2024"; undefined when none is written. */
function yearOf(date: string | undefined): number | undefined {
  const match = date ? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(date) : null;
  return match ? Number(match[1]) : undefined;
}

function matchTimezone(text: string): string | undefined {
  const match = TIMEZONE_ANYWHERE.exec(text);
  return match ? (match[1] ?? match[0]) : undefined;
}
