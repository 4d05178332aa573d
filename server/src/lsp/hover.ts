// Hover on a finding: why it matters (the finding's explanation), the suggested rewrites, and a
// link to the rule's documentation. Read from the cached analysis. Not the message: VS Code shows
// the diagnostic's own message in the same hover, just above.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { toLspRange, type Finding } from '../engine';
import type { DocumentAnalysis } from './documentAnalyses';
import { escapeMarkdown } from './guidance';

export function hover(analysis: DocumentAnalysis, position: Position): Hover | null {
  const result = analysis.result;
  if (!result) return null;
  const offset = result.model.lines.offsetAt(position);
  const findings = result.findings.filter((finding) => finding.range.start.offset <= offset && offset <= finding.range.end.offset);
  if (findings.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: findings.map(describe).join('\n\n---\n\n') },
    range: toLspRange(findings[0]!.range),
  };
}

function describe(finding: Finding): string {
  const parts = [escapeMarkdown(finding.explanation)];
  if (finding.fixes.length > 0) {
    parts.push(`Suggestions:\n${finding.fixes.map((fix) => `- ${escapeMarkdown(fix.title)}`).join('\n')}`);
  }
  parts.push(`[${finding.ruleId}](${finding.url}) · postmortem`);
  return parts.join('\n\n');
}
