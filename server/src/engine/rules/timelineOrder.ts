/**
 * timeline-order — timeline entries out of chronological order, and a timeline with no timezone.
 *
 * Bad:  "- 14:30 Rolled back" followed by "- 14:05 Paged"; "## Timeline" with times and no "UTC".
 */
import type { TimelineEntry } from '../model';
import { firstLineEnd } from '../text';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

const DAY = 24 * 60;

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'Timeline entries are out of chronological order, or the timeline names no timezone.',
  explanation: 'Readers rebuild cause and effect from the timeline; an entry out of order or an unknown timezone makes them guess.',
  defaultSeverity: 'warning',
  check({ model }) {
    const timeline = model.timeline;
    if (!timeline || timeline.entries.length === 0) return [];
    const findings: RuleFinding[] = [];
    let previous: { entry: TimelineEntry; at: number } | undefined;
    let day = 0;
    for (const entry of timeline.entries) {
      if (entry.minutes === undefined) continue;
      const dayOfEntry = entry.date ? Date.parse(`${entry.date}T00:00:00Z`) / 60_000 : undefined;
      let at: number;
      if (dayOfEntry !== undefined && !Number.isNaN(dayOfEntry)) {
        day = dayOfEntry;
        at = dayOfEntry + entry.minutes;
      } else {
        at = day + entry.minutes;
        // An undated entry far earlier than the last one is the next day (a timeline that crosses midnight).
        if (previous && at < previous.at - DAY / 2) {
          day += DAY;
          at += DAY;
        }
      }
      if (previous && at < previous.at) {
        findings.push({
          message: `"${entry.time}" comes after "${previous.entry.time}" but is earlier. Move this entry up, or correct its time or date.`,
          range: model.lines.range(entry.start, firstLineEnd(model.text, entry.start, entry.end)),
          category: 'order',
        });
        continue; // compare the next entry with the latest time seen
      }
      previous = { entry, at };
    }
    if (!timeline.timezone) {
      const heading = model.sections[timeline.section]!;
      findings.push({
        message: 'The timeline does not say which timezone its times are in. Add it to the heading, e.g. "Timeline (UTC)".',
        range: model.lines.range(heading.headingStart, heading.headingEnd),
        category: 'timezone',
        fixes: [{ title: 'Add "(UTC)" to the heading', edits: [{ start: heading.headingEnd, end: heading.headingEnd, text: ' (UTC)' }], safe: false }],
      });
    }
    return findings;
  },
};
