// Timeline entries placed on one clock, so that order and duration are computed the same way by
// the timeline-order rule, the structure view, the preview header and the incident's record.
// The clock is minutes since the epoch in UTC: each entry's wall-clock time is corrected by its
// own timezone (else the timeline's; else none, as if UTC), and placed on its day. Entries
// without a date are on the day of the entry before them (the first ones on the timeline's day,
// see model/timeline.ts); entries without a year ("Dec 31") take the year of the entry before
// them, else the document's.
import type { Timeline, TimelineEntry } from './model';
import { wallClockOffsetMinutes } from './timezones';

const DAY = 24 * 60;
/** An undated entry this much earlier than the one before it is read as the next day. */
const HALF_DAY = DAY / 2;
/** The year of the first entries when neither they nor the document give one: any year works for order and durations. */
const SOME_YEAR = 2000;

export interface ClockedEntry {
  entry: TimelineEntry;
  /** Minutes since the epoch, UTC. */
  at: number;
  /** The day and year of `at` are known (written, or the document's); false for times of day on an arbitrary day. */
  absolute: boolean;
  /** The latest entry before this one that was in order, if any. */
  previous: { entry: TimelineEntry; at: number } | undefined;
}

/** Every entry with a valid time, in document order. */
export function clockedEntries(timeline: Timeline | undefined): ClockedEntry[] {
  const result: ClockedEntry[] = [];
  if (!timeline) return result;
  let previous: ClockedEntry['previous'];
  let year = timeline.year ?? SOME_YEAR;
  let day = (timeline.day ? Date.parse(`${timeline.day}T00:00:00Z`) : Date.UTC(year, 0, 1)) / 60_000;
  let yearKnown = timeline.year !== undefined;
  let absolute = timeline.day !== undefined;
  for (const entry of timeline.entries) {
    if (entry.minutes === undefined) continue;
    const zone = entry.timezone ?? timeline.timezone;
    const onWallClock = (dayStart: number) =>
      dayStart + entry.minutes! - (wallClockOffsetMinutes(zone, (dayStart + entry.minutes!) * 60_000) ?? 0);
    let at: number;
    if (entry.date) {
      const [written, month, date] = entry.date.startsWith('--')
        ? [undefined, Number(entry.date.slice(2, 4)), Number(entry.date.slice(5, 7))]
        : [Number(entry.date.slice(0, 4)), Number(entry.date.slice(5, 7)), Number(entry.date.slice(8, 10))];
      if (written === undefined && previous) {
        // "Jan 1 00:10" after "Dec 31 23:50": a year-less date is in the year that puts it nearest the entry before.
        const distance = (candidate: number) => Math.abs(onWallClock(Date.UTC(candidate, month - 1, date) / 60_000) - previous!.at);
        year = [year - 1, year + 1].reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best), year);
      }
      year = written ?? year;
      yearKnown ||= written !== undefined;
      absolute = yearKnown;
      day = Date.UTC(year, month - 1, date) / 60_000;
      at = onWallClock(day);
    } else {
      at = onWallClock(day);
      // An undated entry far earlier than the last one is the next day (a timeline that crosses midnight).
      if (previous && at < previous.at - HALF_DAY) {
        day += DAY;
        at = onWallClock(day);
      }
    }
    result.push({ entry, at, absolute, previous });
    // An entry out of order is not the reference for the next one: the latest time seen is.
    if (!previous || at >= previous.at) previous = { entry, at };
  }
  return result;
}

export interface TimelineSpan {
  first: TimelineEntry;
  last: TimelineEntry;
  /** From the first timed entry to the last; undefined when the last is earlier (out of order). */
  durationMinutes: number | undefined;
}

/** The first and last timed entries as written, and the time between them. */
export function timelineSpan(timeline: Timeline | undefined): TimelineSpan | undefined {
  const clocked = clockedEntries(timeline);
  const first = clocked[0];
  const last = clocked[clocked.length - 1];
  if (!first || !last) return undefined;
  const minutes = last.at - first.at;
  return { first: first.entry, last: last.entry, durationMinutes: minutes >= 0 ? minutes : undefined };
}

/** "47 min", "2 h 5 min", "3 d 4 h": short enough for a header and a tree item. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < DAY) return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  const hours = Math.floor((minutes % DAY) / 60);
  return `${Math.floor(minutes / DAY)} d${hours ? ` ${hours} h` : ''}`;
}
