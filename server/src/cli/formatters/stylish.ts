// Human-readable output in the style of ESLint's "stylish": grouped by file, aligned columns.
import { relative } from 'node:path';
import { hasSafeFix, total, type FileReport } from '../report';

export function formatStylish(reports: FileReport[], cwd: string, color: boolean, dryRun = false): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;
  const lines: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0 && !report.error) continue;
    lines.push('', paint(4, relative(cwd, report.filePath) || report.filePath));
    if (report.error) lines.push(`  ${paint(2, '0:0'.padEnd(8))}${paint(31, 'error  ')}  ${report.error}`);
    for (const finding of report.findings) {
      const place = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(8);
      const severity =
        finding.severity === 'error' ? paint(31, 'error  ') : finding.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info   ');
      lines.push(`  ${paint(2, place)}${severity}  ${finding.message}  ${paint(2, finding.ruleId)}`);
    }
  }
  const sum = total(reports);
  const problems = sum.errors + sum.warnings + sum.infos;
  if (problems > 0) {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(sum.errors, 'error')}, ${plural(sum.warnings, 'warning')}, ${plural(sum.infos, 'info', 'infos')})`;
    lines.push('', paint(sum.errors > 0 ? 31 : sum.warnings > 0 ? 33 : 36, summary));
    const fixable = reports.reduce((count, report) => count + report.findings.filter(hasSafeFix).length, 0);
    if (fixable > 0) lines.push(`  ${fixable} of them can be fixed with the --fix option.`);
  }
  const fixed = reports.reduce((sum, report) => sum + report.fixed, 0);
  if (fixed > 0)
    lines.push(`  ${plural(fixed, 'fix', 'fixes')} ${dryRun ? 'would be applied (--fix-dry-run: no file written)' : 'applied'}.`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
