/**
 * missing-section — a section the profile requires is not in the document.
 *
 * With the google-sre profile, a postmortem without a "Detection" heading (or an alias such as
 * "How it was detected") is reported once per missing section, with what the section holds; the
 * fix inserts it where the profile puts it, as the profile's template writes it (TODO prompts).
 */
import { requiredSectionStatus, sectionInsertion } from '../sectionMatching';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'A section the template profile requires is missing (aliases, case and numbering are accepted).',
  explanation: 'Each required section answers a question reviewers will ask. A missing one is usually a question nobody answered yet.',
  defaultSeverity: 'warning',
  check({ model, profile }) {
    const statuses = requiredSectionStatus(model, profile);
    const title = model.sections.find((section) => section.level === 1);
    const anchor = title ? model.lines.range(title.headingStart, title.headingEnd) : model.lines.range(0, model.lines.lineEnd(1));
    const findings: RuleFinding[] = [];
    statuses.forEach((status, index) => {
      if (status.section !== undefined) return;
      const { definition, template } = status;
      const insertion = sectionInsertion(model, statuses, index);
      const aliases = definition.aliases
        .slice(0, 3)
        .map((alias) => `"${alias}"`)
        .join(', ');
      findings.push({
        message: `The ${profile.label} profile requires the section "${definition.title}"${aliases ? ` (or ${aliases})` : ''}. Add it: ${definition.prompt}`,
        range: anchor,
        category: definition.id,
        fixes: insertion ? [{ title: `Insert section "${template.title}"`, edits: [insertion], safe: true }] : [],
      });
    });
    return findings;
  },
};
