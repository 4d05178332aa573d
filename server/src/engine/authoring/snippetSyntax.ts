// Snippet text in the syntax VS Code and LSP share ($1, ${1:default}, ${1|a,b|}). Insertions are
// built as snippets so the editor can put the cursor, and tab stops, where the author types next.

/** Text taken from the document, made literal: `$`, `}` and `\` would otherwise be snippet syntax. */
export function literal(text: string): string {
  return text.replace(/[$}\\]/g, (character) => `\\${character}`);
}

/** `${n:default}`, with the default made literal. */
export function placeholder(index: number, text = ''): string {
  return text ? `\${${index}:${literal(text)}}` : `$${index}`;
}

/** `${n|a,b,c|}`: a tab stop that offers a list of values. */
export function choice(index: number, values: readonly string[]): string {
  return `\${${index}|${values.map((value) => value.replace(/[$}\\,|]/g, (character) => `\\${character}`)).join(',')}|}`;
}

/** A snippet to insert at `[start, end)` of the analysed text (offsets). */
export interface SnippetInsertion {
  start: number;
  end: number;
  snippet: string;
}

/** What an authoring command does: insert, or tell the author in one sentence why it cannot. */
export type AuthoringResult = { insertion: SnippetInsertion } | { problem: string };

/**
 * New lines after the line holding `offset`, inserted at the start of the next line. Editors
 * indent every line of a snippet after the first like the text before the insertion point, so a
 * snippet that starts a line (and ends with its line break) keeps exactly its own indentation.
 */
export function linesAfter(text: string, offset: number, lines: string): SnippetInsertion {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return { start: text.length, end: text.length, snippet: `${eol}${lines}` };
  return { start: newline + 1, end: newline + 1, snippet: `${lines}${eol}` };
}
