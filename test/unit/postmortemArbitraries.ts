// fast-check generators of Markdown documents for the engine's property tests: postmortem-like
// pieces (sections, blaming and neutral prose, action-item and timeline tables, task lists,
// suppression comments, front matter, code fences) mixed with the junk real files contain
// (CRLF and CR line endings, a BOM, unbalanced markup, astral and combining characters, NUL),
// plus fully random strings. Every piece is built from arrays, so fast-check shrinks a failing
// document block by block and character by character.
import fc from 'fast-check';

const SECTION_NAMES = [
  'Summary',
  'Impact',
  'Timeline',
  'Timeline (UTC)',
  'Timeline (all times PST)',
  'Root Causes',
  'Root cause',
  'Contributing Factors',
  'Trigger',
  'Resolution',
  'Detection',
  'Action Items',
  'Follow-ups',
  'Corrective Actions',
  'Lessons Learned',
  'What went well',
  'Supporting Information',
  '1. Summary',
  '2.3 Impact',
  'IV. Timeline',
  '🔥 Impact',
  'Action items for Q3',
  'Postmortem: checkout outage',
  'Incident report',
  'Appendix',
  'TODO',
  '',
];

const NEUTRAL = [
  'The queue filled up at 14:02 UTC.',
  'Alice rolled back the release.',
  'The deploy caused the outage.',
  'We should add alerting on queue depth.',
  'The disk failed to mount on two nodes.',
  'Nobody was at fault.',
  'Git blame showed the line came from a 2019 refactor.',
  'The fix had just been merged when the alert fired.',
  'Lazy loading doubled the cold-start time.',
  'Orders were delayed for 20 minutes.',
  'The extension should have been `.php`.',
  'See [the dashboard](https://grafana.example.com/d/abc) and <https://example.com/issues/12>.',
  'Error budget: 0.1%.',
  'Date: 2024-03-12',
  '**Status:** resolved',
  'Severity: SEV2',
  'Owner: @priya',
  'profile: pagerduty',
  'Status page: www.example.com/status_page_(v2)_ and https://status.example.com/a*b*.',
  'Mail oncall@example.com or xmpp:ops@example.com.',
];

const BLAMING = [
  'The outage was caused by human error.',
  'Bob should have checked the config.',
  'Obviously, the config was wrong.',
  'He just pushed to main.',
  'The on-call engineer carelessly ignored the alert.',
  'If only the operator had looked.',
  'Tom caused the outage.',
  'The root cause was Dave running the migration.',
  'It was obviously broken.',
  'Clearly the dashboard showed it.',
  'She simply ignored the warning.',
  'The guys turned a blind eye to the master branch.',
  'Priya failed to notice the alert.',
  'They were asleep at the wheel.',
  'A sloppy, incompetent change.',
  'obviously',
  'Obviously',
  'Obviously,obviously just just pushed.',
  'Dave fat-fingered the command.',
  'It was caused by a new intern.',
];

const PLACEHOLDERS = [
  'TODO',
  'TBD',
  'TBC',
  'FIXME',
  'XXX',
  'YYYY-MM-DD',
  'HH:MM',
  '???',
  '[Incident title]',
  '[describe the impact]',
  '<insert link>',
  'lorem ipsum',
];

const JUNK = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\ufffd',
  '\uffff',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u00a0',
  '\u2028',
  '\u2029',
  '🔥',
  '👩‍💻',
  '🇺🇸',
  '𝒳',
  '𠜎',
  'e\u0301',
  'a\u0308\u0323',
  '\u05e9\u05dc\u05d5\u05dd',
  '\u202e',
  '\t',
  '\v',
  '\f',
  '\ud83d',
  '\ude00', // lone surrogates: an editor buffer can hold them even if a UTF-8 file cannot
];

const MARKUP = [
  '**',
  '__',
  '*',
  '_',
  '`',
  '``',
  '~~',
  '[',
  ']',
  '](',
  '(',
  ')',
  '<',
  '>',
  '|',
  '\\',
  '![',
  '&amp;',
  '&#0;',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '#',
  '> ',
  '- ',
  '1. ',
  '[^1]',
  '$$',
];

