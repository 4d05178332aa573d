// Applying fixes to text: the CLI's --fix and the editor's fix-all share this.
import type { Finding, Fix, TextEdit } from './types';

/**
 * A fix that leaves a value for the author to type over, such as "@owner" in an owner cell:
 * editors select `placeholder` (its first occurrence in the fix's one edit) once it is applied,
 * so the author can just type. Front ends without a cursor (the CLI) apply the edit as it is.
 */
export interface PlaceholderFix extends Fix {
  placeholder: string;
}

/** The value a fix leaves for the author to type over, if any. */
export function fixPlaceholder(fix: Fix): string | undefined {
  const placeholder = (fix as Partial<PlaceholderFix>).placeholder;
  return typeof placeholder === 'string' && fix.edits.length === 1 && fix.edits[0]!.text.includes(placeholder) ? placeholder : undefined;
}

/**
 * Applies edits that do not overlap; an edit that overlaps one already taken is skipped (it
 * will be offered again on the next analysis). Inserts at the same offset keep their order.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  let result = '';
  let cursor = 0;
  const applied: TextEdit[] = [];
  for (const { edit } of ordered) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) continue;
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied.push(edit);
  }
  return { text: result + text.slice(cursor), applied };
}

/** The first safe fix of each finding: what `--fix` and `source.fixAll` apply. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  return findings.flatMap((finding) => finding.fixes.find((fix) => fix.safe)?.edits ?? []);
}
