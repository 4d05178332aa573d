// parseMarkdown parses each text with only the GFM constructs it may hold (parse.ts). That must
// never change the tree: on text rich in GFM constructs and in near misses of them, it gives
// exactly the tree remark-gfm gives with every construct on.
import fc from 'fast-check';
import type { Root } from 'mdast';
import assert from 'node:assert/strict';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { frontMatterEnd } from '../../server/src/engine/frontMatter';
import { parseMarkdown } from '../../server/src/engine/parse';
import { anyDocument } from './postmortemArbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Math.floor(Math.random() * 2 ** 31) : 20_260_301));

const allOfGfm = unified().use(remarkParse).use(remarkGfm).freeze();
const allOfGfmAndFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** The tree remark-gfm gives, with front matter read as parseMarkdown reads it: only when closed. */
function withAllOfGfm(text: string): Root {
  return (frontMatterEnd(text) === undefined ? allOfGfm : allOfGfmAndFrontMatter).parse(text);
}

/** Pieces of GFM constructs, whole or broken, and of what only looks like them. */
const PIECES = [
  // Tables: pipes, escaped pipes, delimiter cells with and without pipes.
  '|',
  ' | ',
  '||',
  '\\|',
  '`a|b`',
  ':--',
  '--:',
  ':-:',
  '---',
  '-',
  ':',
  ':-)',
  '| --- |',
  '|:-',
  // Strikethrough.
  '~',
  '~~',
  '~~~',
  '~a~',
  '~~a~~',
  '*~a~*',
  // Task list checks and near misses.
  '[ ]',
  '[x]',
  '[X]',
  '[\t]',
  '[',
  ']',
  '[  ]',
  '[y]',
  '[x ]',
  // Footnotes.
  '[^1]',
  '[^a]',
  '[^',
  '^',
  '![^1]',
  '[^1]: ',
  // Literal autolinks: www, http(s), e-mail, and what only looks like them.
  'www.x.com',
  'www.',
  'WWW.Example.ORG/a_(b)',
  'ww.x.com',
  'w',
  'www',
  'http://',
  'https://a.b/c?d',
  'http://a',
  'HTTP://X.Y',
  'htt',
  'ftp://x.y',
  'a@b.co',
  '@mention',
  'x@y',
  'a.b+c@d-e.f.gh',
  'mailto:a@b.co',
  'xmpp:a@b.co/r',
  '@',
  'a@',
  // Character references that decode to what makes a literal autolink in a text node.
  '&#119;ww.x.com',
  'h&#116;tp://a.b',
  '&#x68;ttps://c.d',
  'x&#64;y.com',
  'x&#x40;y.org',
  'x&commat;y.net',
  '&amp;',
  '&#65;',
  // Links, emphasis and the rest, which the constructs above interact with.
  '[a](http://b.c)',
  '[a]',
  '[a][b]',
  '<http://x.y>',
  '*',
  '_',
  '**',
  '`',
  '\\',
  'a',
  'x',
  'the',
  '1.',
  '.',
  '(',
  ')',
];

const GAPS = ['', ' ', ' ', '  ', '\t'];

/** A line's start: list items (some with task checks), quotes, indentation, or nothing. */
const PREFIXES = [
  '',
  '',
  '',
  '- ',
  '* ',
  '1. ',
  '> ',
  '> - ',
  '- [ ] ',
  '- [x] ',
  '* [X] ',
  '- [\t] ',
  '-\t[ ] ',
  '  ',
  '    ',
  '\t',
  '| ',
  '> | ',
];

const inline = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 8 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));

const line = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), inline).map(([prefix, text]) => prefix + text), weight: 8 },
  // Delimiter rows, with pipes or without, and what looks like them.
  {
    arbitrary: fc.constantFrom(
      ':--',
      '--:',
      ':-:',
      ' :- ',
      '-:\t',
      '|---|---|',
      '| --- | :-: |',
      '---',
      '-',
      '- -',
      ':',
      '::',
      ':-:|',
      '> :--',
      '- :-',
    ),
    weight: 2,
  },
  // A check split over two lines: "[" at the end of a list item's line, "]" on the next.
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('- [', '> - [', '1. [', '* a [', '['),
        fc.constantFrom(']', '] a', ']x', '  ] a', '>   ] a', '> ] b', '\t] c', '    ] d'),
      )
      .map(([open, close]) => `${open}\n${close}`),
    weight: 1,
  },
  // Definitions, which parse.ts appends to chunks: footnote and link labels with the characters the tests look for.
  {
    arbitrary: fc.constantFrom('[^1]: a note', '[^a]: www.x.com', '[a]: http://x.y', '[b]: <a@b.co>', '[ x]: x', '[ ]: x', '[x]: y'),
    weight: 1,
  },
  { arbitrary: fc.constant(''), weight: 2 },
);

const frontMatter = fc.constantFrom('', '', '', '---\ntitle: a | b\n---\n', '---\nurl: www.x.com\n---\n', '---\n', '---\n- [ ] a\n');

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n');

/** A short document: optional front matter (closed or not), then lines that all end one way. */
const gfmDocument = fc
  .tuple(frontMatter, fc.array(line, { minLength: 1, maxLength: 8 }), lineEnding)
  .map(([front, lines, ending]) => (front + lines.join('\n')).replace(/\n/g, ending));

describe(`choosing GFM constructs per text (${RUNS} documents, seed ${SEED})`, () => {
  it('gives the tree remark-gfm gives with every construct on', () => {
    fc.assert(
      fc.property(gfmDocument, (text) => {
        assert.deepEqual(parseMarkdown(text), withAllOfGfm(text));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('gives it on postmortem-like documents and random text too', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        assert.deepEqual(parseMarkdown(text), withAllOfGfm(text));
      }),
      { numRuns: RUNS / 4, seed: SEED + 1 },
    );
  });

  /** Texts and what their tree holds. */
  const EXAMPLES: [string, string][] = [
    // micromark-extension-gfm-table takes a one-cell delimiter row with a colon for a table: no pipe anywhere.
    ['a\n:--\n', '"type":"table"'],
    ['a\n--:\nb\n', '"type":"table"'],
    // A check's "]" may be on the next line, after that line's indentation or quote markers.
    ['- [\n  ] a\n', '"checked":false'],
    ['> - [\r\n>   ] a\n', '"checked":false'],
    ['- [\t] a\n', '"checked":false'],
    // Literal autolinks from character references, which only the transform on text nodes finds.
    ['x&#64;y.com and &#119;ww.x.com\n', '"url":"mailto:x@y.com"'],
    ['h&#116;tp://a.b x&commat;y.net\n', '"url":"mailto:x@y.net"'],
    // www and http without any "@": the e-mail form is left out.
    ['See www.example.com, [a](b) www.y.org and http://z.org/a_(b).\n', '"type":"link"'],
    ['Mail a.b+c@d-e.fg or @priya at http://x.y\n', '"type":"link"'],
    ['a ~~b~~ and [^1]\n\n[^1]: note\n', '"type":"delete"'],
    ['---\ntitle: x\n---\n| a |\n| - |\n', '"type":"table"'],
  ];

  it('gives it on examples of each construct and its edge cases', () => {
    for (const [text, holds] of EXAMPLES) {
      const tree = parseMarkdown(text);
      assert.deepEqual(tree, withAllOfGfm(text), JSON.stringify(text));
      assert.ok(JSON.stringify(tree).includes(holds), `${JSON.stringify(text)} holds ${holds}`);
    }
  });
});
