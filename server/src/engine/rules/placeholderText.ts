/**
 * placeholder-text — template leftovers: TODO, TBD, [Incident title], YYYY-MM-DD, HH:MM.
 *
 * Bad:  "Date: YYYY-MM-DD", "## Impact\n\nTBD"
 */
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

// Bracketed prompts such as "[Incident title]" or "[describe the impact]"; links and task boxes are masked out earlier.
const PLACEHOLDER =
  /(?<![\p{L}\p{N}_])(?:TODO|TBD|TBC|TBA|FIXME|XXX|YYYY-MM-DD|YYYY\/MM\/DD|DD\/MM\/YYYY|MM\/DD\/YYYY|HH:MM(?::SS)?|lorem ipsum|\?{3,})(?![\p{L}\p{N}_])|\[(?:[A-Z][a-z]+(?: [\w,'/-]+){1,8}|(?:insert|describe|add|enter|your|link|name|date|time|owner|ticket)[\w ,'/-]{0,60})\]|<(?:insert|describe|your|add)[\w -]{0,40}>/gu;

export const placeholderText: Rule = {
  id: 'placeholder-text',
  description: 'Template placeholders left in the text (TODO, TBD, [Incident title], YYYY-MM-DD, HH:MM).',
  explanation: 'Placeholders mark questions the template asked and nobody answered yet. Publishing them hides the gap.',
  defaultSeverity: 'warning',
  local: true,
  check({ model }) {
    const findings: RuleFinding[] = [];
    // An owner cell that says "TBD" is reported once, by action-item-owner.
    const owners = model.actionItems.flatMap((item) => (item.owner ? [item.owner] : []));
    const inOwnerCell = (offset: number) => owners.some((owner) => offset >= owner.start && offset < owner.end);
    for (const block of model.prose) {
      PLACEHOLDER.lastIndex = 0;
      for (let match = PLACEHOLDER.exec(block.masked); match; match = PLACEHOLDER.exec(block.masked)) {
        const start = block.start + match.index;
        if (inOwnerCell(start)) continue;
        findings.push({
          message: `"${match[0]}" is a placeholder left from the template. Replace it with the real content, or remove it.`,
          range: model.lines.range(start, start + match[0].length),
        });
      }
    }
    return findings;
  },
};
