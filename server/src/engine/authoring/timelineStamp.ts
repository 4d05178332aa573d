// The timestamp of a new timeline entry: the current time in the timeline's timezone, written
// the way the timeline's entries already are (date or not, seconds, am/pm, timezone suffix).
import type { Timeline, TimelineEntry } from '../model';
import { timezoneOffsetMinutes } from '../timezones';

export interface Stamp {
  /** YYYY-MM-DD in the timeline's timezone. */
  date: string;
  /** "14:02", "14:02:09", "2:02 PM", with its timezone suffix when the timeline writes one per entry. */
  clock: string;
  /** Minutes since the Unix epoch (UTC), the scale of timelineClock. */
  at: number;
}

/**
 * `reference` is the neighbouring entry whose style the new one copies (none in an empty
 * timeline). The time is the timeline's zone when it names a known one; otherwise it is UTC and
 * says so, so that the entry never claims a timezone the reader cannot know.
 */
export function stampFor(now: Date, timeline: Timeline, reference: TimelineEntry | undefined): Stamp {
  const zone = reference?.timezone ?? timeline.timezone;
  const known = timezoneOffsetMinutes(zone, now.getTime());
  const offset = known ?? 0;
  const local = new Date(now.getTime() + offset * 60_000);
  const hours = local.getUTCHours();
  const minutes = local.getUTCMinutes();
  const pad = (value: number) => String(value).padStart(2, '0');
  const seconds = reference && /\d:\d{2}:\d{2}/.test(reference.time) ? `:${pad(local.getUTCSeconds())}` : '';
  const meridiem = reference && /\d\s*[AaPp]\.?[Mm]\.?/.exec(reference.time);
  let clock: string;
  if (meridiem) {
    const upper = /[AP]/.test(meridiem[0]);
    const space = /\d\s+[AaPp]/.test(meridiem[0]) ? ' ' : '';
    const suffix = hours < 12 ? 'am' : 'pm';
    clock = `${hours % 12 || 12}:${pad(minutes)}${seconds}${space}${upper ? suffix.toUpperCase() : suffix}`;
  } else {
    clock = `${pad(hours)}:${pad(minutes)}${seconds}`;
  }
  if (known === undefined) clock += ' UTC';
  else if (reference?.timezone) clock += reference.time.endsWith(` ${reference.timezone}`) ? ` ${reference.timezone}` : reference.timezone;
  const date = local.toISOString().slice(0, 10);
  return { date, clock, at: Math.floor(now.getTime() / 60_000) };
}
