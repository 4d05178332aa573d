// Action items from the tables and lists under an action-item section (and its sub-sections).
import type { ListItem, Nodes, Root, Table } from 'mdast';
import { detached, endOffset, firstNodeAfter, normalizeTitle, plainText, startOffset } from '../text';
import { isSectionKind } from '../vocabulary';
import { BlockMemo } from './blockMemo';
import { descendantsOf, type Section } from './sections';

export interface ActionItemField {
  value: string;
  start: number;
  end: number;
}

export interface ActionItem {
  text: string;
  /** Undefined when no owner is written at all; `value` is empty or a placeholder when the cell is. */
  owner: ActionItemField | undefined;
  due: ActionItemField | undefined;
  ticket: ActionItemField | undefined;
  type: string | undefined;
  priority: string | undefined;
  status: string | undefined;
  source: 'table' | 'list';
  start: number;
  end: number;
  /** Where an owner can be written: the owner cell, or the end of the list item's first line. */
  ownerInsertAt: number;
  /** Index of the action-item section it belongs to. */
  section: number;
}

type Column = 'text' | 'owner' | 'due' | 'ticket' | 'type' | 'priority' | 'status';

const COLUMN_NAMES: Record<Column, string[]> = {
  text: ['action item', 'action items', 'action', 'item', 'task', 'description', 'what', 'follow up', 'follow-up', 'remediation', 'change'],
  owner: ['owner', 'owners', 'who', 'assignee', 'assigned to', 'responsible', 'dri', 'team'],
  due: ['due', 'due date', 'deadline', 'when', 'target date', 'eta', 'by'],
  ticket: ['bug', 'bug number', 'ticket', 'issue', 'tracking', 'link', 'jira', 'tracker', 'pr'],
  type: ['type', 'category', 'kind'],
  priority: ['priority', 'prio', 'p', 'severity'],
  status: ['status', 'state', 'done'],
};
const COLUMN_BY_NAME = new Map(
  Object.entries(COLUMN_NAMES).flatMap(([column, names]) => names.map((name) => [normalizeTitle(name), column as Column])),
);

export type ActionItemColumn = Column;

/** What an action-item table column holds, from its header ("Who" → owner), if it is one we read. */
export function actionItemColumn(header: string): ActionItemColumn | undefined {
  return COLUMN_BY_NAME.get(normalizeTitle(header));
}

export const ACTION_TYPES = ['mitigate', 'prevent', 'detect', 'process', 'repair', 'investigate', 'other'];

