// Timeline entries placed on one clock (minutes since the epoch for dated entries, since an
// arbitrary day 0 for undated ones), so that order and duration are computed the same way by
// the timeline-order rule, the structure view and the preview header.
import type { Timeline, TimelineEntry } from './model';

const DAY = 24 * 60;

export interface ClockedEntry {
  entry: TimelineEntry;
  /** Minutes on the timeline's clock. */
  at: number;
  /** The latest entry before this one that was in order, if any. */
  previous: { entry: TimelineEntry; at: number } | undefined;
}

/** Every entry with a valid time, in document order. */
export function clockedEntries(entries: TimelineEntry[]): ClockedEntry[] {
  const result: ClockedEntry[] = [];
  let previous: ClockedEntry['previous'];
  let day = 0;
  for (const entry of entries) {
    if (entry.minutes === undefined) continue;
    const dayOfEntry = entry.date ? Date.parse(`${entry.date}T00:00:00Z`) / 60_000 : undefined;
    let at: number;
    if (dayOfEntry !== undefined && !Number.isNaN(dayOfEntry)) {
      day = dayOfEntry;
      at = dayOfEntry + entry.minutes;
    } else {
      at = day + entry.minutes;
      // An undated entry far earlier than the last one is the next day (a timeline that crosses midnight).
      if (previous && at < previous.at - DAY / 2) {
        day += DAY;
        at += DAY;
      }
    }
    result.push({ entry, at, previous });
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
  const clocked = clockedEntries(timeline?.entries ?? []);
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
