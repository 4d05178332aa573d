// The record a postmortem gives the team's view: what the document says about its incident (when
// it started, was detected, mitigated and resolved), its action items and their state, and its
// tags. Read from the model the rules already built; nothing here guesses a number it cannot
// read: an unknown time stays undefined, never 0. The rules for milestones are in
// docs/incidents.md, written for the people whose numbers they are.
import type { ListItem } from 'mdast';
import type { ActionItem, PostmortemModel, Timeline } from '../model';
import { normalizeDate, readTimestamp } from '../model/timeline';
import { isMissing } from '../rules/actionItemFields';
import { endOffset, normalizeTitle, plainText, startOffset } from '../text';
import { clockedEntries, type ClockedEntry } from '../timelineClock';
import type { Finding } from '../types';
import type { ActionItemState, IncidentActionItem, IncidentTimes, PostmortemRecord } from './types';

type Milestone = keyof IncidentTimes;
const MILESTONES: Milestone[] = ['started', 'detected', 'mitigated', 'resolved'];

/** Front matter (or `**Field:**` line) names for each milestone, normalized. */
const FIELD_NAMES: Record<Milestone, string[]> = {
  started: ['started', 'start', 'start time', 'impact start', 'began'],
  detected: ['detected', 'detection', 'detection time', 'detected at'],
  mitigated: ['mitigated', 'mitigation', 'mitigation time', 'mitigated at'],
  resolved: ['resolved', 'resolution', 'resolution time', 'resolved at', 'end', 'end time', 'ended'],
};

/**
 * What a timeline entry says when it marks a milestone. The first entry at or after the previous
 * milestone that says so is the milestone; the start is the first timed entry when none says it.
 */
const ENTRY_WORDS: Record<Milestone, RegExp> = {
  started:
    /\b(?:(?:impact|outage|incident|degradation) (?:starts?|started|begins?|began)|(?:errors?|error rates?|failures?|latency|5xx|502s?|503s?|\w+ rate) (?:start(?:s|ed)?|begins?|began|rises?|rose|spiked?|spikes|increased?|increases|climb(?:s|ed)?|jump(?:s|ed)?))/i,
  detected:
    /\b(?:detect(?:ed|s|ion)?|alert(?:ed|s|ing)?|pag(?:ed|es|ing)|page (?:fired|sent)|fir(?:es|ed|ing)|noticed|reported|acknowledg(?:ed|es)|ack(?:ed|s)?|declared|opened (?:an |the )?incident)\b/i,
  mitigated:
    /\b(?:mitigat(?:ed|ion|es)|rolled back|roll(?:ed)?[- ]?back (?:complete[ds]?|finish(?:ed|es)|done)|revert(?:ed|s)?|failed over|failover (?:complete[ds]?|finish(?:ed|es))|workaround|restored|recover(?:ed|s)|(?:back|returned|returns) to (?:normal|baseline)|service (?:back|restored))\b/i,
  resolved:
    /\b(?:resolved|fully (?:recovered|restored)|all clear|(?:outage|impact|incident) (?:ends|ended|over|closed|resolved)|closed the incident|stood down)\b/i,
};

const DONE = /^(?:done|closed|complete|completed|fixed|resolved|merged|shipped|finished|deployed|yes|y|x|\[x\]|✅|✔|✔️|☑️?)$/i;

/** The record of one analysed postmortem: `path` is the engine path, `findings` the analysis's own. */
export function recordOf(path: string, model: PostmortemModel, findings: readonly Finding[]): PostmortemRecord {
  const { metadata } = model;
  const times = incidentTimes(model);
  const notes = unreadNotes(model);
  const since = (milestone: Exclude<Milestone, 'started'>) => {
    // A start guessed from the first entry says nothing about how long that entry's own event took to notice.
    if (milestone === 'detected' && times.guessedStart && times.clock.detected === times.clock.started) return undefined;
    const start = times.clock.started;
    const end = times.clock[milestone];
    if (start !== undefined && end !== undefined && end < start)
      notes.push(`${milestone} is before started: the time to ${DURATION_OF[milestone]} is left unknown`);
    return start === undefined || end === undefined || end < start ? undefined : (end - start) * 60_000;
  };
  return {
    path,
    title: metadata.title?.trim() || undefined,
    date: incidentDate(model),
    severity: metadata.severity?.trim() || undefined,
    status: metadata.status?.trim() || undefined,
    times: times.instants,
    durations: { detect: since('detected'), mitigate: since('mitigated'), resolve: since('resolved') },
    notes,
    actionItems: model.actionItems.map((item) => incidentActionItem(model, item)),
    tags: tagsOf(model),
    findings: {
      error: findings.filter((finding) => finding.severity === 'error').length,
      warning: findings.filter((finding) => finding.severity === 'warning').length,
      info: findings.filter((finding) => finding.severity === 'info').length,
    },
  };
}