const word = fc.constantFrom(
  'the',
  'queue',
  'deploy',
  'Bob',
  'Alice',
  'obviously',
  'just',
  'simply',
  'clearly',
  'human',
  'error',
  'should',
  'have',
  'checked',
  'owner',
  '@alice',
  'OPS-123',
  '#42',
  '14:05',
  '2024-03-12',
  'UTC',
  'master',
  'guys',
  'blame',
  'TODO',
  'x',
);

/** A few characters of junk, markup or unicode. */
const noise = fc.oneof(fc.constantFrom(...JUNK), fc.constantFrom(...MARKUP), fc.string({ unit: 'binary', maxLength: 3 }));

/** An inline run: words, sentences, placeholders and noise, as one line of text (no line break). */
const inline: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: word, weight: 6 },
        { arbitrary: fc.constantFrom(...NEUTRAL), weight: 3 },
        { arbitrary: fc.constantFrom(...BLAMING), weight: 3 },
        { arbitrary: fc.constantFrom(...PLACEHOLDERS), weight: 1 },
        { arbitrary: noise, weight: 2 },
        { arbitrary: fc.tuple(fc.constantFrom(...MARKUP), word).map(([mark, text]) => `${mark}${text}${mark}`), weight: 1 },
      ),
      fc.constantFrom(' ', ' ', '', '  ', ', ', '. '),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) =>
    parts
      .map(([part, gap]) => part + gap)
      .join('')
      .replace(/\r\n|\r|\n/g, ' '),
  );

const sectionTitle = fc.oneof({ arbitrary: fc.constantFrom(...SECTION_NAMES), weight: 4 }, { arbitrary: inline, weight: 1 });

const atxHeading = fc
  .tuple(
    fc.constantFrom('', ' ', '   '),
    fc.integer({ min: 1, max: 7 }),
    fc.constantFrom(' ', '  ', '\t', ''),
    sectionTitle,
    fc.constantFrom('', ' #', ' ##', ' #  '),
  )
  .map(([indent, level, gap, title, closing]) => `${indent}${'#'.repeat(level)}${gap}${title}${closing}`);

const setextHeading = fc
  .tuple(sectionTitle, fc.constantFrom('=', '-'), fc.integer({ min: 1, max: 8 }))
  .map(([title, mark, n]) => `${title}\n${mark.repeat(n)}`);

const paragraph = fc.array(inline, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n'));

const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'TBD',
    '?',
    '-',
    'n/a',
    '@priya',
    'Owner: team',
    'OPS-9',
    '2024-07-01',
    'prevent',
    '14:05',
    '09:30 UTC',
    '25:99',
    '`code`',
    'a \\| b',
  ),
  inline,
);

/** A GFM table with a header that names action-item or timeline columns, ragged rows and empty cells. */
const table = fc
  .tuple(
    fc.array(fc.constantFrom('Action Item', 'Owner', 'Due', 'Bug', 'Type', 'Time (UTC)', 'Event', 'Who', 'Status', '', 'Notes'), {
      minLength: 1,
      maxLength: 5,
    }),
    fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 5 }),
    fc.boolean(),
    fc.constantFrom('|---', '| --- ', '|:--:', '|-', '| :- '),
  )
  .map(([header, rows, outerPipes, delimiter]) => {
    const row = (cells: string[]) => (outerPipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    return [row(header), `${delimiter.repeat(header.length)}${outerPipes ? '|' : ''}`, ...rows.map(row)].join('\n');
  });

const listMarker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '* [X] ', '-', '10. ');

