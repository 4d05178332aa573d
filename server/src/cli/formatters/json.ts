// ESLint's JSON shape, which CI tools already read. Lines and columns are 1-based; fix ranges
// are offsets into the file as it was analysed.
import type { Finding, TextEdit } from '../../engine';
import { counts, type FileReport } from '../report';

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(reports.map((report) => {
    const tally = counts(report);
    return {
      filePath: report.filePath,
      messages: [
        ...(report.error ? [{ ruleId: null, severity: 2, fatal: true, message: report.error, line: 1, column: 1 }] : []),
        ...report.findings.map((finding) => toMessage(finding, report.text)),
      ],
      errorCount: tally.errors,
      warningCount: tally.warnings,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  }), null, 2)}\n`;
}

function toMessage(finding: Finding, text: string) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    ...(finding.severity === 'info' ? { severityName: 'info' } : {}),
    message: finding.message,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
    ...(finding.category ? { category: finding.category } : {}),
    suggestions: finding.fixes.map((fix) => ({ desc: fix.title, fix: asOneEdit(fix.edits, text) })),
  };
}

/** ESLint fixes are one range and one text: several edits become one, with the text between them kept. */
function asOneEdit(edits: TextEdit[], text: string): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let replacement = '';
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0) replacement += text.slice(sorted[i - 1]!.end, sorted[i]!.start);
    replacement += sorted[i]!.text;
  }
  return { range: [sorted[0]?.start ?? 0, sorted[sorted.length - 1]?.end ?? 0], text: replacement };
}
