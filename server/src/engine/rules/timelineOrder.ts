/**
 * timeline-order — timeline entries out of chronological order, and a timeline with no timezone.
 *
 * Bad:  "- 14:30 Rolled back" followed by "- 14:05 Paged"; "## Timeline" with times and no "UTC".
 */
import { firstLineEnd } from '../text';
import { clockedEntries } from '../timelineClock';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'Timeline entries are out of chronological order, or the timeline names no timezone.',
  explanation: 'Readers rebuild cause and effect from the timeline; an entry out of order or an unknown timezone makes them guess.',
  defaultSeverity: 'warning',
  check({ model }) {
    const timeline = model.timeline;
    if (!timeline || timeline.entries.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const { entry, at, previous } of clockedEntries(timeline)) {
      if (!previous || at >= previous.at) continue;
      findings.push({
        message: `"${entry.time}" comes after "${previous.entry.time}" but is earlier. Move this entry up, or correct its time or date.`,
        range: model.lines.range(entry.start, firstLineEnd(model.text, entry.start, entry.end)),
        category: 'order',
      });
    }
    if (!timeline.timezone) {
      const heading = model.sections[timeline.section]!;
      findings.push({
        message: 'The timeline does not say which timezone its times are in. Add it to the heading, e.g. "Timeline (UTC)".',
        range: model.lines.range(heading.headingStart, heading.headingEnd),
        category: 'timezone',
        fixes: [
          {
            title: 'Add "(UTC)" to the heading',
            edits: [{ start: heading.headingEnd, end: heading.headingEnd, text: ' (UTC)' }],
            safe: false,
          },
        ],
      });
    }
    return findings;
  },
};
