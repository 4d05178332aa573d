// Where front matter ends, for the parser (parse.ts) and the chunker (chunking.ts) alike. As
// micromark-extension-frontmatter reads it: a first line "---" (after a byte-order mark, which
// micromark drops) and the next line that is "---", each with only spaces or tabs after it.
const FRONT_MATTER_OPEN = /^\ufeff?---[ \t]*(\r\n|\r|\n)/;
const FRONT_MATTER_CLOSE = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;

/** The offset just past the line that closes the text's front matter, or undefined if it has none. */
export function frontMatterEnd(text: string): number | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  // Search from the opening line's own line ending: the closing line may be the very next one.
  FRONT_MATTER_CLOSE.lastIndex = open[0].length - open[1]!.length;
  const close = FRONT_MATTER_CLOSE.exec(text);
  return close ? close.index + close[0].length : undefined;
}
