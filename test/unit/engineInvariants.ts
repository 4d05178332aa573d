// What must hold for every analysis of every document, written independently of the engine's
// own position and edit code so that a bug there cannot hide itself. Shared by the property
// tests (on generated documents) and the regression tests (on the inputs they shrank to).
import assert from 'node:assert/strict';
import {
  applyEdits,
  safeFixEdits,
  type AnalysisResult,
  type Finding,
  type Fix,
  type PostmortemAnalyzer,
  type TextEdit,
} from '../../server/src/engine';

/** 1-based line and column of a UTF-16 offset; a line ends at "\r\n", "\n" or a lone "\r". */
export function expectedPoint(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** An offset between the halves of "\r\n" or of a surrogate pair is no place an editor can show. */
function splitsAPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

function describe(finding: Finding): string {
  return `${finding.ruleId} at ${finding.range.start.offset}-${finding.range.end.offset} ("${finding.message.slice(0, 60)}")`;
}

/** Every range inside the document, ordered, with line and column matching its offset; every fix edit inside it too. */
export function assertWellFormed(text: string, findings: Finding[]): void {
  for (const finding of findings) {
    const { start, end } = finding.range;
    assert.ok(Number.isInteger(start.offset) && Number.isInteger(end.offset), `${describe(finding)}: offsets are integers`);
    assert.ok(start.offset >= 0 && end.offset <= text.length, `${describe(finding)}: range inside the document of ${text.length}`);
    assert.ok(start.offset <= end.offset, `${describe(finding)}: start ≤ end`);
    for (const point of [start, end]) {
      assert.deepEqual(
        { line: point.line, column: point.column },
        expectedPoint(text, point.offset),
        `${describe(finding)}: line/column of offset ${point.offset}`,
      );
      assert.ok(!splitsAPair(text, point.offset), `${describe(finding)}: offset ${point.offset} splits a CRLF or surrogate pair`);
    }
    for (const fix of finding.fixes) {
      assert.ok(fix.edits.length > 0, `${describe(finding)}: fix "${fix.title}" has no edits`);
      for (const edit of fix.edits) {
        assert.ok(
          Number.isInteger(edit.start) && Number.isInteger(edit.end),
          `${describe(finding)}: fix "${fix.title}" has integer offsets`,
        );
        assert.ok(
          edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length,
          `${describe(finding)}: fix "${fix.title}" edit ${edit.start}-${edit.end} inside the document of ${text.length}`,
        );
        assert.ok(
          !splitsAPair(text, edit.start) && !splitsAPair(text, edit.end),
          `${describe(finding)}: fix "${fix.title}" edit ${edit.start}-${edit.end} splits a CRLF or surrogate pair`,
        );
      }
    }
  }
}

/** The edits spliced in by hand, refusing overlaps: what applying them must give. */
export function splice(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    assert.ok(edit.start >= cursor, `edits ${JSON.stringify(sorted)} overlap`);
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** Applying one fix applies all its edits, changes the text, and leaves everything outside its edits byte for byte. */
export function assertFixChangesOnlyItsRange(text: string, finding: Finding, fix: Fix): void {
  const { text: fixed, applied } = applyEdits(text, fix.edits);
  assert.equal(applied.length, fix.edits.length, `${describe(finding)}: fix "${fix.title}" applies all its edits`);
  assert.equal(fixed, splice(text, fix.edits), `${describe(finding)}: fix "${fix.title}" changes only its ranges`);
  assert.notEqual(fixed, text, `${describe(finding)}: fix "${fix.title}" changes something`);
}

/** Letters and digits, lower-cased: the words of a text without spacing, punctuation or case. */
function wordCharacters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/**
 * `--fix` and fix-all: applying every safe fix keeps the text outside the edits, removes no word
 * outside the findings the fixes belong to, and leaves nothing for a second pass.
 */
export function assertSafeFixesSettle(analyzer: PostmortemAnalyzer, text: string, result: AnalysisResult = analyzer.analyze(text)): string {
  const edits = safeFixEdits(result.findings);
  const { text: fixed, applied } = applyEdits(text, edits);
  assert.equal(applied.length, edits.length, `the safe edits ${JSON.stringify(edits)} do not overlap, so one pass applies them all`);
  assert.equal(fixed, splice(text, applied), 'text outside the safe edits is unchanged');
  const removed = applied.reduce((sum, edit) => sum + edit.end - edit.start, 0);
  assert.ok(fixed.length >= text.length - removed, 'the text is not shortened by more than the removed ranges');
  for (const finding of result.findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    for (const edit of fix.edits) {
      // What the edit removes beyond its finding's own words must come back in what it inserts.
      const outside =
        text.slice(edit.start, Math.max(edit.start, Math.min(edit.end, finding.range.start.offset))) +
        text.slice(Math.min(edit.end, Math.max(edit.start, finding.range.end.offset)), edit.end);
      assert.ok(
        wordCharacters(edit.text).includes(wordCharacters(outside)),
        `${describe(finding)}: safe fix "${fix.title}" removes "${outside}" outside its finding`,
      );
    }
  }
  const again = analyzer.analyze(fixed);
  assertWellFormed(fixed, again.findings);
  // A fix may complete a profile line ("profile: pagerduty obviously" → "profile: pagerduty"):
  // another profile requires other sections, which the first pass could not know about.
  const sameProfile = again.profile.id === result.profile.id;
  const remaining = again.findings.filter((finding) => sameProfile || finding.ruleId !== 'missing-section');
  assert.deepEqual(
    safeFixEdits(remaining),
    [],
    `after the safe fixes, a second pass finds no more (fixed text: ${JSON.stringify(fixed.slice(0, 300))})`,
  );
  return fixed;
}
