// Trends across the team's postmortems, as plain data the dashboard charts and the report prints:
// incidents per month by severity, time to detect and resolve over time, action items open and
// done by the month of their incident, ownerless and overdue items, the most frequent tags.
import type { IndexedActionItem, RecurringTag } from './incidentIndex';
import type { PostmortemRecord } from './types';

export interface MonthOfIncidents {
  /** YYYY-MM */
  month: string;
  total: number;
  /** Severity as written ("SEV2", "P1"), or "unknown". */
  bySeverity: Record<string, number>;
}

export interface DurationPoint {
  path: string;
  title: string | undefined;
  date: string;
  /** Minutes; undefined when unknown. */
  detect: number | undefined;
  resolve: number | undefined;
}

export interface ActionItemMonth {
  /** YYYY-MM */
  month: string;
  /** Items of that month's incidents, and of all incidents up to it. */
  created: number;
  createdSoFar: number;
  /** Of all the items up to that month, how many are done now (the documents record no date of completion). */
  doneSoFar: number;
  openSoFar: number;
}

export interface Trends {
  incidentsByMonth: MonthOfIncidents[];
  durations: DurationPoint[];
  actionItemsByMonth: ActionItemMonth[];
  actionItems: { total: number; open: number; done: number; ownerless: number; overdue: number; repeats: number };
  /** Postmortems the monthly series leave out: no date, or one more than fifty years before the newest (a mistyped year). */
  unplaced: number;
  topTags: RecurringTag[];
}

const UNKNOWN_SEVERITY = 'unknown';

export function trendsOf(records: readonly PostmortemRecord[], items: readonly IndexedActionItem[], tags: readonly RecurringTag[]): Trends {
  const sorted = records.filter((record) => record.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  const newest = sorted[sorted.length - 1]?.date;
  const dated = newest === undefined ? [] : sorted.filter((record) => monthIndex(newest) - monthIndex(record.date!) < MOST_MONTHS);
  const months = monthsBetween(dated[0]?.date, newest);

  const incidentsByMonth = months.map((month): MonthOfIncidents => ({ month, total: 0, bySeverity: {} }));
  const byMonth = new Map(incidentsByMonth.map((entry) => [entry.month, entry]));
  for (const record of dated) {
    const entry = byMonth.get(record.date!.slice(0, 7))!;
    const severity = record.severity ?? UNKNOWN_SEVERITY;
    entry.total++;
    entry.bySeverity[severity] = (entry.bySeverity[severity] ?? 0) + 1;
  }

  const dateOf = new Map(records.map((record) => [record.path, record.date]));
  const actionItemsByMonth: ActionItemMonth[] = [];
  let createdSoFar = 0;
  let doneSoFar = 0;
  for (const month of months) {
    const ofMonth = items.filter((item) => dateOf.get(item.path)?.slice(0, 7) === month);
    createdSoFar += ofMonth.length;
    doneSoFar += ofMonth.filter((item) => item.state === 'done').length;
    actionItemsByMonth.push({ month, created: ofMonth.length, createdSoFar, doneSoFar, openSoFar: createdSoFar - doneSoFar });
  }

  return {
    incidentsByMonth,
    durations: dated.map((record) => ({
      path: record.path,
      title: record.title,
      date: record.date!,
      detect: minutes(record.durations.detect),
      resolve: minutes(record.durations.resolve),
    })),
    actionItemsByMonth,
    actionItems: {
      total: items.length,
      open: items.filter((item) => item.state === 'open').length,
      done: items.filter((item) => item.state === 'done').length,
      ownerless: items.filter((item) => item.state === 'open' && item.owner === undefined).length,
      overdue: items.filter((item) => item.overdue).length,
      repeats: items.filter((item) => item.repeatOf !== undefined).length,
    },
    unplaced: records.length - dated.length,
    topTags: tags.slice(0, 10),
  };
}

const minutes = (milliseconds: number | undefined) => (milliseconds === undefined ? undefined : Math.round(milliseconds / 60_000));

/** Fifty years: a date further back than that from the newest is a mistyped year. */
const MOST_MONTHS = 600;

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Every YYYY-MM from the first date's month to the last's, so that quiet months show as zero. */
function monthsBetween(first: string | undefined, last: string | undefined): string[] {
  if (!first || !last) return [];
  const months: string[] = [];
  for (let at = monthIndex(first); at <= monthIndex(last); at++) {
    months.push(`${String(Math.floor(at / 12)).padStart(4, '0')}-${String((at % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