/** Lists nested up to three levels, with task boxes and owners written in the item. */
const list: fc.Arbitrary<string> = fc.letrec<{ list: string }>((tie) => ({
  list: fc
    .array(
      fc.tuple(
        listMarker,
        fc.oneof(
          inline,
          fc.constantFrom('Add a canary stage (owner: @wei, due 2024-07-01)', '14:05 Paged the on-call', 'Fix it @bob OPS-12'),
        ),
        fc.oneof({ depthSize: 'small' }, { arbitrary: fc.constant(null), weight: 3 }, { arbitrary: tie('list'), weight: 1 }),
        fc.constantFrom('  ', '    ', '   ', '\t'),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((items) =>
      items
        .map(
          ([marker, text, nested, indent]) =>
            `${marker}${text}${
              nested
                ? `\n${nested
                    .split('\n')
                    .map((line) => indent + line)
                    .join('\n')}`
                : ''
            }`,
        )
        .join('\n'),
    ),
})).list;

const RULE_IDS = [
  'blaming-language',
  'inclusive-language',
  'placeholder-text',
  'empty-section',
  'missing-section',
  'action-item-owner',
  'timeline-order',
  'no-such-rule',
];

const htmlBlock = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-next-line ', 'disablex'),
      fc.subarray(RULE_IDS, { maxLength: 3 }),
      fc.constantFrom(' ', ', ', '  '),
    )
    .map(([directive, rules, sep]) => `<!-- postmortem-${directive}${rules.length ? ' ' + rules.join(sep) : ''} -->`),
  fc.constantFrom(
    '<!-- a comment -->',
    '<!--\nmulti-line\ncomment\n-->',
    '<!-- unclosed',
    '<details>\n<summary>More</summary>\n\nBob should have checked.\n\n</details>',
    '<div align="center">',
    '</div>',
    '<br>',
    '<img src="x.png">',
    '<?php echo 1; ?>',
    '<![CDATA[ x ]]>',
    '<!DOCTYPE html>',
  ),
  inline.map((text) => `<p>${text}</p>`),
);

const frontMatter = fc.oneof(
  fc.constantFrom(
    '---\ntitle: Checkout outage\nprofile: pagerduty\ndate: 2024-03-12\n---',
    '---\nprofile: google-sre\ntype: postmortem\n---',
    '---\ntemplate: Atlassian \n---',
    '---\nprofile: [unclosed\n---',
    '---\n: : :\n\t- bad\n---',
    '---\nfoo: "unterminated\n---',
    '---\n---',
    '---\nprofile: minimal',
    '---\nauthors: [a, b]\nseverity: {level: 2}\nprofile: 42\n---',
    '+++\ntitle = "toml"\n+++',
  ),
  fc.array(inline, { maxLength: 3 }).map((lines) => `---\n${lines.join('\n')}\n---`),
);

const codeFence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '```markdown', '``` js', '~~~~text'),
    fc.array(fc.oneof(inline, atxHeading), { maxLength: 3 }),
    fc.constantFrom('```', '~~~', '````', '', '  ```', '``'),
  )
  .map(([open, body, close]) => [open, ...body, ...(close ? [close] : [])].join('\n'));

const indentedCode = inline.map((text) => `    ${text}`);
const blockquote = paragraph.map((text) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n'),
);
const longLine = fc
  .tuple(fc.oneof(word, fc.constantFrom(...BLAMING), noise), fc.integer({ min: 20, max: 100 }))
  .map(([piece, n]) => Array.from({ length: n }, () => piece).join(' '));

const block = fc.oneof(
  { arbitrary: atxHeading, weight: 24 },
  { arbitrary: setextHeading, weight: 4 },
  { arbitrary: paragraph, weight: 24 },
  { arbitrary: table, weight: 12 },
  { arbitrary: list, weight: 12 },
  { arbitrary: htmlBlock, weight: 8 },
  { arbitrary: codeFence, weight: 4 },
  { arbitrary: indentedCode, weight: 4 },
  { arbitrary: blockquote, weight: 4 },
  { arbitrary: fc.constantFrom('---', '***', '', ' ', '\t', '[ref]: https://example.com', '[^1]: a footnote', '$$\nx\n$$'), weight: 4 },
  { arbitrary: longLine, weight: 1 },
);

/** A fence in a quote or list item, closed inside it, left open, or its container ended first. */
const containedFence = fc
  .tuple(
    fc.constantFrom('> ', '- ', '1. ', '2. ', '  ', '   ', '    ', '> - ', '- > '),
    fc.constantFrom('```', '~~~'),
    fc.constantFrom('code', '[^1]: in code', ''),
    fc.constantFrom('closed', 'open', 'unprefixed'),
  )
  .map(([marker, fence, body, end]) => {
    const inside = marker.replace(/[-\d.]/g, ' ');
    const close = end === 'closed' ? `\n${inside}${fence}` : end === 'unprefixed' ? `\n${fence}` : '';
    return `${marker}${fence}\n${inside}${body}${close}`;
  });

