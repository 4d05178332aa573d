// "Insert Timeline Entry": where a new entry stamped with the current time goes, and what it
// looks like. It goes before the first entry that is later (read as timelineClock reads time),
// else after the last one, and copies the format of its neighbour: a table row with the time in
// the time column, or a list item / line with the same marker and separator.
import type { RootContent, Table } from 'mdast';
import type { PostmortemModel, TimelineEntry } from '../model';
import { endOffset, firstLineEnd, plainText, startOffset } from '../text';
import { clockedEntries } from '../timelineClock';
import { linesAfter, literal, placeholder, type AuthoringResult } from './snippetSyntax';
import { stampFor, type Stamp } from './timelineStamp';

const DAY = 24 * 60;

export function timelineEntryInsertion(model: PostmortemModel, now: Date): AuthoringResult {
  const timeline = model.timeline;
  if (!timeline)
    return {
      problem:
        'This postmortem has no Timeline section. Add a "## Timeline" heading (or run "Postmortem: Add Missing Sections") and try again.',
    };
  const section = model.sections[timeline.section]!;
  const nodes = model.tree.children.filter((node) => startOffset(node) > section.headingEnd && startOffset(node) < section.end);
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const { keys, absolute } = entryKeys(model);
  const timed = timeline.entries.filter((_, index) => keys[index] !== undefined);

  if (timed.length === 0) {
    const stamp = stampFor(now, timeline, undefined);
    const table = nodes.find((node): node is Table => node.type === 'table');
    const after = (offset: number, lines: string): AuthoringResult => ({ insertion: linesAfter(model.text, offset, lines) });
    if (table) return after(endOffset(table), tableRow(table, stamp, false));
    const list = nodes.find((node) => node.type === 'list');
    if (list) return after(endOffset(list), `- ${literal(stamp.clock)} — ${placeholder(1)}`);
    return after(section.end, `${eol}- ${literal(stamp.clock)} — ${placeholder(1)}`);
  }

  // Without any date, times are only times of day: now is on the day of the latest entry.
  const lastKey = Math.max(...keys.filter((key): key is number => key !== undefined));
  const provisional = stampFor(now, timeline, timed[timed.length - 1]);
  const nowKey = absolute ? provisional.at : dayOf(lastKey) * DAY + (provisional.at % DAY);
  // Before the first entry that is later than now, else after the last entry.
  const later = keys.findIndex((key) => key !== undefined && key > nowKey);
  const neighbour = later >= 0 ? timeline.entries[later]! : timed[timed.length - 1]!;
  const stamp = stampFor(now, timeline, neighbour);
  // In the rows' own format: a date only where they write one. A row stamped later than the
  // incident ("| 2026-12-02 15:27 |" among "| 14:02 |") would be the one row that reads unlike the
  // others; the author corrects the time of an entry written after the fact anyway.
  const withDate = timed.some((entry) => entry.date);
  const table = containingTable(nodes, neighbour);
  const line = table ? tableRow(table, stamp, withDate) : lineLike(model.text, neighbour, stamp, withDate);
  if (later >= 0) {
    const lineStart = model.text.lastIndexOf('\n', neighbour.start - 1) + 1;
    return { insertion: { start: lineStart, end: lineStart, snippet: `${line}${eol}` } };
  }
  return { insertion: linesAfter(model.text, neighbour.end, line) };
}

/**
 * Each entry's time on timelineClock's scale, and whether any is a real instant (its day and year
 * known): then now is compared as an instant, else as a time of day after the last entry's day.
 */
function entryKeys(model: PostmortemModel): { keys: (number | undefined)[]; absolute: boolean } {
  const clocked = new Map(clockedEntries(model.timeline).map((clocked) => [clocked.entry, clocked]));
  return {
    keys: model.timeline!.entries.map((entry) => clocked.get(entry)?.at),
    absolute: [...clocked.values()].some((entry) => entry.absolute),
  };
}

function dayOf(at: number): number {
  return Math.floor(at / DAY);
}

function timestamp(stamp: Stamp, withDate: boolean): string {
  return withDate ? `${stamp.date} ${stamp.clock}` : stamp.clock;
}

function containingTable(nodes: RootContent[], entry: TimelineEntry): Table | undefined {
  return nodes.find((node): node is Table => node.type === 'table' && startOffset(node) <= entry.start && entry.end <= endOffset(node));
}

/** A row with the time (and date, when there is a Date column) filled in and the cursor in the event cell. */
function tableRow(table: Table, stamp: Stamp, withDate: boolean): string {
  const header = table.children[0]!.children.map((cell) => plainText(cell).toLowerCase());
  const find = (pattern: RegExp, except: number[] = []) => header.findIndex((name, index) => pattern.test(name) && !except.includes(index));
  let timeColumn = find(/\b(?:time|when|timestamp)\b/);
  const dateColumn = find(/\b(?:date|day)\b/, [timeColumn]);
  if (timeColumn < 0) timeColumn = dateColumn >= 0 ? dateColumn : 0;
  const separate = dateColumn >= 0 && dateColumn !== timeColumn;
  const taken = separate ? [timeColumn, dateColumn] : [timeColumn];
  let textColumn = find(/\b(?:event|what|description|details|action|summary|happened)\b/, taken);
  if (textColumn < 0) textColumn = header.findIndex((_, index) => !taken.includes(index));
  let stop = 1;
  const cells = header.map((_, index) => {
    if (index === timeColumn) return literal(separate ? stamp.clock : timestamp(stamp, withDate));
    if (separate && index === dateColumn) return stamp.date;
    if (index === textColumn) return placeholder(1);
    return placeholder(++stop);
  });
  return `| ${cells.join(' | ')} |`;
}

/** A list item or line like `neighbour`'s: the same text before the time and between time and event. */
function lineLike(text: string, neighbour: TimelineEntry, stamp: Stamp, withDate: boolean): string {
  const lineStart = text.lastIndexOf('\n', neighbour.start - 1) + 1;
  const line = text.slice(lineStart, firstLineEnd(text, neighbour.start, neighbour.end));
  // The time as the model read it, with markup allowed between its words ("**2024-03-12** 14:02").
  const words = neighbour.time.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(words.join('[\\s*_`~]+')).exec(line);
  const marker = /^\s*(?:(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?/.exec(line)![0].replace(/\[[xX]\]/, '[ ]');
  const prefix = found ? line.slice(0, found.index).replace(/\[[xX]\]/, '[ ]') : marker;
  const separator = found ? /^[\s*_`~|:–—-]*/.exec(line.slice(found.index + found[0].length))![0] : ' — ';
  return `${literal(prefix)}${literal(timestamp(stamp, withDate))}${literal(separator || ' ')}${placeholder(1)}`;
}
