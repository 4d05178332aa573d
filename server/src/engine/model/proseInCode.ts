// Prose that Markdown reads as code: a whole answer written in backticks (`Some intern did this`),
// paragraphs indented by four spaces or a tab under a heading. Writers in a hurry do both, and
// what they wrote there is as much the postmortem as any paragraph: the wording rules read it.
// Commands, paths, logs and configuration stay code.

/** Marks that prose does not use and code, commands, logs and configuration do. */
const CODE_MARKS = /[{}<>;=$|\\`[\]*^~]|--|&&|\(\)|::|=>|^\s*[#$>%]|^\s*[-+]\w|\s-{1,2}\w/;
/**
 * A line as its writer meant it to read: the Markdown they wrote in it (code spans, emphasis,
 * links), which the indentation kept from rendering, is not code.
 */
function withoutMarkdown(line: string): string {
  return line
    .replace(/`[^`]*`/g, 'x')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Words every English sentence leans on: a text without them is a list of names or a command. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'for',
  'with',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'did',
  'not',
  'we',
  'i',
  'it',
  'that',
  'this',
  'by',
  'as',
  'at',
  'from',
  'instead',
  'because',
  'but',
  'has',
  'had',
  'have',
  'will',
  'should',
  'could',
  'would',
  'so',
  'then',
  'after',
  'before',
  'when',
  'our',
  'their',
  'his',
  'her',
  'they',
  'he',
  'she',
  'some',
  'all',
  'no',
  'up',
  'out',
  'what',
  'which',
  'who',
  'there',
  'into',
  'about',
  'if',
  'do',
]);
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** An inline code span that reads as a sentence: it starts with a capital, has four words or more and no code marks. */
export function inlineCodeIsProse(value: string): boolean {
  const text = value.trim();
  if (!/^\p{Lu}/u.test(text) || CODE_MARKS.test(text)) return false;
  const words = text.match(WORD) ?? [];
  if (words.length < 4 || text.split(/\s+/).length < 4) return false;
  // "DROP TABLE users", "GET /api/v1/orders": capitals and paths are code.
  if (words.filter((word) => /^\p{Lu}{2,}$/u.test(word)).length * 2 >= words.length) return false;
  if ((text.match(/\//g) ?? []).length > 1) return false;
  return words.some((word) => FUNCTION_WORDS.has(word.toLowerCase())) || /[.!?]$/.test(text);
}

/**
 * An indented code block that reads as paragraphs: most of its lines are runs of words without
 * code marks, and function words are as frequent as in prose.
 */
export function indentedCodeIsProse(value: string): boolean {
  // An HTML comment among the lines (a linter's directive) is neither code nor prose.
  const lines = value
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  const proseLines = lines.filter(
    (line) => !CODE_MARKS.test(withoutMarkdown(line)) && (line.match(WORD) ?? []).length >= 3 && !/^\s*\d{1,4}[-/:]\d/.test(line),
  );
  if (proseLines.length * 10 < lines.length * 7) return false;
  const words = lines.join(' ').match(WORD) ?? [];
  if (words.length < 12) return false;
  const functionWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
  return functionWords * 100 >= words.length * 15;
}
