// The report's three formats. JSON is the contract for other tools: durations in minutes, null
// where unknown, `repeatOf` as { file, line }. CSV is one row per action item with its
// postmortem's columns (a postmortem without items gets one row), for a spreadsheet. Markdown is
// for people: a pull-request comment, a wiki page.
import { actionItemSummary, formatDuration, postmortemSummary, type IncidentIndex, type IndexedActionItem } from '../../engine';

export interface ReportData {
  index: IncidentIndex;
  /** ISO date overdue is measured against. */
  today: string;
  /** The path to show for an engine path (relative to the working directory, with forward slashes). */
  file: (enginePath: string) => string;
}

const minutes = (milliseconds: number | undefined) => (milliseconds === undefined ? null : Math.round(milliseconds / 60_000));

export function formatJson(data: ReportData): string {
  const { index, today } = data;
  return `${JSON.stringify(
    {
      today,
      postmortems: index.records().map((record) => postmortemSummary(record, data.file)),
      actionItems: index.actionItems(today).map((item) => actionItemSummary(item, data.file)),
      recurringTags: index.recurringTags().map(({ tag, paths }) => ({ tag, files: paths.map(data.file) })),
      problems: index.problems().map(({ path, message }) => ({ file: data.file(path), message })),
    },
    null,
    2,
  )}\n`;
}

const CSV_COLUMNS = [
  'file',
  'title',
  'date',
  'severity',
  'status',
  'detect_minutes',
  'mitigate_minutes',
  'resolve_minutes',
  'line',
  'action_item',
  'owner',
  'due',
  'ticket',
  'type',
  'priority',
  'state',
  'overdue',
  'repeat_of',
];

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A text that
 * a spreadsheet would run as a formula (leading =, +, -, @) gets a leading ' (OWASP's advice),
 * but for a plain @handle, which is no formula.
 */
function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^@[\w.-]+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(data: ReportData): string {
  const { index, today } = data;
  const itemsByPath = new Map<string, IndexedActionItem[]>();
  for (const item of index.actionItems(today)) itemsByPath.set(item.path, [...(itemsByPath.get(item.path) ?? []), item]);
  const rows = [CSV_COLUMNS];
  for (const record of index.records()) {
    const postmortem = [
      data.file(record.path),
      record.title,
      record.date,
      record.severity,
      record.status,
      minutes(record.durations.detect),
      minutes(record.durations.mitigate),
      minutes(record.durations.resolve),
    ].map(csvField);
    const items = itemsByPath.get(record.path) ?? [];
    if (items.length === 0) rows.push([...postmortem, ...Array<string>(CSV_COLUMNS.length - postmortem.length).fill('')]);
    for (const item of items) {
      const repeat = item.repeatOf ? `${data.file(item.repeatOf.path)}:${item.repeatOf.line}` : undefined;
      rows.push([
        ...postmortem,
        ...[item.line, item.text, item.owner, item.due, item.ticket, item.type, item.priority, item.state, item.overdue, repeat].map(
          csvField,
        ),
      ]);
    }
  }
  return rows.map((row) => `${row.join(',')}\r\n`).join('');
}

/** Table cells: pipes escaped, line breaks as spaces, nothing empty. */
const cell = (value: string | undefined | null) => (value ? value.replace(/\|/g, '\\|').replace(/\s+/g, ' ') : '–');
const duration = (milliseconds: number | undefined) =>
  milliseconds === undefined ? '–' : formatDuration(Math.round(milliseconds / 60_000));

export function formatMarkdown(data: ReportData): string {
  const { index, today } = data;
  const records = index.records();
  const items = index.actionItems(today);
  const open = items.filter((item) => item.state === 'open');
  const ownerless = open.filter((item) => item.owner === undefined).length;
  const overdue = open.filter((item) => item.overdue).length;
  const repeats = items.filter((item) => item.repeatOf).length;
  const lines = [
    '# Postmortem report',
    '',
    `${records.length} postmortem${records.length === 1 ? '' : 's'}; ${items.length} action item${items.length === 1 ? '' : 's'}, ${open.length} open: ${ownerless} without an owner, ${overdue} overdue (on ${today}), ${repeats} repeating an earlier one.`,
    '',
    '## Postmortems',
    '',
    '| Date | Postmortem | Severity | Status | Detect | Mitigate | Resolve | Findings |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...records.map((record) => {
      const findings = record.findings.error + record.findings.warning + record.findings.info;
      return `| ${cell(record.date)} | [${cell(record.title ?? data.file(record.path))}](${encodeURI(data.file(record.path))}) | ${cell(record.severity)} | ${cell(record.status)} | ${duration(record.durations.detect)} | ${duration(record.durations.mitigate)} | ${duration(record.durations.resolve)} | ${findings} |`;
    }),
    '',
    '## Open action items',
    '',
  ];
  if (open.length === 0) lines.push('None.');
  else {
    lines.push('| Action item | Owner | Due | Ticket | Postmortem |', '| --- | --- | --- | --- | --- |');
    for (const item of open) {
      const notes = [
        item.overdue ? '**overdue**' : '',
        item.repeatOf
          ? `repeats [${data.file(item.repeatOf.path)}:${item.repeatOf.line}](${encodeURI(data.file(item.repeatOf.path))}#L${item.repeatOf.line})`
          : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `| ${cell(item.text)}${notes ? ` (${notes})` : ''} | ${item.owner ? cell(item.owner) : '**none**'} | ${cell(item.due)} | ${cell(item.ticket)} | [${cell(data.file(item.path))}:${item.line}](${encodeURI(data.file(item.path))}#L${item.line}) |`,
      );
    }
  }
  const recurring = index.recurringTags();
  if (recurring.length > 0) {
    lines.push('', '## Recurring tags and contributing factors', '');
    for (const { tag, paths } of recurring) lines.push(`- ${cell(tag)}: ${paths.length} postmortems (${paths.map(data.file).join(', ')})`);
  }
  const unread = records.filter((record) => record.notes.length > 0);
  if (unread.length > 0) {
    lines.push('', '## Dates and times not read', '');
    for (const record of unread) lines.push(`- ${data.file(record.path)}: ${record.notes.map(cell).join('; ')}`);
  }
  const problems = index.problems();
  if (problems.length > 0) {
    lines.push('', '## Files left out', '');
    for (const { path, message } of problems) lines.push(`- ${data.file(path)} ${message}`);
  }
  return `${lines.join('\n')}\n`;
}
