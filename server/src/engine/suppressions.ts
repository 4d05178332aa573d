// Inline control, markdownlint-style, in HTML comments:
//   <!-- postmortem-disable RULE… -->            off from here (all rules when none is named)
//   <!-- postmortem-enable RULE… -->             on again
//   <!-- postmortem-disable-next-line RULE… -->  off for the next line
//   <!-- postmortem-disable-line RULE… -->       off for the comment's own line
// Written here rather than with unified-message-control because that works on mdast node
// ranges and vfile messages, and has no line-based "next line" form, which is what editors insert.
import type { PostmortemModel } from './model';
import type { Finding } from './types';

const DIRECTIVE = /^postmortem-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/s;

interface Directive {
  kind: 'disable' | 'enable';
  line: number;
  /** Empty: every rule. */
  rules: string[];
}

export function applySuppressions(model: PostmortemModel, findings: Finding[]): Finding[] {
  const blocks: Directive[] = [];
  const lines = new Map<number, string[]>(); // line → rules off on it ([] = all)
  for (const comment of model.comments) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
    const startLine = model.lines.point(comment.start).line;
    const endLine = model.lines.point(comment.end).line;
    if (match[1] === 'disable-next-line')
      lines.set(endLine + 1, [...(lines.get(endLine + 1) ?? []), ...rules, ...(rules.length ? [] : ['*'])]);
    else if (match[1] === 'disable-line')
      for (let line = startLine; line <= endLine; line++)
        lines.set(line, [...(lines.get(line) ?? []), ...rules, ...(rules.length ? [] : ['*'])]);
    else blocks.push({ kind: match[1] as Directive['kind'], line: startLine, rules });
  }
  if (blocks.length === 0 && lines.size === 0) return findings;
  return findings.filter((finding) => {
    const line = finding.range.start.line;
    const offOnLine = lines.get(line);
    if (offOnLine && (offOnLine.includes('*') || offOnLine.includes(finding.ruleId))) return false;
    return !offByBlocks(blocks, finding.ruleId, line);
  });
}

/** Replays the disable/enable comments above `line`. */
function offByBlocks(blocks: Directive[], rule: string, line: number): boolean {
  let allOff = false;
  const off = new Set<string>();
  const onDespiteAll = new Set<string>();
  for (const directive of blocks) {
    if (directive.line > line) break;
    if (directive.kind === 'disable') {
      if (directive.rules.length === 0) {
        allOff = true;
        onDespiteAll.clear();
      }
      for (const id of directive.rules) {
        off.add(id);
        onDespiteAll.delete(id);
      }
    } else {
      if (directive.rules.length === 0) {
        allOff = false;
        off.clear();
        onDespiteAll.clear();
      }
      for (const id of directive.rules) {
        off.delete(id);
        if (allOff) onDespiteAll.add(id);
      }
    }
  }
  return off.has(rule) || (allOff && !onDespiteAll.has(rule));
}
