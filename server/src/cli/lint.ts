// One file through the engine: read it whole, analyse it, and with --fix or --fix-dry-run apply
// its safe fixes and analyse the result again.
import { applyEdits, safeFixEdits, type PostmortemAnalyzer } from '../engine';
import { readProblem } from '../node/fileReader';
import { readRegularFile } from '../node/regularFile';
import type { FileReport } from './report';

export interface ReadText {
  text: string;
  /** False when the bytes were not valid UTF-8: the text holds U+FFFD where they were, and writing it back would lose them. */
  whole: boolean;
}

/**
 * The text of a regular file; throws an Error saying why it cannot be read. `maxBytes` refuses a
 * larger file before reading it (the Error's cause is then a FileTooLarge).
 */
export async function readWhole(filePath: string, maxBytes?: number): Promise<ReadText> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(filePath, maxBytes);
  } catch (error) {
    throw new Error(readProblem(error), { cause: error });
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so that a fixed file keeps it too.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), whole: true };
  } catch {
    return { text: bytes.toString('utf8'), whole: false };
  }
}

export function lintText(analyzer: PostmortemAnalyzer, filePath: string, text: string, fix: boolean): FileReport {
  let result = analyzer.analyze(text);
  if (fix) {
    const { text: fixedText, applied } = applyEdits(text, safeFixEdits(result.findings));
    if (applied.length > 0 && fixedText !== text) {
      result = analyzer.analyze(fixedText);
      return {
        filePath,
        text: fixedText,
        output: fixedText,
        findings: result.findings,
        suppressed: result.suppressed,
        fixed: applied.length,
      };
    }
  }
  return { filePath, text, findings: result.findings, suppressed: result.suppressed, fixed: 0 };
}
