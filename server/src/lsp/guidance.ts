// "Show guidance" on a finding: the rule's explanation as a page of its own, which the client opens
// beside the editor. Written from the finding (its message, explanation and fixes) and its rule.
import type { Finding, Rule } from '../engine';

export function guidanceMarkdown(finding: Finding, rule: Rule | undefined): string {
  const blocks = [`# ${finding.ruleId}`];
  if (rule) blocks.push(`*${escapeMarkdown(rule.description)}*`);
  blocks.push(`> ${escapeMarkdown(finding.message)}`, '## Why it matters', escapeMarkdown(finding.explanation));
  if (rule && rule.explanation !== finding.explanation) blocks.push(escapeMarkdown(rule.explanation));
  const fixes = finding.fixes.map((fix) => `- ${escapeMarkdown(fix.title)}`);
  if (fixes.length > 0) blocks.push('## What the quick fixes offer', fixes.join('\n'));
  blocks.push(`[The ${finding.ruleId} rule in the documentation](${finding.url})`);
  return `${blocks.join('\n\n')}\n`;
}

/** Messages quote the author's words, which may contain Markdown of their own. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}
