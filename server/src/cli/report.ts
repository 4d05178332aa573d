// What the CLI found in one file, in the terms every formatter needs.
import type { Finding } from '../engine';

export interface FileReport {
  filePath: string;
  /** The text the findings refer to (after --fix, the fixed text). */
  text: string;
  findings: Finding[];
  /** Set when the file could not be read or analysed. */
  error?: string;
  /** How many safe fixes --fix applied. */
  fixed: number;
}

export function counts(report: FileReport): { errors: number; warnings: number } {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length + (report.error ? 1 : 0);
  return { errors, warnings: report.findings.length - errors + (report.error ? 1 : 0) };
}
