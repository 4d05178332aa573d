// The dashboard's page: charts drawn as inline SVG from the index's trends, in the editor's theme
// colours (--vscode-charts-*, through classes of media/dashboard.css), each with a table of its
// numbers for screen readers and for copying. No script and no inline style at all: the CSP
// allows only the extension's stylesheet, and every text from a postmortem is escaped. No
// `vscode` import: unit-testable.
import { formatDuration } from '../../../server/src/engine/timelineClock';
import type { WorkspaceIndexResult } from '../../../server/src/lsp/protocol';
import { severityRank } from './teamItems';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 48 };
/** Classes of the theme's chart colours (media/dashboard.css): red, orange, yellow, blue, purple, green; most severe first. */
const PALETTE = ['series-0', 'series-1', 'series-2', 'series-3', 'series-4', 'series-5'];
const UNKNOWN = 'series-unknown';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export interface DashboardPage {
  index: WorkspaceIndexResult;
  /** `webview.cspSource`. */
  cspSource: string;
  /** `webview.asWebviewUri` of media/dashboard.css. */
  styleUri: string;
  today: string;
}

export function dashboardHtml({ index, cspSource, styleUri, today }: DashboardPage): string {
  const { trends } = index;
  const csp = `default-src 'none'; style-src ${cspSource}; img-src ${cspSource};`;
  const body =
    index.unavailable !== undefined
      ? `<p class="empty">${escapeHtml(index.unavailable)}</p>`
      : index.postmortems.length === 0
        ? `<p class="empty">${index.indexing ? 'Reading the workspace’s postmortems…' : 'No postmortems in this workspace yet. Run “Postmortem: New Postmortem…” to write the first.'}</p>`
        : [
            tiles(index, today),
            section('Incidents per month', 'By severity.', incidentsChart(index)),
            section('Time to detect and resolve', 'Minutes from the start of each incident, oldest first.', durationsChart(index)),
            section('Action items over time', 'Open and done, of the incidents up to each month.', actionItemsChart(index)),
            section('Most frequent tags and contributing factors', 'Named by more than one postmortem.', tagsChart(index)),
          ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(styleUri)}">
<title>Postmortem dashboard</title>
</head>
<body>
<h1>Postmortems</h1>
${index.indexing ? '<p class="note" role="status">Still reading the workspace: the numbers are not complete yet.</p>' : ''}
${body}
${trends.unplaced > 0 ? `<p class="note">${trends.unplaced} postmortem${trends.unplaced === 1 ? ' has' : 's have'} no date and ${trends.unplaced === 1 ? 'is' : 'are'} left out of the monthly charts.</p>` : ''}
${index.problems.length > 0 ? `<p class="note">${index.problems.length} file${index.problems.length === 1 ? '' : 's'} could not be read: see the Postmortems view.</p>` : ''}
</body>
</html>
`;
}

function tiles(index: WorkspaceIndexResult, today: string): string {
  const { actionItems } = index.trends;
  const tile = (value: number, label: string, tone = '') =>
    `<div class="tile ${tone}"><span class="value">${value}</span><span class="label">${label}</span></div>`;
  return `<section class="tiles" aria-label="Summary">
${tile(index.postmortems.length, 'postmortems')}
${tile(actionItems.open, 'open action items')}
${tile(actionItems.ownerless, 'open without an owner', actionItems.ownerless > 0 ? 'warn' : '')}
${tile(actionItems.overdue, `overdue on ${escapeHtml(today)}`, actionItems.overdue > 0 ? 'bad' : '')}
${tile(actionItems.repeats, 'repeat an earlier item', actionItems.repeats > 0 ? 'warn' : '')}
</section>`;
}

function section(title: string, caption: string, content: string): string {
  return `<section class="chart"><h2>${escapeHtml(title)}</h2><p class="caption">${escapeHtml(caption)}</p>${content}</section>`;
}

/** A table of the chart's numbers, hidden until opened: for screen readers and for copying. */
function dataTable(summary: string, header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number, tag: 'td' | 'th') => `<${tag}>${escapeHtml(String(value))}</${tag}>`;
  return `<details><summary>${escapeHtml(summary)}</summary><table><thead><tr>${header.map((value) => cell(value, 'th')).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((value) => cell(value, 'td')).join('')}</tr>`)
    .join('')}</tbody></table></details>`;
}

interface Axis {
  max: number;
  ticks: number[];
}

/** Steps of a time axis in minutes: what a clock reads well (15 min, 1 h, 6 h, 1 d, 1 w). */
const MINUTE_STEPS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 43200];

