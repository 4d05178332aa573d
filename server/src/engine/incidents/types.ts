// What the team's view knows of each postmortem: one record per file, built from its model by a
// pure function, shared by the language server's workspace index, the editor's views and
// dashboard, and `postmortem-lint report`. Times are instants (milliseconds since the epoch, UTC)
// once a timezone and a year are known, so durations and trends are computed one way everywhere.

export type ActionItemState = 'open' | 'done';

export interface IncidentActionItem {
  text: string;
  /** Undefined when none is written or the cell holds a placeholder ("TBD", "@owner"). */
  owner: string | undefined;
  /** ISO date (YYYY-MM-DD) when the due date could be read as one, else as written. */
  due: string | undefined;
  ticket: string | undefined;
  type: string | undefined;
  priority: string | undefined;
  /** From a task-list checkbox, a Status column or a strike-through; open when nothing says done. */
  state: ActionItemState;
  /** Offsets in the postmortem's text, and its 1-based line (as in findings), to go to the item. */
  start: number;
  end: number;
  line: number;
}

/** The incident's milestones; each undefined when neither front matter nor timeline gives it. */
export interface IncidentTimes {
  started: number | undefined;
  detected: number | undefined;
  mitigated: number | undefined;
  resolved: number | undefined;
}

export interface PostmortemRecord {
  /** Engine path of the file (see workspace/paths.ts). */
  path: string;
  title: string | undefined;
  /** ISO date of the incident (YYYY-MM-DD), from front matter, the date line or the first dated timeline entry. */
  date: string | undefined;
  severity: string | undefined;
  status: string | undefined;
  times: IncidentTimes;
  /** Milliseconds; undefined when either end is unknown. */
  durations: { detect: number | undefined; mitigate: number | undefined; resolve: number | undefined };
  /**
   * Why a number the document seems to give is unknown: a date or a milestone written but not
   * readable as one, a milestone before the start. Each names the field and what is written.
   */
  notes: string[];
  actionItems: IncidentActionItem[];
  /** Tags and contributing factors as written (front matter `tags`, a Contributing Factors section). */
  tags: string[];
  /** Findings of the document's own analysis, by severity. */
  findings: { error: number; warning: number; info: number };
}
