// What counts as "no value" in an action item's owner, due-date or ticket field.
import type { ActionItem, ActionItemField } from '../model';
import type { Fix } from '../types';

const EMPTY_VALUE = /^(?:|-+|—|–|\?+|tbd|tbc|tba|todo|n\/?a|none|nobody|unassigned|unknown|someone|anyone|owner|@owner|@?tbd|xxx|\[owner\]|<owner>)$/i;

export function isMissing(field: ActionItemField | undefined): boolean {
  return field === undefined || EMPTY_VALUE.test(field.value.trim());
}

/** The edit that puts a placeholder value in a field: in its table cell, or after the list item's first line. */
export function fieldPlaceholderFix(item: ActionItem, field: ActionItemField | undefined, label: string, placeholder: string): Fix | undefined {
  if (item.source === 'table') {
    if (!field) return undefined; // no such column: adding one is a bigger edit than a quick fix
    return { title: `Add ${label} placeholder`, edits: [{ start: field.start, end: field.end, text: placeholder }], safe: false };
  }
  if (field) return { title: `Add ${label} placeholder`, edits: [{ start: field.start, end: field.end, text: placeholder }], safe: false };
  return { title: `Add ${label} placeholder`, edits: [{ start: item.ownerInsertAt, end: item.ownerInsertAt, text: ` (${label}: ${placeholder})` }], safe: false };
}
