// Offsets of the timezones a timeline names (model/timeline.ts recognises them), so that an entry
// stamped from the current UTC time is written in the timeline's own timezone.

// Standard abbreviations as postmortems use them; IST is India (the usual reading in incident reports).
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

/** Minutes east of UTC for "UTC", "Z", "+02:00", "UTC-5", "GMT+1", "PST"…; undefined when unknown. */
export function timezoneOffsetMinutes(timezone: string | undefined): number | undefined {
  if (!timezone) return undefined;
  const name = timezone.trim().toUpperCase();
  if (name in ABBREVIATIONS) return ABBREVIATIONS[name];
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (!numeric) return undefined;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  return numeric[1] === '-' ? -minutes : minutes;
}
