// Incremental parsing must give exactly the tree a whole-document parse gives.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisInterrupted } from '../../server/src/engine/interruption';
import { splitIntoChunks } from '../../server/src/engine/chunking';
import { IncrementalParser, openingOf, parseMarkdown } from '../../server/src/engine/parse';
import { CORPUS } from './corpus.test';

const FIXTURES = join(__dirname, '..', 'fixtures');

function documents(): { name: string; text: string }[] {
  const folders = [join(FIXTURES, 'rules'), join(FIXTURES, 'sample-workspace', 'postmortems'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.md'))
      .map((file) => ({ name: file, text: readFileSync(join(folder, file), 'utf8') })),
  );
}

const TRICKY = [
  '# A\n\n```\n# not a heading\n\ntext\n```\n\n# B\n\nParagraph.\n',
  '<div>\n# inside html\n</div>\n\n# Real\n',
  '<!--\n\n# commented out\n\n-->\n# After\n',
  '- item\n\n  ```\n  # code in a list\n\n  ```\n# Heading\n',
  '> quote\n\n> another\n\nText\n# H\n',
  '---\ntitle: x\n---\n# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNext\n',
  'Title\n=====\n\nPara\n\nOther\n-----\n',
  'See [the docs][docs] and [^1].\n\n# Later\n\n[docs]: https://example.com "Docs"\n[^1]: A footnote.\n',
  'A [split] and [titled] reference.\n\n# Later\n\n[split]:\n  https://example.com/split\n[titled]: https://example.com\n  "On the next line"\n',
];

describe('incremental parsing', () => {
  it('equals a whole parse on every fixture, the corpus, tricky cases and a long document', () => {
    const parser = new IncrementalParser();
    const long = documents()
      .map((doc) => doc.text)
      .join('\n\n');
    const cases = [
      ...documents(),
      ...TRICKY.map((text, index) => ({ name: `tricky ${index}`, text: text.repeat(20) })),
      { name: 'long', text: long },
    ];
    for (const { name, text } of cases) {
      assert.deepEqual(parser.parse(text), parseMarkdown(text), name);
    }
    assert.ok(splitIntoChunks(long).length > 10, 'a long document is cut into many chunks');
  });

  it('equals a whole parse after edits anywhere in the document', () => {
    const parser = new IncrementalParser();
    let text = documents()
      .slice(0, 20)
      .map((doc) => doc.text)
      .join('\n\n');
    for (let step = 0; step < 12; step++) {
      const at = Math.floor((text.length * step) / 12);
      text = step % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : `${text.slice(0, at)}\n\n# Inserted ${step}\n\n${text.slice(at)}`;
      assert.deepEqual(parser.parse(text), parseMarkdown(text), `after edit ${step}`);
    }
  });
});

describe('incremental parsing of definitions and fences in containers', () => {
  const filler = 'Text.\n\n'.repeat(15);
  const assertAsWhole = (text: string) => {
    assert.deepEqual(new IncrementalParser().parse(text), parseMarkdown(text), JSON.stringify(text));
  };

  it('takes only real definitions to every chunk: none from code, front matter, HTML or a paragraph, and those in quotes and lists', () => {
    // A "[^1]: …" line in a fenced code block made [^1] in another chunk a footnote reference.
    assertAsWhole(`See [^1] here.\n\n${filler}\`\`\`\n[^1]: a footnote\n\`\`\`\n\nEnd.\n`);
    assertAsWhole(`---\n[x]: http://a\n---\nSee [x].\n\n${filler}<!--\n[y]: http://b\n-->\n\nSee [y].\n\nText\n[z]: http://c\n`);
    assertAsWhole(`See [x], [y] and [^q].\n\n${filler}> [x]: http://a\n\n- [y]: http://b\n\n> [^q]: quoted\n`);
    // Appended one line after another, the footnote's text took in the link definition.
    assertAsWhole(`See [ref].\n\n${filler}[^1]: a footnote\n\n[ref]: https://example.com`);
  });

  it('takes to each chunk the definitions its references use, however the references write the label', () => {
    const defined =
      '[Runbook  Page]: https://example.com/runbook\n\n[Straße]: https://example.com/s\n\n[^Long Note]: a footnote\n\n[Gross]: https://example.com/g\n\n[Unused]: https://example.com/u';
    for (const reference of [
      'See the [RUNBOOK page][].',
      '> See the [runbook\n> page] first.',
      '- the [runbook\n  Page][] and [this][runbook page]',
      '> > quoted [runbook\n> > page]',
      'See [STRASSE] and [strasse].',
      'See [groß].',
      'As noted[^long note].',
      '> noted[^LONG\n> NOTE]',
      'None of them: [runbook] [page] [^long].',
    ]) {
      assertAsWhole(`${defined}\n\n${filler}# Later\n\n${reference}\n`);
      assertAsWhole(`${reference}\n\n${filler}# Later\n\n${defined}\n`);
    }
  });

  it('resolves references in a last chunk that ends in an open fence', () => {
    // The definitions were appended to every chunk but that one, where the fence would swallow them.
    assertAsWhole(`[x]: http://a\n\n${filler}See [x].\n\n\`\`\`\ncode\n`);
  });

  it('ends a fence in a quote or list item where the quote or item ends', () => {
    // The chunker took the second fence line for the first one's close; the quote had closed it,
    // and the line opens a fence of its own.
    assertAsWhole(`> \`\`\`\n\n\`\`\`\n\n${filler}`);
    assertAsWhole(`- \`\`\`\n  code\n\`\`\`\n\n${filler}\`\`\`\n`);
    assertAsWhole(`1. Run:\n   \`\`\`\nlog\n   \`\`\`\n\n${filler}`);
    const closed = `> \`\`\`\n> code\n> \`\`\`\n\n${filler}- \`\`\`\n  code\n  \`\`\`\n\n${filler}End.\n`;
    assertAsWhole(closed);
    // Cut as the same lines without fences are: the chunker is sure of where each fence ended.
    const unfenced = `> quote\n> code\n> quote\n\n${filler}- item\n  code\n  item\n\n${filler}End.\n`;
    assert.ok(splitIntoChunks(unfenced).length > 2);
    assert.deepEqual(
      splitIntoChunks(closed).map((chunk) => chunk.lines),
      splitIntoChunks(unfenced).map((chunk) => chunk.lines),
      'fences closed in their quote or item leave the text after them to cut',
    );
  });

  it('keeps the cuts before a block it cannot end, and makes the rest one last chunk', () => {
    // A writer typing under a fence left open in a quote at the end of a long document: the
    // chunker cannot tell where the fence ends, and made the whole document one chunk, parsed on
    // every keystroke.
    for (const ending of ['>    ```\n replica lag', '- item\n  <div>\n  ```\ncode\n']) {
      const text = `${filler}# Later\n\n${filler}${ending}`;
      assertAsWhole(text);
      const chunks = splitIntoChunks(text);
      assert.ok(chunks.length >= 2, JSON.stringify(ending));
      assert.deepEqual(
        chunks.map((chunk) => chunk.openAtEnd),
        chunks.map((_, index) => index === chunks.length - 1),
      );
      assert.equal(chunks.at(-1)!.end, text.length);
    }
  });
});

describe('what the incremental parser keeps', () => {
  const texts = documents().map((doc) => doc.text);
  const first = texts.slice(0, 10).join('\n\n');
  const second = texts.slice(10, 20).join('\n\n# Second\n\n');
  const kept = (...versions: string[]) => {
    const parser = new IncrementalParser();
    versions.forEach((text, index) => parser.parse(text, { document: String(index) }));
    return parser.keptChunks;
  };
  /** Thirty versions of a text, one character typed at a different place in each. */
  const edits = (text: string) =>
    Array.from({ length: 30 }, (_, step) => Math.floor((text.length * ((step * 7_919) % 1_000)) / 1_000))
      .reduce<string[]>((versions, at) => [...versions, `${versions.at(-1)!.slice(0, at)}x${versions.at(-1)!.slice(at)}`], [text])
      .slice(1);

  it("keeps the chunks of each document's latest version, however many versions came before", () => {
    const parser = new IncrementalParser();
    const versions = edits(first);
    for (const version of versions) parser.parse(version, { document: 'a' });
    assert.ok(parser.keptChunks > 10);
    assert.equal(parser.keptChunks, kept(versions.at(-1)!));
  });

  it("keeps every open document's chunks while another is edited, and drops a forgotten one's", () => {
    const parser = new IncrementalParser();
    parser.parse(first, { document: 'a' });
    const versions = edits(second);
    for (const version of versions) parser.parse(version, { document: 'b' });
    assert.equal(parser.keptChunks, kept(first, versions.at(-1)!));
    parser.forget('a');
    assert.equal(parser.keptChunks, kept(versions.at(-1)!));
    parser.forget('b');
    assert.equal(parser.keptChunks, 0);
  });

  it('keeps the chunks of an interrupted parse while other documents are parsed, until it is finished', () => {
    const parser = new IncrementalParser();
    let checkpoints = 0;
    assert.throws(() => parser.parse(first, { document: 'a', shouldStop: () => ++checkpoints === 3 }), AnalysisInterrupted);
    parser.parse(second, { document: 'b' });
    assert.equal(parser.keptChunks, kept(second) + 3, 'the three chunks parsed before the interruption');
    assert.deepEqual(parser.parse(first, { document: 'a' }), parseMarkdown(first));
    assert.equal(parser.keptChunks, kept(first, second));
  });
});

describe('moving chunks where they are', () => {
  const text = documents()
    .slice(0, 12)
    .map((doc) => doc.text)
    .join('\n\n');
  const typedAtStart = `x${text}`;

  it("moves a chunk typed above in place only when no other tree holds it: another document's tree stays as parsed", () => {
    const parser = new IncrementalParser();
    const other = parser.parse(text, { document: 'other' });
    const snapshot = structuredClone(other);
    parser.parse(text, { document: 'edited' });
    assert.deepEqual(parser.parse(typedAtStart, { document: 'edited' }), parseMarkdown(typedAtStart));
    assert.deepEqual(other, snapshot, 'the chunks both documents share were copied, not moved');
  });

  it("keeps an interrupted parse's chunks where they were placed, and finishes it as a whole parse does", () => {
    const parser = new IncrementalParser();
    parser.parse(text, { document: 'a' });
    let checkpoints = 0;
    // Typed at the start: every chunk moves, and the interruption comes after three of them were placed anew.
    assert.throws(() => parser.parse(typedAtStart, { document: 'a', shouldStop: () => ++checkpoints === 3 }), AnalysisInterrupted);
    const typedTwice = `xx${text}`;
    assert.deepEqual(parser.parse(typedTwice, { document: 'a' }), parseMarkdown(typedTwice));
    assert.deepEqual(parser.parse(typedAtStart, { document: 'a' }), parseMarkdown(typedAtStart));
  });
});

describe("a long document's opening", () => {
  const filler = 'The error rate rose at 14:02 UTC and paged the on-call engineer.\n\n'.repeat(40);
  // The opening's first block: "[runbook]" as a link or as text, as in the whole document.
  const firstBlockOf = (text: string) => {
    const opening = openingOf(text, 200);
    assert.ok(opening, 'the document has an opening');
    return parseMarkdown(opening.text).children[0];
  };

  it('resolves its references with the definitions the rest of the document has, none from code or HTML', () => {
    for (const rest of [
      '[runbook]: https://runbook.example.com\n',
      '```text\n[runbook]: https://pasted.example.com\n```\n',
      '~~~~\n[runbook]: https://pasted.example.com\n~~~\nstill code\n~~~~\n',
      '<!--\n[runbook]: https://commented.example.com\n-->\n',
      '<details>\n[runbook]: https://html.example.com\n</details>\n',
      '```\ncode\n```\n\n[runbook]: https://runbook.example.com\n',
      '> ~~~\n> code\n~~~\n[runbook]: https://pasted.example.com\n~~~\n\n> [runbook]: https://runbook.example.com\n',
      '- Links:\n\n  [runbook]: https://runbook.example.com\n',
      '1. [runbook]: https://runbook.example.com\n',
      '> ```\n> [runbook]: https://pasted.example.com\n> ```\n',
    ]) {
      const text = `Follow the [runbook] for the checkout service.\n\n${filler}${rest}`;
      assert.deepEqual(firstBlockOf(text), parseMarkdown(text).children[0], JSON.stringify(rest));
    }
  });

  it('is none where lines end in a lone carriage return, which the chunker does not read as a line end', () => {
    const text = `Follow the [runbook].\n\n${filler}`;
    assert.ok(openingOf(text, 200));
    assert.equal(openingOf(text.replace('\n\n', '\r\r'), 200), undefined);
  });
});

describe('byte-order mark', () => {
  it('keeps offsets, lines and columns those of the text as given', () => {
    const text = '\uFEFF---\ntitle: x\n---\n# Title\n\nText here.\n';
    const tree = new IncrementalParser().parse(text);
    const [yaml, heading, paragraph] = tree.children;
    assert.equal(text.slice(yaml!.position!.start.offset, yaml!.position!.end.offset), '---\ntitle: x\n---');
    assert.equal(yaml!.position!.start.column, 2);
    assert.equal(text.slice(heading!.position!.start.offset, heading!.position!.end.offset), '# Title');
    assert.equal(text.slice(paragraph!.position!.start.offset, paragraph!.position!.end.offset), 'Text here.');
    assert.equal(paragraph!.position!.start.column, 1);
  });
});