const DURATION_OF: Record<Exclude<Milestone, 'started'>, string> = { detected: 'detect', mitigated: 'mitigate', resolved: 'resolve' };

/**
 * A date or a milestone the document writes but that cannot be read, each said with what is
 * written: the record leaves it unknown, and its reader should know why rather than guess.
 */
function unreadNotes(model: PostmortemModel): string[] {
  const notes: string[] = [];
  const date = model.metadata.date?.trim();
  if (date && !incidentDateWritten(date)) notes.push(`date "${date}" is not a date with a year (such as 2024-03-12)`);
  for (const milestone of MILESTONES) {
    const name = FIELD_NAMES[milestone].find((each) => model.metadata.fields[each]?.trim());
    const value = name === undefined ? undefined : model.metadata.fields[name]!.trim();
    if (name !== undefined && value !== undefined && !fieldTimestamp(value))
      notes.push(`${name} "${value}" is not a time (such as 2024-03-12 14:05 UTC): ${milestone} is read from the timeline`);
  }
  return notes;
}

const WRITES_A_DATE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}/;

/**
 * A milestone field read as a timeline entry, when it is a time: "25:99" is none, and a time whose
 * written date is impossible ("2024-02-30T10:00Z") is none either, rather than a time on the
 * incident's day, which might be another.
 */
function fieldTimestamp(value: string): ReturnType<typeof readTimestamp> {
  const entry = readTimestamp(value);
  if (!entry || entry.minutes === undefined || (entry.date === undefined && WRITES_A_DATE.test(value))) return undefined;
  return entry;
}

