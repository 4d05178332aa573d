/**
 * inclusive-language — insensitive or exclusionary words (retext-equality), in prose only.
 *
 * Bad:  "The guys on the team turned a blind eye to the master branch."
 * Good: "The people on the team ignored the main branch."
 */
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

export const inclusiveLanguage: Rule = {
  id: 'inclusive-language',
  description: 'Insensitive or exclusionary words (retext-equality), outside code, URLs and front matter.',
  explanation: 'A postmortem is read by the whole organisation; wording that excludes or belittles people gets in the way of learning.',
  defaultSeverity: 'info',
  local: true,
  check({ model, prose }) {
    const findings: RuleFinding[] = [];
    for (const block of model.prose) {
      for (const match of prose.analyze(block.masked).equality) {
        const start = block.start + match.start;
        const end = block.start + match.end;
        const phrase = model.text.slice(start, end);
        const alternatives = match.suggestions
          .slice(0, 4)
          .map((suggestion) => `"${suggestion}"`)
          .join(', ');
        findings.push({
          message: alternatives
            ? `"${phrase}" may be insensitive; consider ${alternatives}.`
            : `"${phrase}" may be insensitive or condescending; consider leaving it out.`,
          range: model.lines.range(start, end),
          category: match.patternId,
          ...(match.note ? { explanation: match.note } : {}),
          fixes: match.suggestions.slice(0, 4).map((suggestion) => ({
            title: `Replace with "${suggestion}"`,
            edits: [{ start, end, text: matchCase(phrase, suggestion) }],
            safe: false,
          })),
        });
      }
    }
    return findings;
  },
};

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
