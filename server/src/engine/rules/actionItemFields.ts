// What counts as "no value" in an action item's owner, due-date or ticket field, and the edit that
// puts a placeholder value in one.
import type { PlaceholderFix } from '../fixes';
import type { ActionItem, ActionItemField } from '../model';

const EMPTY_VALUE =
  /^(?:|-+|—|–|\?+|tbd|tbc|tba|todo|n\/?a|none|nobody|unassigned|unknown|someone|anyone|owner|@owner|@?tbd|xxx|\[owner\]|<owner>)$/i;
/** The values among those that say nothing at all, rather than standing in for a name to come. */
const BLANK_VALUE = /^(?:|-+|—|–|n\/?a|none|nobody|unassigned)$/i;

export function isMissing(field: ActionItemField | undefined): boolean {
  return field === undefined || EMPTY_VALUE.test(field.value.trim());
}

/** A missing value written as a stand-in ("TBD", "@owner", "?"), rather than left empty: the text to quote. */
export function placeholderValue(field: ActionItemField | undefined): string | undefined {
  const value = field?.value.trim() ?? '';
  return isMissing(field) && !BLANK_VALUE.test(value) ? value : undefined;
}

/**
 * The edit that puts `placeholder` in a field: in its table cell (with a space on each side of
 * it, as the other cells have), or after the list item's first line; editors select it after.
 */
export function fieldPlaceholderFix(
  text: string,
  item: ActionItem,
  field: ActionItemField | undefined,
  label: string,
  placeholder: string,
): PlaceholderFix | undefined {
  const fix = (start: number, end: number, value: string): PlaceholderFix => ({
    title: `Add ${label} placeholder`,
    edits: [{ start, end, text: value }],
    safe: false,
    placeholder,
  });
  if (item.source === 'table') {
    if (!field) return undefined; // no such column: adding one is a bigger edit than a quick fix
    if (field.end > field.start) return fix(field.start, field.end, placeholder);
    // An empty cell: its field is a point next to a pipe. The cell is all the blanks between its pipes.
    let start = field.start;
    let end = field.end;
    while (start > item.start && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    while (end < item.end && (text[end] === ' ' || text[end] === '\t')) end++;
    // A row that stops before the cell (no closing pipe for it yet) gets the cell and its pipe.
    const closed = text[end] === '|';
    return fix(start, end, closed ? ` ${placeholder} ` : `${text[start - 1] === '|' ? '' : ' |'} ${placeholder} |`);
  }
  if (field) return fix(field.start, field.end, placeholder);
  return fix(item.ownerInsertAt, item.ownerInsertAt, ` (${label}: ${placeholder})`);
}
