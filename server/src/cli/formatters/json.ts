// ESLint's JSON shape (LintResult[]), which CI tools already read: per file the messages with
// 1-based lines and columns, `fix` for the safe fix --fix would apply and `suggestions` for the
// others (ranges are offsets into `output` when there is one, else into `source`), the messages
// inline comments silenced, and the counts. Info findings have severity 1 with
// "severityName": "info" and are counted in `infoCount`, not in `warningCount`.
import type { Finding, TextEdit } from '../../engine';
import { counts, type FileReport } from '../report';

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(reports.map(lintResult), null, 2)}\n`;
}

function lintResult(report: FileReport) {
  const tally = counts(report);
  const messages = [
    ...(report.error ? [{ ruleId: null, severity: 2, fatal: true, message: report.error, line: 1, column: 1 }] : []),
    ...report.findings.map((finding) => lintMessage(finding, report.text)),
  ];
  return {
    filePath: report.filePath,
    messages,
    suppressedMessages: report.suppressed.map((finding) => ({
      ...lintMessage(finding, report.text),
      suppressions: [{ kind: 'directive', justification: '' }],
    })),
    errorCount: tally.errors,
    fatalErrorCount: tally.fatal,
    warningCount: tally.warnings,
    fixableErrorCount: tally.fixableErrors,
    fixableWarningCount: tally.fixableWarnings,
    infoCount: tally.infos,
    ...(report.output !== undefined ? { output: report.output } : messages.length > 0 ? { source: report.text } : {}),
    usedDeprecatedRules: [],
  };
}

function lintMessage(finding: Finding, text: string) {
  const safe = finding.fixes.find((fix) => fix.safe);
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
    ...(safe ? { fix: asOneEdit(safe.edits, text) } : {}),
    suggestions: finding.fixes.filter((fix) => fix !== safe).map((fix) => ({ desc: fix.title, fix: asOneEdit(fix.edits, text) })),
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
