// The postmortem and action-item records as JSON: what `postmortem-lint report --format json`
// writes and what the language server's postmortem/workspaceIndex answers. Durations in minutes,
// unknowns as null, lines 1-based; `file` is whatever the caller names files by (a path relative
// to the working directory, a URI).
import type { IndexedActionItem } from './incidentIndex';
import type { ActionItemState, PostmortemRecord } from './types';

export interface PostmortemSummary {
  file: string;
  title: string | null;
  date: string | null;
  severity: string | null;
  status: string | null;
  /** Minutes from the start; null when unknown. */
  durations: { detect: number | null; mitigate: number | null; resolve: number | null };
  tags: string[];
  /** Why a number the document seems to give is unknown: a date that is not one, a milestone before the start. */
  notes: string[];
  actionItems: { total: number; open: number };
  findings: { error: number; warning: number; info: number };
}

export interface ActionItemSummary {
  file: string;
  /** 1-based. */
  line: number;
  postmortem: { title: string | null; date: string | null };
  text: string;
  owner: string | null;
  due: string | null;
  ticket: string | null;
  type: string | null;
  priority: string | null;
  state: ActionItemState;
  overdue: boolean;
  /** The open item of an earlier postmortem that this one asks for again. */
  repeatOf: { file: string; line: number } | null;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const minutes = (milliseconds: number | undefined) => (milliseconds === undefined ? null : Math.round(milliseconds / 60_000));

export function postmortemSummary(record: PostmortemRecord, fileOf: (path: string) => string): PostmortemSummary {
  return {
    file: fileOf(record.path),
    title: orNull(record.title),
    date: orNull(record.date),
    severity: orNull(record.severity),
    status: orNull(record.status),
    durations: {
      detect: minutes(record.durations.detect),
      mitigate: minutes(record.durations.mitigate),
      resolve: minutes(record.durations.resolve),
    },
    tags: record.tags,
    notes: record.notes,
    actionItems: { total: record.actionItems.length, open: record.actionItems.filter((item) => item.state === 'open').length },
    findings: record.findings,
  };
}

export function actionItemSummary(item: IndexedActionItem, fileOf: (path: string) => string): ActionItemSummary {
  return {
    file: fileOf(item.path),
    line: item.line,
    postmortem: { title: orNull(item.postmortem.title), date: orNull(item.postmortem.date) },
    text: item.text,
    owner: orNull(item.owner),
    due: orNull(item.due),
    ticket: orNull(item.ticket),
    type: orNull(item.type),
    priority: orNull(item.priority),
    state: item.state,
    overdue: item.overdue,
    repeatOf: item.repeatOf ? { file: fileOf(item.repeatOf.path), line: item.repeatOf.line } : null,
  };
}