/** Definitions (some where they are none: in code, HTML or a paragraph) and references to them. */
const definitionOrReference = fc.constantFrom(
  '[ref]: https://example.com',
  '[^1]: a footnote',
  '> [ref]: https://example.com',
  '- [^1]: a footnote',
  'Text\n[ref]: https://example.com',
  '```\n[^1]: in code\n```',
  '<!--\n[ref]: https://example.com\n-->',
  'See [ref] and [^1].',
  'See [^1].',
  // Labels as references may write them: another case, words over lines (in a quote, a list item), collapsed and full forms.
  '[Runbook  Page]: https://example.com/runbook',
  'See the [RUNBOOK page][].',
  '> See the [runbook\n> page] first.',
  '- the [runbook\n  Page][] and [this][runbook page]',
  '[^Long Note]: a footnote',
  'As noted[^long note].',
  '> noted[^LONG\n> NOTE]',
  '[Straße]: https://example.com/s',
  'See [STRASSE] and [straße].',
);

/** Cheap blocks of one or a few short lines, for long documents. */
const shortBlock = fc.oneof(
  { arbitrary: atxHeading, weight: 4 },
  { arbitrary: setextHeading, weight: 1 },
  {
    arbitrary: fc.tuple(fc.constantFrom(...NEUTRAL, ...BLAMING, ...PLACEHOLDERS), word).map(([sentence, extra]) => `${sentence} ${extra}`),
    weight: 4,
  },
  {
    arbitrary: fc
      .array(fc.tuple(listMarker, word), { minLength: 1, maxLength: 3 })
      .map((items) => items.map(([marker, text]) => marker + text).join('\n')),
    weight: 3,
  },
  { arbitrary: htmlBlock, weight: 1 },
  { arbitrary: fc.constantFrom('```', '~~~', '| Time | Event |\n|---|---|\n| 14:05 | paged |', '---', ''), weight: 2 },
  { arbitrary: containedFence, weight: 1 },
  { arbitrary: definitionOrReference, weight: 1 },
);

const separator = fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '');

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r');

/**
 * A postmortem-like document: optional BOM and front matter, blocks separated by blank lines
 * (or not, so that lazy continuations and merged blocks happen too), one line-ending style or
 * a mix of all three.
 */
export const postmortemDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.option(frontMatter, { freq: 4 }),
    fc.oneof(
      { arbitrary: fc.array(fc.tuple(block, separator), { maxLength: 6 }), weight: 4 },
      // Long enough for parse.ts to cut it into chunks (24 lines or more each).
      { arbitrary: fc.array(fc.tuple(shortBlock, separator), { minLength: 30, maxLength: 60 }), weight: 1 },
    ),
    fc.oneof(
      lineEnding.map((ending) => [ending]),
      fc.array(lineEnding, { minLength: 2, maxLength: 6 }),
    ),
    fc.constantFrom('', '\n', '\n\n', ' '),
  )
  .map(([bom, front, blocks, endings, tail]) => {
    const text = [front === null ? '' : `${front}\n`, ...blocks.map(([body, separator]) => body + separator), tail].join('');
    let count = 0;
    return (bom ? '\ufeff' : '') + text.replace(/\n/g, () => endings[count++ % endings.length]!);
  });

/** Anything at all: full unicode, lone UTF-16 halves, and strings of Markdown punctuation. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      '#',
      ' ',
      '\n',
      '\r',
      '|',
      '-',
      '*',
      '`',
      '~',
      '<',
      '>',
      '!',
      '[',
      ']',
      '(',
      ')',
      '_',
      ':',
      '=',
      '\t',
      'a',
      '1',
      '.',
      '\\',
    ),
    maxLength: 300,
  }),
);

/** What the properties run on: mostly postmortem-like documents, some fully random strings. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: postmortemDocument, weight: 4 },
  { arbitrary: randomText, weight: 1 },
);

/** Another version of a document: a piece inserted or a range deleted somewhere, as typing does. */
export interface DocumentEdit {
  at: number;
  deleteCount: number;
  insert: string;
}

export const documentEdit: fc.Arbitrary<DocumentEdit> = fc.record({
  at: fc.nat(),
  deleteCount: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom('', '\n', '\n\n', '# ', '```\n', '<!--', '|', '- ', '---\n', '\r\n'), inline),
});

export function applyDocumentEdit(text: string, edit: DocumentEdit): string {
  const start = edit.at % (text.length + 1);
  return text.slice(0, start) + edit.insert + text.slice(start + edit.deleteCount);
}
