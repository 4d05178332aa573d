// "Add Action Item": a new row after the last one of the action-item table (or an item after the
// last of its list), as a snippet whose tab stops walk the author through text, type, owner and
// ticket. A value left as it was inserted is reported: the TODO by placeholder-text, the empty
// owner by action-item-owner.
import type { RootContent, Table } from 'mdast';
import type { PostmortemModel } from '../model';
import { ACTION_TYPES, actionItemColumn } from '../model/actionItems';
import { endOffset, plainText, startOffset } from '../text';
import { isSectionKind } from '../vocabulary';
import { choice, linesAfter, literal, placeholder, type AuthoringResult } from './snippetSyntax';

const TEXT_PROMPT = 'TODO: what will change';

export function actionItemInsertion(model: PostmortemModel): AuthoringResult {
  const index = model.sections.findIndex((section) => isSectionKind(section.key, 'action-items'));
  if (index < 0)
    return {
      problem:
        'This postmortem has no Action Items section. Add an "## Action Items" heading (or run "Postmortem: Add Missing Sections") and try again.',
    };
  const section = model.sections[index]!;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const nodes = model.tree.children.filter((node) => startOffset(node) > section.headingEnd && startOffset(node) < section.end);
  const items = model.actionItems.filter((item) => item.section === index);
  const last = items[items.length - 1];
  const after = (offset: number, lines: string): AuthoringResult => ({ insertion: linesAfter(model.text, offset, lines) });

  if (last) {
    const container = nodes.find((node) => startOffset(node) <= last.start && last.end <= endOffset(node));
    if (last.source === 'table' && container?.type === 'table') return after(last.end, tableRow(container));
    const lineStart = model.text.lastIndexOf('\n', last.start - 1) + 1;
    return after(last.end, listItem(model.text.slice(lineStart, last.end)));
  }
  const table = nodes.find((node): node is Table => node.type === 'table');
  if (table) return after(endOffset(table), tableRow(table));
  // Only prose so far: start the table the templates use.
  const header = ['Action Item', 'Type', 'Owner', 'Ticket'];
  return after(section.end, `${eol}| ${header.join(' | ')} |${eol}|${'---|'.repeat(header.length)}${eol}${rowFor(header)}`);
}

function tableRow(table: Table): string {
  return rowFor(table.children[0]!.children.map((cell: RootContent) => plainText(cell)));
}

/** One cell per header cell: the text first, then the other tab stops in column order. */
function rowFor(header: string[]): string {
  const columns = header.map((name) => actionItemColumn(name));
  const textColumn = Math.max(columns.indexOf('text'), 0);
  let stop = 1;
  const cells = columns.map((column, at) => {
    if (at === textColumn) return placeholder(1, TEXT_PROMPT);
    if (column === 'type') return choice(++stop, ACTION_TYPES);
    // "owner" left in the cell is reported by action-item-owner, like an empty one.
    if (column === 'owner') return placeholder(++stop, 'owner');
    return placeholder(++stop);
  });
  return `| ${cells.join(' | ')} |`;
}

/** An item with the marker of `source`'s first line ("- ", "1. ", "- [ ] "), its fields in the words the model reads. */
function listItem(source: string): string {
  const marker = (/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(source)?.[0] ?? '- ').replace(/\[[xX]\]/, '[ ]');
  return `${literal(marker)}${placeholder(1, TEXT_PROMPT)} — owner: ${placeholder(2, 'owner')}, type: ${choice(3, ACTION_TYPES)}, ticket: ${placeholder(4)}`;
}