/** A round maximum and three or four ticks for values up to `max` (minutes when `minutes`). */
function axisFor(max: number, minutes = false): Axis {
  if (max <= 0) return { max: 1, ticks: [0, 1] };
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const steps = minutes ? MINUTE_STEPS : [1, 2, 5, 10].map((factor) => factor * magnitude);
  const step = steps.find((candidate) => max / candidate <= 4) ?? 10 ** Math.ceil(Math.log10(max / 4));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return { max: top, ticks };
}

function svg(label: string, content: string, axis: Axis, format: (value: number) => string = String): string {
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const grid = axis.ticks
    .map((tick) => {
      const y = MARGIN.top + plotHeight - (tick / axis.max) * plotHeight;
      return `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y}" y2="${y}"/><text class="tick" x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end">${escapeHtml(format(tick))}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(label)}" preserveAspectRatio="xMidYMid meet"><title>${escapeHtml(label)}</title>${grid}${content}</svg>`;
}

function xLabels(labels: string[], slot: number): string {
  // At most about twelve labels, so that they never overlap.
  const every = Math.max(1, Math.ceil(labels.length / 12));
  return labels
    .map((label, position) =>
      position % every === 0
        ? `<text class="tick" x="${MARGIN.left + slot * (position + 0.5)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${escapeHtml(label)}</text>`
        : '',
    )
    .join('');
}

function legend(entries: { label: string; color: string }[]): string {
  return `<ul class="legend">${entries.map(({ label, color }) => `<li><span class="swatch ${color}"></span>${escapeHtml(label)}</li>`).join('')}</ul>`;
}

function incidentsChart(index: WorkspaceIndexResult): string {
  const months = index.trends.incidentsByMonth;
  if (months.length === 0) return '<p class="empty">No dated postmortems.</p>';
  const severities = [...new Set(months.flatMap((month) => Object.keys(month.bySeverity)))].sort(
    (a, b) => severityRank(a === 'unknown' ? null : a) - severityRank(b === 'unknown' ? null : b) || a.localeCompare(b),
  );
  const color = (severity: string) =>
    severity === 'unknown' ? UNKNOWN : PALETTE[Math.min(severities.indexOf(severity), PALETTE.length - 1)]!;
  const axis = axisFor(Math.max(...months.map((month) => month.total)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / months.length;
  const bars = months
    .map((month, position) => {
      let base = MARGIN.top + plotHeight;
      return severities
        .map((severity) => {
          const count = month.bySeverity[severity] ?? 0;
          if (count === 0) return '';
          const height = (count / axis.max) * plotHeight;
          base -= height;
          return `<rect x="${MARGIN.left + slot * position + slot * 0.15}" y="${base}" width="${slot * 0.7}" height="${height}" class="${color(severity)}"><title>${escapeHtml(`${month.month}: ${count} ${severity}`)}</title></rect>`;
        })
        .join('');
    })
    .join('');
  return (
    svg(
      'Incidents per month by severity',
      bars +
        xLabels(
          months.map((month) => month.month),
          slot,
        ),
      axis,
    ) +
    legend(severities.map((severity) => ({ label: severity, color: color(severity) }))) +
    dataTable(
      'Incidents per month',
      ['Month', 'Total', ...severities],
      months.map((month) => [month.month, month.total, ...severities.map((severity) => month.bySeverity[severity] ?? 0)]),
    )
  );
}

function durationsChart(index: WorkspaceIndexResult): string {
  const points = index.trends.durations.filter((point) => point.detect !== undefined || point.resolve !== undefined);
  if (points.length === 0)
    return '<p class="empty">No postmortem says when its incident was detected or resolved (see docs/incidents.md for what is read).</p>';
  const series = [
    { key: 'detect' as const, label: 'Time to detect', color: PALETTE[1]! },
    { key: 'resolve' as const, label: 'Time to resolve', color: PALETTE[3]! },
  ];
  const axis = axisFor(Math.max(...points.flatMap((point) => [point.detect ?? 0, point.resolve ?? 0])), true);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / points.length;
  const y = (value: number) => MARGIN.top + plotHeight - (value / axis.max) * plotHeight;
  const drawn = series
    .map(({ key, label, color }) => {
      const known = points.map((point, position) => ({ point, position, value: point[key] })).filter((each) => each.value !== undefined);
      const line = known.map(({ position, value }) => `${MARGIN.left + slot * (position + 0.5)},${y(value!)}`).join(' ');
      const dots = known
        .map(
          ({ point, position, value }) =>
            `<circle cx="${MARGIN.left + slot * (position + 0.5)}" cy="${y(value!)}" r="3.5" class="${color}"><title>${escapeHtml(`${point.title ?? point.path} (${point.date}): ${label.toLowerCase()} ${formatDuration(value!)}`)}</title></circle>`,
        )
        .join('');
      return `<polyline points="${line}" class="line ${color}"/>${dots}`;
    })
    .join('');
  return (
    svg(
      'Time to detect and resolve, per incident',
      drawn +
        xLabels(
          points.map((point) => point.date.slice(0, 7)),
          slot,
        ),
      axis,
      (value) => formatDuration(value),
    ) +
    legend(series) +
    dataTable(
      'Durations per incident',
      ['Date', 'Postmortem', 'Detect', 'Resolve'],
      points.map((point) => [
        point.date,
        point.title ?? point.path,
        point.detect === undefined ? '–' : formatDuration(point.detect),
        point.resolve === undefined ? '–' : formatDuration(point.resolve),
      ]),
    )
  );
}

function actionItemsChart(index: WorkspaceIndexResult): string {
  const months = index.trends.actionItemsByMonth;
  if (months.length === 0 || months[months.length - 1]!.createdSoFar === 0) return '<p class="empty">No action items yet.</p>';
  const series = [
    { key: 'openSoFar' as const, label: 'Open', color: PALETTE[0]! },
    { key: 'doneSoFar' as const, label: 'Done', color: PALETTE[5]! },
  ];
  const axis = axisFor(Math.max(...months.map((month) => month.createdSoFar)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / months.length;
  const y = (value: number) => MARGIN.top + plotHeight - (value / axis.max) * plotHeight;
  const drawn = series
    .map(({ key, color, label }) => {
      const points = months.map((month, position) => `${MARGIN.left + slot * (position + 0.5)},${y(month[key])}`).join(' ');
      const dots = months
        .map(
          (month, position) =>
            `<circle cx="${MARGIN.left + slot * (position + 0.5)}" cy="${y(month[key])}" r="3" class="${color}"><title>${escapeHtml(`${month.month}: ${month[key]} ${label.toLowerCase()}`)}</title></circle>`,
        )
        .join('');
      return `<polyline points="${points}" class="line ${color}"/>${dots}`;
    })
    .join('');
  return (
    svg(
      'Action items open and done over time',
      drawn +
        xLabels(
          months.map((month) => month.month),
          slot,
        ),
      axis,
    ) +
    legend(series) +
    dataTable(
      'Action items per month',
      ['Month', 'New', 'Open so far', 'Done so far'],
      months.map((month) => [month.month, month.created, month.openSoFar, month.doneSoFar]),
    )
  );
}

function tagsChart(index: WorkspaceIndexResult): string {
  const tags = index.trends.topTags;
  if (tags.length === 0)
    return '<p class="empty">No tag or contributing factor recurs yet (front matter <code>tags</code>, a “Contributing factors” section).</p>';
  const most = Math.max(...tags.map((tag) => tag.paths.length));
  // Each tag's postmortems by title: the trends know them by engine path.
  const titles = new Map(index.trends.durations.map((point) => [point.path, point.title ?? point.path]));
  const row = 26;
  const labelWidth = 220;
  const barSpace = WIDTH - labelWidth - 48;
  const bars = tags
    .map((tag, position) => {
      const y = position * row + 4;
      const width = Math.max(4, (tag.paths.length / most) * barSpace);
      return `<text class="label" x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(tag.tag.length > 32 ? `${tag.tag.slice(0, 31)}…` : tag.tag)}</text><rect class="${PALETTE[3]}" x="${labelWidth}" y="${y}" width="${width}" height="${row - 8}"><title>${escapeHtml(`${tag.tag}: ${tag.paths.length} postmortems`)}</title></rect><text class="tick" x="${labelWidth + width + 6}" y="${y + 15}">${tag.paths.length}</text>`;
    })
    .join('');
  return (
    `<svg viewBox="0 0 ${WIDTH} ${tags.length * row + 8}" role="img" aria-label="Most frequent tags and contributing factors"><title>Most frequent tags and contributing factors</title>${bars}</svg>` +
    dataTable(
      'Tags and their postmortems',
      ['Tag', 'Postmortems', 'Which'],
      tags.map((tag) => [
        tag.tag,
        tag.paths.length,
        tag.paths.map((path) => titles.get(path) ?? path.slice(path.lastIndexOf('/') + 1)).join('; '),
      ]),
    )
  );
}