// In list items: "@alice", "Owner: Alice", "(owner: Alice)", "[owner: @alice]", "Assignee - Bob".
const OWNER_IN_TEXT =
  /(?:^|[\s([])(?:owner|owners|assignee|assigned to|dri|responsible)\s*[:=–—-]\s*([^,;)\]\n]*)|(?:^|[\s(])(@[\w.-]*\w)/i;
const DUE_IN_TEXT = /\b(?:due|deadline|by|eta)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:q[1-4]|end of|next)\s*\w+)/i;
const TICKET_IN_TEXT = /\b([A-Z][A-Z0-9]{1,9}-\d+)\b|(?:^|\s)(#\d+)\b|(https?:\/\/\S+\/(?:issues|pull|browse|tickets?)\/\S+)/;
const TYPE_IN_TEXT = new RegExp(String.raw`\[(${ACTION_TYPES.join('|')})\]|\btype\s*:\s*(${ACTION_TYPES.join('|')})\b`, 'i');

export function extractActionItems(tree: Root, text: string, sections: Section[]): ActionItem[] {
  const items: ActionItem[] = [];
  const claimed = new Set<number>();
  sections.forEach((section, index) => {
    if (claimed.has(index) || !isSectionKind(section.key, 'action-items')) return;
    const end = section.end;
    for (const descendant of descendantsOf(sections, index)) claimed.add(descendant);
    for (let child = firstNodeAfter(tree, section.headingEnd); child < tree.children.length; child++) {
      const node = tree.children[child]!;
      if (startOffset(node) >= end) break;
      if (node.type === 'table') items.push(...itemsOfBlock.get(node, () => itemsFromTable(node, index), index));
      else if (node.type === 'list') {
        items.push(...itemsOfBlock.get(node, () => leafItems(node).map((item) => itemFromListItem(item, text, index)), index));
      }
    }
  });
  return items;
}

/** Read once per table or list (blockMemo.ts), and again only when it moves to another section. */
const itemsOfBlock = new BlockMemo<ActionItem[]>((items, delta) =>
  items.map((item) => ({
    ...item,
    owner: movedField(item.owner, delta),
    due: movedField(item.due, delta),
    ticket: movedField(item.ticket, delta),
    start: item.start + delta,
    end: item.end + delta,
    ownerInsertAt: item.ownerInsertAt + delta,
  })),
);

function movedField(field: ActionItemField | undefined, delta: number): ActionItemField | undefined {
  return field && { ...field, start: field.start + delta, end: field.end + delta };
}

function itemsFromTable(table: Table, section: number): ActionItem[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = header.children.map((cell) => COLUMN_BY_NAME.get(normalizeTitle(plainText(cell))));
  const textColumn = Math.max(columns.indexOf('text'), 0);
  return rows.map((row) => {
    const field = (column: Column): ActionItemField | undefined => {
      const at = columns.indexOf(column);
      const cell = at >= 0 ? row.children[at] : undefined;
      if (at < 0) return undefined;
      if (!cell) {
        const end = endOffset(row);
        return { value: '', start: end, end };
      }
      return { value: plainText(cell), start: cellContentStart(cell), end: cellContentEnd(cell) };
    };
    const textCell = row.children[textColumn];
    const owner = field('owner');
    return {
      text: textCell ? plainText(textCell) : '',
      owner,
      due: field('due'),
      ticket: field('ticket'),
      type: field('type')?.value.toLowerCase() || undefined,
      priority: field('priority')?.value || undefined,
      status: field('status')?.value || undefined,
      source: 'table' as const,
      start: startOffset(row),
      end: endOffset(row),
      ownerInsertAt: owner ? owner.start : endOffset(row),
      section,
    };
  });
}

/** Table cells include the padding around `|`; the content starts at the first child. */
function cellContentStart(cell: Nodes): number {
  const first = 'children' in cell ? cell.children[0] : undefined;
  return first ? startOffset(first) : startOffset(cell) + 1;
}

function cellContentEnd(cell: Nodes): number {
  const children = 'children' in cell ? cell.children : [];
  const last = children[children.length - 1];
  return last ? endOffset(last) : startOffset(cell) + 1;
}

/** List items that hold no nested list: the concrete actions, not their group headings. */
function leafItems(list: Nodes): ListItem[] {
  const result: ListItem[] = [];
  for (const item of (list as { children: ListItem[] }).children) {
    const nested = item.children.filter((child) => child.type === 'list');
    if (nested.length === 0) result.push(item);
    else for (const child of nested) result.push(...leafItems(child));
  }
  return result;
}

function itemFromListItem(item: ListItem, text: string, section: number): ActionItem {
  const start = startOffset(item);
  const end = endOffset(item);
  // A copy: the values found in it are kept past this version of the document (itemsOfBlock).
  const source = detached(text.slice(start, end));
  const firstLineEnd = start + (source.search(/\r?\n|\r/) < 0 ? source.length : source.search(/\r?\n|\r/));
  const find = (pattern: RegExp): ActionItemField | undefined => {
    const match = pattern.exec(source);
    if (!match) return undefined;
    const group = match.slice(1).findIndex((value) => value !== undefined) + 1;
    const value = match[group] ?? '';
    const at = start + match.index + match[0].lastIndexOf(value);
    return { value: value.trim(), start: at, end: at + value.trim().length };
  };
  const type = TYPE_IN_TEXT.exec(source);
  return {
    text: plainText(item),
    owner: find(OWNER_IN_TEXT),
    due: find(DUE_IN_TEXT),
    ticket: find(TICKET_IN_TEXT),
    type: type ? (type[1] ?? type[2])!.toLowerCase() : undefined,
    priority: /\b(P[0-4])\b/.exec(source)?.[1],
    status: item.checked === true ? 'done' : item.checked === false ? 'open' : undefined,
    source: 'list',
    start,
    end,
    ownerInsertAt: firstLineEnd,
    section,
  };
}