/** The written date as an ISO date, when it is a whole date ("2024-03-12", "March 12, 2024"). */
function incidentDateWritten(written: string): string | undefined {
  // The date may be followed by a time: "2024-03-12T14:05Z", "January 22, 2018, 17:23 PST".
  const named = /^[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/.exec(written)?.[0];
  return [written.slice(0, 10), written, named]
    .map((candidate) => (candidate ? normalizeDate(candidate) : undefined))
    .find((date) => date !== undefined && !date.startsWith('--'));
}

/** ISO date of the incident: the metadata's date when it is one, else the first dated timeline entry's. */
function incidentDate(model: PostmortemModel): string | undefined {
  const written = model.metadata.date ? incidentDateWritten(model.metadata.date.trim()) : undefined;
  if (written) return written;
  if (model.timeline?.day) return model.timeline.day;
  const first = clockedEntries(model.timeline).find((entry) => entry.absolute);
  return first ? new Date(first.at * 60_000).toISOString().slice(0, 10) : undefined;
}

interface Times {
  /** Minutes on the timeline clock; comparable with each other even when the day is unknown. */
  clock: Partial<Record<Milestone, number>>;
  /** Instants, only where the day and year are known. */
  instants: IncidentTimes;
  /** The start is the timeline's first entry, because nothing says when the impact began. */
  guessedStart: boolean;
}

/**
 * Each milestone from its front matter field when it has one (a time alone is on the incident's
 * day), else from the timeline. Times written in the front matter and times read from the
 * timeline are on one clock only when both are real instants.
 */
function incidentTimes(model: PostmortemModel): Times {
  const fromFields = fieldTimes(model);
  const fromTimeline = timelineTimes(model);
  const chosen = MILESTONES.map((milestone) => fromFields[milestone] ?? fromTimeline[milestone]);
  const mixed =
    MILESTONES.some((milestone) => fromFields[milestone]) &&
    MILESTONES.some((milestone) => !fromFields[milestone] && fromTimeline[milestone]);
  // Times of day from two sources are on two arbitrary days: then the timeline alone is used.
  const comparable = !mixed || chosen.every((time) => !time || time.absolute);
  const clock: Times['clock'] = {};
  const instants: IncidentTimes = { started: undefined, detected: undefined, mitigated: undefined, resolved: undefined };
  for (const milestone of MILESTONES) {
    const time = comparable ? (fromFields[milestone] ?? fromTimeline[milestone]) : fromTimeline[milestone];
    if (!time) continue;
    clock[milestone] = time.at;
    if (time.absolute) instants[milestone] = time.at * 60_000;
  }
  const guessedStart =
    !fromFields.started && fromTimeline.started !== undefined && !says(ENTRY_WORDS.started, fromTimeline.started.entry.text);
  return { clock, instants, guessedStart };
}

function fieldTimes(model: PostmortemModel): Partial<Record<Milestone, ClockedEntry>> {
  const result: Partial<Record<Milestone, ClockedEntry>> = {};
  for (const milestone of MILESTONES) {
    const value = FIELD_NAMES[milestone].map((name) => model.metadata.fields[name]).find((field) => field);
    const entry = value ? fieldTimestamp(value.trim()) : undefined;
    if (!entry) continue;
    const timeline: Timeline = {
      section: -1,
      entries: [entry],
      timezone: model.timeline?.timezone,
      day: incidentDate(model),
      year: model.timeline?.year,
    };
    result[milestone] = clockedEntries(timeline)[0];
  }
  return result;
}

function timelineTimes(model: PostmortemModel): Partial<Record<Milestone, ClockedEntry>> {
  const clocked = clockedEntries(model.timeline);
  const result: Partial<Record<Milestone, ClockedEntry>> = {};
  let from = Number.NEGATIVE_INFINITY;
  for (const milestone of MILESTONES) {
    const candidates = clocked.filter((entry) => entry.at >= from && says(ENTRY_WORDS[milestone], entry.entry.text));
    // Resolution is the last entry that says so (a "resolved" note can be followed by another); the others the first.
    let found = milestone === 'resolved' ? candidates[candidates.length - 1] : candidates[0];
    if (!found && milestone === 'started') found = clocked[0];
    if (!found) continue;
    result[milestone] = found;
    from = found.at;
  }
  return result;
}

const NEGATED_BEFORE = /\b(?:no|not|never|without|didn't|did not|wasn't|was not|weren't|were not|failed to)\s+(?:\w+\s+)?$/i;
const NEGATED_AFTER = /^\s*(?:nobody|no one|no-one|no-?body)\b/i;

/** The entry says it, not its negation: "paged nobody", "no alert fired", "did not page" say the opposite. */
function says(words: RegExp, text: string): boolean {
  const match = words.exec(text);
  if (!match) return false;
  return !NEGATED_BEFORE.test(text.slice(0, match.index)) && !NEGATED_AFTER.test(text.slice(match.index + match[0].length));
}

function incidentActionItem(model: PostmortemModel, item: ActionItem): IncidentActionItem {
  const value = (field: ActionItem['owner']) => (isMissing(field) ? undefined : field!.value.trim());
  const due = value(item.due);
  return {
    text: item.text.replace(/\s+/g, ' ').trim(),
    owner: value(item.owner),
    due: due ? (normalizeDate(due) ?? due) : undefined,
    ticket: value(item.ticket),
    type: item.type,
    priority: item.priority,
    state: stateOf(model.text, item),
    start: item.start,
    end: item.end,
    line: model.lines.point(item.start).line,
  };
}

/**
 * Done when a task-list box is ticked, a Status column says so ("done", "closed", "✅"), or the
 * item's text is struck through (`~~…~~`); open otherwise.
 */
function stateOf(text: string, item: ActionItem): ActionItemState {
  if (item.status !== undefined && (item.status === 'done' || DONE.test(item.status.trim()))) return 'done';
  const source = text.slice(item.start, item.end).replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?|^\s*\|\s*/, '');
  return /^~~[^~]/.test(source) && source.indexOf('~~', 2) > 0 ? 'done' : 'open';
}

/** Front matter `tags` (a list or comma-separated), then the entries of a Contributing Factors section. */
function tagsOf(model: PostmortemModel): string[] {
  const tags = (model.metadata.fields['tags'] ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  const section = model.sections.find((candidate) => /^contributing factors?\b/.test(candidate.key));
  if (section) {
    for (const node of model.tree.children) {
      if (node.type !== 'list' || startOffset(node) <= section.headingEnd || endOffset(node) > section.end) continue;
      for (const item of node.children) {
        const factor = factorOf(item);
        if (factor) tags.push(factor);
      }
    }
  }
  return [...new Map(tags.map((tag) => [normalizeTitle(tag), tag])).values()];
}

/** "**Stale cache**: the TTL…" → "Stale cache"; else the item's first sentence when it is short. */
function factorOf(item: ListItem): string | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const lead = paragraph.children[0];
  if (lead?.type === 'strong') return plainText(lead).replace(/[:.\s]+$/, '') || undefined;
  const sentence = plainText(paragraph)
    .split(/(?<=[.!?])\s/)[0]!
    .replace(/[.\s]+$/, '');
  return sentence.length <= 60 ? sentence : undefined;
}
