// What the Postmortems and Action Items views show, computed from the server's
// postmortem/workspaceIndex answer: rows with stable ids, sorted, grouped and filtered as the
// user chose. No `vscode` import: unit-testable.
import { formatDuration } from '../../../server/src/engine/timelineClock';
import type { IndexedActionItemSummary, IndexedPostmortem, Range, WorkspaceIndexResult } from '../../../server/src/lsp/protocol';

export interface TeamRow {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id, and the theme color to draw it in. */
  icon: string;
  iconColor?: string;
  /** The file a click opens, and where. */
  uri?: string;
  range?: Range;
  /** `viewItem` of the row's menus. */
  contextValue?: string;
  children?: TeamRow[];
}

export const POSTMORTEM_SORTS = ['date', 'severity', 'status', 'title'] as const;
export type PostmortemSort = (typeof POSTMORTEM_SORTS)[number];
export const POSTMORTEM_GROUPS = ['none', 'severity', 'status', 'year'] as const;
export type PostmortemGroup = (typeof POSTMORTEM_GROUPS)[number];
export const ACTION_ITEM_FILTERS = ['open', 'ownerless', 'overdue', 'mine', 'repeats'] as const;
export type ActionItemFilter = (typeof ACTION_ITEM_FILTERS)[number];

/** "SEV1", "Sev 2", "P0", "critical" → a rank where smaller is more severe; unknown last. */
export function severityRank(severity: string | null): number {
  if (!severity) return 100;
  const number = /(\d+)/.exec(severity);
  if (number) return Number(number[1]);
  const words = ['critical', 'major', 'high', 'medium', 'moderate', 'minor', 'low'];
  const index = words.findIndex((word) => severity.toLowerCase().includes(word));
  return index < 0 ? 99 : 10 + index;
}

const compareText = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff');

function sortPostmortems(postmortems: IndexedPostmortem[], sort: PostmortemSort): IndexedPostmortem[] {
  const newestFirst = (a: IndexedPostmortem, b: IndexedPostmortem) =>
    compareText(b.date ?? '', a.date ?? '') || compareText(a.file, b.file);
  const by: Record<PostmortemSort, (a: IndexedPostmortem, b: IndexedPostmortem) => number> = {
    date: newestFirst,
    severity: (a, b) => severityRank(a.severity) - severityRank(b.severity) || newestFirst(a, b),
    status: (a, b) => compareText(a.status?.toLowerCase() ?? null, b.status?.toLowerCase() ?? null) || newestFirst(a, b),
    title: (a, b) => compareText(a.title, b.title) || newestFirst(a, b),
  };
  return [...postmortems].sort(by[sort]);
}

