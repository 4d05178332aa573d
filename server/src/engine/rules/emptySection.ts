/**
 * empty-section — a heading with nothing under it.
 *
 * Bad:  "## Detection" followed directly by "## Resolution".
 */
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A section has a heading but no content.',
  explanation: 'An empty section looks answered in the outline but is not. Write at least one sentence, or say why it does not apply.',
  defaultSeverity: 'warning',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const section of model.sections) {
      if (!section.isEmpty) continue;
      findings.push({
        message: `The section "${section.title}" is empty. Write what is known so far, or "Not applicable" with the reason.`,
        range: model.lines.range(section.headingStart, section.headingEnd),
      });
    }
    return findings;
  },
};
