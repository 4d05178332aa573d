// What the structure view shows, computed from the server's postmortem/model answer: three
// groups (required sections, action items, timeline) and their rows. Plain data with ids that
// stay the same while the author types (a section is known by its profile title, an action item
// by its position), so VS Code keeps selection and expansion across refreshes. No `vscode`
// import: unit-testable.
import { formatDuration } from '../../../server/src/engine/timelineClock';
import type { ModelSummary, Range } from '../../../server/src/lsp/protocol';

export interface StructureItem {
  /** Stable across edits of the same document. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id, and the theme color to draw it in. */
  icon: string;
  iconColor?: string;
  /** Where a click goes. */
  range?: Range;
  /** The lines it stands for when wider than `range` (a section: heading to end), for following the cursor. */
  extent?: Range;
  /** For a missing required section: its title, which a click inserts. */
  missingSection?: string;
  /** `when` value of the item's inline actions (`viewItem == missingSection`). */
  contextValue?: string;
  children?: StructureItem[];
}

export function structureItems(summary: ModelSummary): StructureItem[] {
  if (summary.skipped === 'too-large') {
    return [{ id: 'too-large', label: 'Not checked: larger than postmortem.maxFileSizeKB', icon: 'info' }];
  }
  if (summary.skipped === 'time-limit') {
    return [{ id: 'time-limit', label: 'Not checked: took longer than postmortem.analysisTimeLimitMs', icon: 'info' }];
  }
  return [sectionsGroup(summary), actionItemsGroup(summary), timelineGroup(summary)];
}

function sectionsGroup({ requiredSections, profile }: ModelSummary): StructureItem {
  const present = requiredSections.filter((section) => section.status !== 'missing').length;
  return {
    id: 'sections',
    label: 'Required sections',
    description: `${present}/${requiredSections.length} · ${profile.label || profile.id}`,
    icon: 'list-tree',
    children: requiredSections.map((section): StructureItem => {
      const findings = section.findings === 0 ? '' : `${section.findings} ${section.findings === 1 ? 'finding' : 'findings'}`;
      const id = `section:${section.title}`;
      if (section.status === 'missing') {
        return {
          id,
          label: section.title,
          description: 'missing',
          tooltip: `The ${profile.label} profile requires "${section.title}". Click to insert it where the profile puts it.`,
          icon: 'circle-slash',
          iconColor: 'list.errorForeground',
          missingSection: section.title,
          contextValue: 'missingSection',
        };
      }
      const empty = section.status === 'empty';
      return {
        id,
        label: section.title,
        description: [empty ? 'empty' : '', findings].filter(Boolean).join(' · ') || undefined,
        tooltip: empty ? `"${section.title}" has a heading but nothing under it yet.` : undefined,
        icon: empty ? 'circle-large-outline' : findings ? 'warning' : 'pass',
        iconColor: empty || findings ? 'list.warningForeground' : 'testing.iconPassed',
        range: section.range,
        extent: section.extent,
      };
    }),
  };
}

function actionItemsGroup({ actionItems }: ModelSummary): StructureItem {
  const owned = actionItems.filter((item) => !item.ownerMissing).length;
  return {
    id: 'action-items',
    label: 'Action items',
    description: actionItems.length === 0 ? 'none' : `${owned}/${actionItems.length} with an owner`,
    icon: 'checklist',
    children: actionItems.map((item, index): StructureItem => {
      const fields = [item.ownerMissing ? 'no owner' : item.owner, item.due && `due ${item.due}`, item.ticket].filter(Boolean);
      return {
        id: `action-item:${index}`,
        label: shorten(item.text) || '(empty)',
        description: fields.join(' · '),
        tooltip: `${item.text}\n\nOwner: ${item.ownerMissing ? 'none — name the person or team accountable' : item.owner}${item.due ? `\nDue: ${item.due}` : ''}${item.ticket ? `\nTicket: ${item.ticket}` : ''}`,
        icon: item.ownerMissing ? 'warning' : 'person',
        iconColor: item.ownerMissing ? 'list.warningForeground' : undefined,
        range: item.range,
      };
    }),
  };
}

function timelineGroup({ timeline }: ModelSummary): StructureItem {
  const group: StructureItem = { id: 'timeline', label: 'Timeline', icon: 'history' };
  const span = timeline?.span;
  if (!timeline || !span) return { ...group, description: timeline ? 'no timed entries' : 'no timeline section' };
  const first = timeline.entries[span.first]!;
  const last = timeline.entries[span.last]!;
  const duration = span.durationMinutes === undefined ? undefined : formatDuration(span.durationMinutes);
  return {
    ...group,
    description: `${first.time} → ${last.time}${duration ? ` · ${duration}` : ''}`,
    children: [
      { id: 'timeline:first', label: `First: ${first.time}`, description: shorten(first.text), icon: 'debug-start', range: first.range },
      { id: 'timeline:last', label: `Last: ${last.time}`, description: shorten(last.text), icon: 'debug-stop', range: last.range },
      {
        id: 'timeline:duration',
        label: `Duration: ${duration ?? 'unknown'}`,
        description: duration ? `${timeline.entries.length} entries` : 'the last entry is earlier than the first',
        icon: 'watch',
      },
    ],
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The row for the cursor's line: the smallest range holding it (an action item or a timeline
 * entry before the section it is in), with its ancestors first. Empty when no row holds it.
 */
export function structurePathAt(items: StructureItem[], line: number): StructureItem[] {
  let best: StructureItem[] = [];
  let bestSize = Infinity;
  const visit = (item: StructureItem, ancestors: StructureItem[]) => {
    const range = item.extent ?? item.range;
    if (range && range.start.line <= line && line <= range.end.line && range.end.line - range.start.line < bestSize) {
      best = [...ancestors, item];
      bestSize = range.end.line - range.start.line;
    }
    for (const child of item.children ?? []) visit(child, [...ancestors, item]);
  };
  for (const item of items) visit(item, []);
  return best;
}
