// What the CLI found in one file, in the terms every formatter needs.
import type { Finding } from '../engine';

export interface FileReport {
  /** Platform path, or "<text>" for standard input without --stdin-filename. */
  filePath: string;
  /** The text the findings refer to: after --fix or --fix-dry-run, the fixed text. */
  text: string;
  /** The fixed text, when --fix or --fix-dry-run changed something. */
  output?: string;
  findings: Finding[];
  /** Findings silenced by inline comments. */
  suppressed: Finding[];
  /** Set when the file could not be read, or could not be fixed: a fatal error. */
  error?: string;
  /** How many safe fixes --fix or --fix-dry-run applied. */
  fixed: number;
}

export interface Tally {
  errors: number;
  fatal: number;
  /** Warnings only: info findings are neither errors nor warnings, and --max-warnings does not count them. */
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export const hasSafeFix = (finding: Finding): boolean => finding.fixes.some((fix) => fix.safe);

export function counts(report: FileReport): Tally {
  const fatal = report.error ? 1 : 0;
  const tally: Tally = { errors: fatal, fatal, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const finding of report.findings) {
    if (finding.severity === 'error') {
      tally.errors++;
      if (hasSafeFix(finding)) tally.fixableErrors++;
    } else if (finding.severity === 'warning') {
      tally.warnings++;
      if (hasSafeFix(finding)) tally.fixableWarnings++;
    } else tally.infos++;
  }
  return tally;
}

export function total(reports: FileReport[]): Tally {
  const sum: Tally = { errors: 0, fatal: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const tally of reports.map(counts)) for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += tally[key];
  return sum;
}
