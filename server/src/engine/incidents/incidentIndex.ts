// The team's postmortems as one body of knowledge: the record of every postmortem by path, and
// what is read across them (action items with their repeats and whether they are overdue,
// recurring tags, trends). Pure and incremental: the language server's workspace index and
// `postmortem-lint report` put records in and take views out; the views are worked out again
// only after a change.
import { isIsoDate } from '../authoring/newPostmortem';
import { findRepeats, type ItemRef } from './repeats';
import { trendsOf, type Trends } from './trends';
import type { IncidentActionItem, PostmortemRecord } from './types';

export interface IndexedActionItem extends IncidentActionItem {
  /** Engine path of its postmortem. */
  path: string;
  /** Its postmortem's title and date, for lists that show items of many postmortems. */
  postmortem: { title: string | undefined; date: string | undefined };
  /** Open with a due date before today. */
  overdue: boolean;
  /** The open item of an earlier postmortem this one asks for again. */
  repeatOf: ItemRef | undefined;
}

export interface IndexProblem {
  /** Engine path of the file. */
  path: string;
  /** Why it is not in the index, in one sentence. */
  message: string;
}

export interface RecurringTag {
  tag: string;
  /** Engine paths of the postmortems that name it, oldest first. */
  paths: string[];
}

/** A postmortem's key for ordering: newest first, undated last, then by path. */
const newestFirst = (a: PostmortemRecord, b: PostmortemRecord) =>
  (b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

export class IncidentIndex {
  private readonly byPath = new Map<string, PostmortemRecord>();
  private readonly problemsByPath = new Map<string, string>();
  private repeats: Map<IncidentActionItem, ItemRef> | undefined;

  /** Adds or replaces a postmortem's record; a problem it had is gone. */
  set(record: PostmortemRecord): void {
    this.byPath.set(record.path, record);
    this.problemsByPath.delete(record.path);
    this.repeats = undefined;
  }

  /** The file could not be read or analysed: it leaves the index, and the problem is listed. */
  setProblem(path: string, message: string): void {
    if (this.byPath.delete(path)) this.repeats = undefined;
    this.problemsByPath.set(path, message);
  }

  /** The file is gone or no longer a postmortem. */
  delete(path: string): boolean {
    const had = this.byPath.delete(path) || this.problemsByPath.delete(path);
    if (had) this.repeats = undefined;
    return had;
  }

  get(path: string): PostmortemRecord | undefined {
    return this.byPath.get(path);
  }

  get size(): number {
    return this.byPath.size;
  }

  /** Newest first. */
  records(): PostmortemRecord[] {
    return [...this.byPath.values()].sort(newestFirst);
  }

  problems(): IndexProblem[] {
    return [...this.problemsByPath].map(([path, message]) => ({ path, message })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** Every action item, by postmortem (newest first) and line; `today` is an ISO date. */
  actionItems(today: string): IndexedActionItem[] {
    const records = this.records();
    const repeats = this.repeatsOf(records);
    return records.flatMap((record) =>
      record.actionItems.map((item) => ({
        ...item,
        path: record.path,
        postmortem: { title: record.title, date: record.date },
        overdue: isOverdue(item, today),
        repeatOf: repeats.get(item),
      })),
    );
  }

  /** Tags and contributing factors named by more than one postmortem, the most frequent first. */
  recurringTags(): RecurringTag[] {
    const byTag = new Map<string, { tag: string; records: PostmortemRecord[] }>();
    for (const record of this.byPath.values()) {
      for (const tag of record.tags) {
        const key = tag.toLowerCase();
        const entry = byTag.get(key) ?? { tag, records: [] };
        entry.records.push(record);
        byTag.set(key, entry);
      }
    }
    return [...byTag.values()]
      .filter((entry) => entry.records.length > 1)
      .map(({ tag, records }) => ({
        tag,
        paths: records
          .sort(newestFirst)
          .reverse()
          .map((record) => record.path),
      }))
      .sort((a, b) => b.paths.length - a.paths.length || (a.tag < b.tag ? -1 : 1));
  }

  trends(today: string): Trends {
    return trendsOf(this.records(), this.actionItems(today), this.recurringTags());
  }

  private repeatsOf(records: PostmortemRecord[]): Map<IncidentActionItem, ItemRef> {
    if (!this.repeats) {
      const candidates = records.flatMap((record) =>
        record.actionItems.map((item) => ({ ...item, path: record.path, date: record.date, item })),
      );
      const found = findRepeats(candidates);
      this.repeats = new Map([...found].map(([candidate, ref]) => [candidate.item, ref]));
    }
    return this.repeats;
  }
}

/**
 * Open, with a due date before today. A due date that is not a day of the calendar ("Q3",
 * "2024-13-45", kept as written) is never overdue: unknown is not late.
 */
export function isOverdue(item: IncidentActionItem, today: string): boolean {
  return item.state === 'open' && item.due !== undefined && isIsoDate(item.due) && item.due < today;
}