function postmortemRow(postmortem: IndexedPostmortem): TeamRow {
  const findings = postmortem.findings.error + postmortem.findings.warning + postmortem.findings.info;
  const resolve = postmortem.durations.resolve;
  const description = [
    postmortem.date,
    postmortem.severity,
    postmortem.status,
    resolve === null ? undefined : `resolved in ${formatDuration(resolve)}`,
    findings > 0 ? `${findings} finding${findings === 1 ? '' : 's'}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const durations = (['detect', 'mitigate', 'resolve'] as const)
    .map((name) => `${name}: ${postmortem.durations[name] === null ? 'unknown' : formatDuration(postmortem.durations[name]!)}`)
    .join(', ');
  return {
    id: `postmortem:${postmortem.file}`,
    label: postmortem.title ?? fileName(postmortem.file),
    description,
    tooltip: `${fileName(postmortem.file)}\nTime to ${durations}\n${postmortem.actionItems.open} of ${postmortem.actionItems.total} action items open${postmortem.tags.length > 0 ? `\nTags: ${postmortem.tags.join(', ')}` : ''}`,
    icon: postmortem.findings.error > 0 ? 'error' : postmortem.findings.warning > 0 ? 'warning' : 'notebook',
    iconColor:
      postmortem.findings.error > 0
        ? 'problemsErrorIcon.foreground'
        : postmortem.findings.warning > 0
          ? 'problemsWarningIcon.foreground'
          : undefined,
    uri: postmortem.file,
    contextValue: 'postmortem',
  };
}

/** The Postmortems view: every postmortem, sorted, in groups when asked. */
export function postmortemRows(index: WorkspaceIndexResult, sort: PostmortemSort, group: PostmortemGroup): TeamRow[] {
  const sorted = sortPostmortems(index.postmortems, sort);
  if (group === 'none') return sorted.map(postmortemRow);
  const keyOf: Record<Exclude<PostmortemGroup, 'none'>, (postmortem: IndexedPostmortem) => string> = {
    severity: (postmortem) => postmortem.severity?.toUpperCase() ?? 'No severity',
    status: (postmortem) => (postmortem.status ? capitalize(postmortem.status) : 'No status'),
    year: (postmortem) => postmortem.date?.slice(0, 4) ?? 'No date',
  };
  const groups = new Map<string, IndexedPostmortem[]>();
  for (const postmortem of sorted) {
    const key = keyOf[group](postmortem);
    groups.set(key, [...(groups.get(key) ?? []), postmortem]);
  }
  const order = [...groups.keys()].sort((a, b) => {
    if (group === 'severity')
      return severityRank(groups.get(a)![0]!.severity) - severityRank(groups.get(b)![0]!.severity) || a.localeCompare(b);
    if (group === 'year') return b.localeCompare(a);
    return a.localeCompare(b);
  });
  return order.map((key) => ({
    id: `group:${group}:${key}`,
    label: key,
    description: `${groups.get(key)!.length}`,
    icon: 'folder',
    children: groups.get(key)!.map(postmortemRow),
  }));
}

/** Whether `owner` names the user: one of their names or handles, in any case, with or without "@". */
export function isMine(owner: string | null, me: readonly string[]): boolean {
  if (!owner) return false;
  const normalize = (name: string) => name.trim().replace(/^@/, '').toLowerCase();
  const names = owner
    .split(/[,;/&]|\band\b/)
    .map(normalize)
    .filter(Boolean);
  return me.map(normalize).some((mine) => mine !== '' && names.includes(mine));
}

function passes(item: IndexedActionItemSummary, filters: ReadonlySet<ActionItemFilter>, me: readonly string[]): boolean {
  if (filters.has('open') && item.state !== 'open') return false;
  if (filters.has('ownerless') && item.owner !== null) return false;
  if (filters.has('overdue') && !item.overdue) return false;
  if (filters.has('mine') && !isMine(item.owner, me)) return false;
  if (filters.has('repeats') && !item.repeatOf) return false;
  return true;
}

function actionItemRow(item: IndexedActionItemSummary): TeamRow {
  const notes = [
    item.state === 'done' ? 'done' : undefined,
    item.owner ?? 'no owner',
    item.due ? `due ${item.due}` : undefined,
    item.overdue ? 'overdue' : undefined,
    item.ticket ?? undefined,
    item.repeatOf ? `repeats ${fileName(item.repeatOf.file)}:${item.repeatOf.line}` : undefined,
  ].filter(Boolean);
  const details = [
    `Owner: ${item.owner ?? 'none'}`,
    `Due: ${item.due ?? 'none'}${item.overdue ? ' (overdue)' : ''}`,
    `Ticket: ${item.ticket ?? 'none'}`,
    item.type ? `Type: ${item.type}` : undefined,
    item.priority ? `Priority: ${item.priority}` : undefined,
    `State: ${item.state}`,
    item.repeatOf ? `Asks again for ${fileName(item.repeatOf.file)}, line ${item.repeatOf.line}` : undefined,
  ].filter(Boolean);
  const kind = item.state === 'done' ? 'done' : item.owner === null ? 'ownerless' : item.overdue ? 'overdue' : 'open';
  const icons: Record<typeof kind, [string, string | undefined]> = {
    done: ['pass', 'testing.iconPassed'],
    ownerless: ['person', 'problemsWarningIcon.foreground'],
    overdue: ['watch', 'problemsErrorIcon.foreground'],
    open: ['circle-large-outline', undefined],
  };
  return {
    id: `item:${item.file}#${item.line}`,
    label: item.text,
    description: notes.join(' · '),
    tooltip: `${item.text}\n${details.join('\n')}`,
    icon: icons[kind][0],
    iconColor: icons[kind][1],
    uri: item.file,
    range: { start: { line: item.line - 1, character: 0 }, end: { line: item.line - 1, character: 0 } },
    contextValue: `actionItem.${kind}`,
  };
}

/** The Action Items view: the items that pass every filter, under their postmortem (newest first). */
export function actionItemRows(index: WorkspaceIndexResult, filters: ReadonlySet<ActionItemFilter>, me: readonly string[]): TeamRow[] {
  const byPostmortem = new Map<string, IndexedActionItemSummary[]>();
  for (const item of index.actionItems) {
    if (!passes(item, filters, me)) continue;
    byPostmortem.set(item.file, [...(byPostmortem.get(item.file) ?? []), item]);
  }
  return [...byPostmortem].map(([uri, items]) => {
    const { title, date } = items[0]!.postmortem;
    return {
      id: `items:${uri}`,
      label: title ?? fileName(uri),
      description: [date, `${items.length}`].filter(Boolean).join(' · '),
      icon: 'notebook',
      uri,
      children: items.map(actionItemRow),
    };
  });
}

/** "Open, ownerless" for the view's description; empty when nothing filters. */
export function filterDescription(filters: ReadonlySet<ActionItemFilter>): string {
  return ACTION_ITEM_FILTERS.filter((filter) => filters.has(filter))
    .map((filter) => capitalize(filter))
    .join(', ');
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
