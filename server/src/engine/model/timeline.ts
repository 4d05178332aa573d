// Timeline entries from the lists and tables under a Timeline section.
import type { List, Root, RootContent, Table } from 'mdast';
import { isSectionKind } from '../vocabulary';
import { endOffset, plainText, startOffset } from '../text';
import type { Section } from './sections';

export interface TimelineEntry {
  /** The timestamp as written. */
  time: string;
  /** Minutes since midnight of the entry's day, and the day when a date was written. */
  minutes: number | undefined;
  date: string | undefined;
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
}

const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?)`;
const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*([AaPp]\.?[Mm]\.?)?`;
export const TIMEZONE = String.raw`(Z|UTC(?:[+-]\d{1,2}(?::?\d{2})?)?|GMT(?:[+-]\d{1,2})?|[+-]\d{2}:?\d{2}|[ECMP][SD]T|BST|CES?T|CEST|IST|JST|AEST|AEDT|SGT|HKT|KST|NZST|NZDT)`;
const TIMESTAMP = new RegExp(String.raw`^\W*(?:${DATE}[ T,]*)?${TIME}\s*(?:${TIMEZONE}\b)?`);
const TIMEZONE_ANYWHERE = new RegExp(String.raw`(?<![\w-])${TIMEZONE}(?![\w-])|\btime ?zone\b|\blocal time\b`);

export function extractTimeline(tree: Root, text: string, sections: Section[]): Timeline | undefined {
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
  return { section: index, entries, timezone };
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

function normalizeDate(date: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(date);
  if (iso) return date;
  const parsed = Date.parse(`${/\d{4}/.test(date) ? date : `${date} 2000`} UTC`);
  return Number.isNaN(parsed) ? date : new Date(parsed).toISOString().slice(0, 10);
}

function matchTimezone(text: string): string | undefined {
  const match = TIMEZONE_ANYWHERE.exec(text);
  return match ? (match[1] ?? match[0]) : undefined;
}
