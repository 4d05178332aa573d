// The one table of timezones the engine knows: the pattern that finds a timezone in a timeline
// (heading, intro or entry) and the offset that turns an entry's wall-clock time into an instant.
// Abbreviations are fixed offsets as postmortems use them; IANA names ("America/New_York") go
// through Intl, so their offset follows daylight saving on the entry's own date.

// IST is India (the usual reading in incident reports); BST is British Summer Time.
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  Z: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  IST: 330,
  JST: 540,
  KST: 540,
  SGT: 480,
  HKT: 480,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

// The North American zones as people write them out ("Timeline (Eastern Time)"): the region's
// zone, so that daylight saving follows the entry's date as for an IANA name.
const WRITTEN_OUT: Record<string, string> = {
  'eastern time': 'America/New_York',
  'central time': 'America/Chicago',
  'mountain time': 'America/Denver',
  'pacific time': 'America/Los_Angeles',
};
const WRITTEN_OUT_PATTERN = String.raw`(?:Eastern|Central|Mountain|Pacific) Time`;

// Longest first, so that "CEST" is not read as "CET" and "AEST" not as "EST".
const ABBREVIATION_PATTERN = Object.keys(ABBREVIATIONS)
  .filter((name) => name !== 'UTC' && name !== 'GMT')
  .sort((a, b) => b.length - a.length)
  .join('|');
const IANA_PATTERN = String.raw`(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_]+(?:/[A-Za-z_]+)?`;

/** One capture group: a timezone as written after a time or in a heading. */
export const TIMEZONE = String.raw`(${IANA_PATTERN}|${WRITTEN_OUT_PATTERN}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|${ABBREVIATION_PATTERN})`;

const NUMERIC = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * Minutes east of UTC for "UTC", "Z", "+02:00", "UTC-5", "GMT+1", "PST", "Europe/Berlin"…;
 * undefined when unknown. `at` (milliseconds since the epoch) picks the offset of a named zone
 * with daylight saving; it defaults to now.
 */
export function timezoneOffsetMinutes(timezone: string | undefined, at: number = Date.now()): number | undefined {
  if (!timezone) return undefined;
  const written = WRITTEN_OUT[timezone.trim().toLowerCase()] ?? timezone.trim();
  if (written.includes('/')) return ianaOffsetMinutes(written, at);
  const name = written.toUpperCase();
  if (name in ABBREVIATIONS) return ABBREVIATIONS[name];
  const numeric = NUMERIC.exec(name);
  if (!numeric) return undefined;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  return numeric[1] === '-' ? -minutes : minutes;
}

/**
 * The offset of a wall-clock time in a zone: the wall clock read as UTC, corrected by the zone's
 * offset at that instant, then once more in case the correction crossed a daylight-saving change.
 */
export function wallClockOffsetMinutes(timezone: string | undefined, wallClockAsUtc: number): number | undefined {
  const first = timezoneOffsetMinutes(timezone, wallClockAsUtc);
  if (first === undefined || !timezone || !(timezone.includes('/') || timezone.trim().toLowerCase() in WRITTEN_OUT)) return first;
  return timezoneOffsetMinutes(timezone, wallClockAsUtc - first * 60_000);
}

const formats = new Map<string, Intl.DateTimeFormat | undefined>();

function ianaOffsetMinutes(zone: string, at: number): number | undefined {
  if (!formats.has(zone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = undefined; // not a zone this runtime knows: the timeline's timezone stays unknown
    }
    formats.set(zone, format);
  }
  const format = formats.get(zone);
  if (!format) return undefined;
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  return timezoneOffsetMinutes(name);
}
