// Human-readable output in the style of ESLint's "stylish": grouped by file, aligned columns.
import { relative } from 'node:path';
import { counts, type FileReport } from '../report';

export function formatStylish(reports: FileReport[], cwd: string, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const report of reports) {
    const tally = counts(report);
    errors += tally.errors;
    warnings += tally.warnings;
    if (report.findings.length === 0 && !report.error) continue;
    lines.push('', paint(4, relative(cwd, report.filePath) || report.filePath));
    if (report.error) lines.push(`  ${paint(31, 'error')}  ${report.error}`);
    for (const finding of report.findings) {
      if (finding.fixes.some((fix) => fix.safe)) fixable++;
      const place = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(8);
      const severity = finding.severity === 'error' ? paint(31, 'error  ') : finding.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info   ');
      lines.push(`  ${paint(2, place)}${severity}  ${finding.message}  ${paint(2, finding.ruleId)}`);
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    lines.push('', paint(errors > 0 ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`));
    if (fixable > 0) lines.push(`  ${fixable} can be fixed with the --fix option.`);
  }
  const fixed = reports.reduce((sum, report) => sum + report.fixed, 0);
  if (fixed > 0) lines.push(`  ${fixed} fix${fixed === 1 ? '' : 'es'} applied.`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
