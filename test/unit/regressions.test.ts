// Regression tests for faults the property tests (properties.test.ts) found, each on the input
// fast-check shrank it to. A skipped test is a fault in a part of the engine owned elsewhere:
// its comment says what is wrong; un-skip it with the fix.
import assert from 'node:assert/strict';
import { PostmortemAnalyzer, RULES, applyEdits, safeFixEdits } from '../../server/src/engine';
import { parseMarkdown } from '../../server/src/engine/parse';
import { assertSafeFixesSettle, assertWellFormed } from './engineInvariants';

const ALL_RULES = Object.fromEntries(RULES.map((rule) => [rule.id, 'warning' as const]));
const analyzer = new PostmortemAnalyzer({ profile: 'minimal', rules: ALL_RULES });

describe('regressions found by the property tests', () => {
  it('inserting every missing section into an empty document keeps the sections apart', () => {
    // Each insertion at offset 0 had no separator, so "…understands.## Impact" ran into one paragraph.
    const fixed = assertSafeFixesSettle(analyzer, '');
    assert.match(fixed, /^## Summary\n\n.+\n\n## Impact\n\n/);
    assert.equal(
      applyEdits(' \n', safeFixEdits(analyzer.analyze(' \n').findings)).text.endsWith('\n\n \n'),
      true,
      'white space already there stays after the sections',
    );
  });

  it('inserts no section where an unclosed comment or fence would swallow it, and offers it after indented code', () => {
    // After "<!-- unclosed" the inserted sections were part of the comment: still missing, inserted
    // again by every --fix. A lone "```" line counted as a closed fence; indented code at the end as an unclosed one.
    for (const text of ['<!-- unclosed\n\n', '```', '<script>\nx\n', '# Summary\n\n<!-- x\n']) {
      assert.deepEqual(safeFixEdits(analyzer.analyze(text).findings), [], JSON.stringify(text));
    }
    assertSafeFixesSettle(analyzer, '    code\n');
    assert.equal(safeFixEdits(analyzer.analyze('    code\n').findings).length, 5);
  });

  it('keeps a blank line between an inserted section and a setext heading after it', () => {
    // Sections inserted right after "# Summary" ran into "Action Items\n=", which then took the
    // last prompt as the first line of its heading: Action Items was missing again.
    const fixed = assertSafeFixesSettle(analyzer, '# Summary\nAction Items\n=\n\n');
    assert.match(fixed, /more than one\)\.\n\nAction Items\n=\n/);
  });

  it('inserts no section before a deeper heading, which it would take in', () => {
    // "# Summary" went right before "Action items for Q3", a sub-section of "Lessons Learned",
    // which it took in; Lessons Learned then ended earlier and Timeline, which had nowhere to go
    // (the document ends in an unclosed fence), could be inserted by a second pass.
    const sre = new PostmortemAnalyzer({ profile: 'google-sre', rules: ALL_RULES });
    const fixed = assertSafeFixesSettle(sre, 'Lessons Learned\n=\nAction items for Q3\n-\n```\n```\n```\n');
    assert.match(fixed, /^# Summary\n/);
    assert.match(fixed, /\n\nLessons Learned\n=\nAction items for Q3\n-\n/);
  });

  it('reads odd front matter without writing warnings to the process', async () => {
    // yaml printed "Keys with collection values will be stringified…" and "[BAD_ALIAS] YAMLWarning"
    // through process.emitWarning: onto the CLI's output and the language server's log.
    const warnings: string[] = [];
    const record = (warning: Error) => warnings.push(warning.message);
    process.on('warning', record);
    try {
      analyzer.analyze('---\n[ref]: x\n---\n\n# Title\n');
      analyzer.analyze('---\n&#0;profile: x\n---\n\n# Title\n');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', record);
    }
    assert.deepEqual(warnings, []);
  });

  it('inserts missing sections in the line endings of the document', () => {
    // Sections inserted into a CRLF file were LF, leaving it with mixed line endings.
    for (const lineEnding of ['\r\n', '\r']) {
      const text = `# Postmortem${lineEnding}${lineEnding}## Summary${lineEnding}${lineEnding}Text.${lineEnding}`;
      const fixed = assertSafeFixesSettle(analyzer, text);
      assert.equal(
        fixed.split(lineEnding).join('').includes('\n') || fixed.split(lineEnding).join('').includes('\r'),
        false,
        JSON.stringify(fixed),
      );
    }
  });

  it('inserts a section above the comments over a heading, not between them', () => {
    // "# Messaging" went between "<!-- postmortem-disable-next-line -->" and the heading under it,
    // so the comment silenced the new heading and "It obviously" was reported again.
    const pagerduty = new PostmortemAnalyzer({ profile: 'pagerduty', rules: ALL_RULES });
    const fixed = assertSafeFixesSettle(
      pagerduty,
      'profile: pagerduty\n# TODO \n<!-- postmortem-disable-next-line -->\nIt obviously \n=\n',
    );
    assert.match(fixed, /\n\n<!-- postmortem-disable-next-line -->\nIt obviously \n=\n$/);
  });

  it('counts a leading byte-order mark in every position', () => {
    // micromark drops a BOM, so every offset in the tree was one too small: "TODO" was not found
    // and the title's range split a CRLF. Fixed in parse.ts (2ec2d15) while these tests were written.
    const { findings } = analyzer.analyze('\ufeffTODO\n');
    assert.deepEqual(
      findings
        .filter((finding) => finding.ruleId === 'placeholder-text')
        .map((finding) => [finding.range.start.offset, finding.range.end.offset]),
      [[1, 5]],
    );
    const text = '\ufeff---\r\n\n---\r\n# Summary\n\r\n';
    assertWellFormed(text, analyzer.analyze(text).findings);
  });

  describe('deleting minimizers (the safe fix of blaming-language)', () => {
    const blameOnly = new PostmortemAnalyzer({
      rules: { ...Object.fromEntries(RULES.map((rule) => [rule.id, 'off' as const])), 'blaming-language': 'warning' },
    });
    const fixAll = (text: string) => assertSafeFixesSettle(blameOnly, text);

    it('deletes the "just" of "just pushed", not the verb', () => {
      // The removal took the whole match: "He just pushed to main." became "He to main."
      assert.equal(fixAll('He just pushed to main.\n'), 'He pushed to main.\n');
      assert.equal(fixAll('He just simply ignored the alert.\n'), 'He ignored the alert.\n');
    });

    it('leaves no stray comma and glues no words together', () => {
      // Was "The alert,fired.", "It was wrong,." and "It was waswrong." (each removal took the space on its left).
      assert.equal(fixAll('The alert, obviously, fired.\n'), 'The alert, fired.\n');
      assert.equal(fixAll('It was wrong, obviously.\n'), 'It was wrong.\n');
      assert.equal(fixAll('It was clearly, obviously wrong.\n'), 'It was wrong.\n');
    });

    it('removes minimizers in a row in one pass', () => {
      // The first removal took the next word's first letter to capitalise it, so the edits overlapped
      // and one was skipped; "just just pushed" left a new "Just pushed" for a second pass.
      assert.equal(fixAll('Obviously,obviously just just pushed.\n'), 'Pushed.\n');
      assert.equal(fixAll('Obviously obviously the config was wrong.\n'), 'The config was wrong.\n');
      assert.equal(fixAll('- Obviously, clearly, the queue filled up.\n'), '- The queue filled up.\n');
    });

    it('takes minimizers stacked before the verb in one match ("just obviously pushed")', () => {
      // Only "Obviously,obviously just just" went; the "just" before them then stood before "pushed" for a second pass.
      assert.equal(fixAll('just Obviously,obviously just just pushed. the\n'), 'pushed. the\n');
      assert.equal(fixAll('He just obviously pushed to main.\n'), 'He pushed to main.\n');
    });

    it('keeps a removal on its line, clear of the sections inserted at the end', () => {
      // "Obviously " took its trailing blank, up to the offset where the missing sections go:
      // overlapping edits, so one pass of --fix applied only some of them.
      assertSafeFixesSettle(analyzer, 'Obviously \n\n');
    });

    it('leaves no line without words', () => {
      // "- clearly" became "-": the empty item ended the list, and the indented "# 2.3 Impact" under
      // it became a section of its own, so a second pass found other sections to insert. Likewise
      // "- obviously\nSummary\n=" became "-" and a new "Summary" heading.
      const text = '- clearly\n\n   # 2.3 Impact\n```\n';
      assert.deepEqual(safeFixEdits(analyzer.analyze(text).findings), []);
      assert.equal(fixAll('## Obviously\n\n- clearly\n'), '## Obviously\n\n- clearly\n');
      assert.equal(fixAll('- obviously\nSummary\n=\n'), '- obviously\nSummary\n=\n');
      assert.equal(fixAll('Intro\nObviously\nthe rest.\n'), 'Intro\nObviously\nthe rest.\n');
    });

    it('judges "clearly" by its own sentence when the splitter joined it to the one before', () => {
      // "…should The queue filled up at 14:02 UTC. obviously \\clearly\\" was one sentence with a
      // "should" in it, so "clearly" read as forward-looking until "obviously" went and the sentences split.
      const text = '- should The queue filled up at 14:02 UTC. obviously \\clearly\\ \n';
      assert.deepEqual(
        blameOnly.analyze(text).findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset)),
        ['obviously', 'clearly'],
      );
      fixAll(text);
    });

    it('judges the first word of a sentence the same whatever its case', () => {
      // "Obviously bob just pushed": lower-case "bob" was a thing, so "just pushed" was fine; once
      // the fix deleted "Obviously" and capitalised the sentence, "Bob just pushed" was a finding.
      const text = 'Obviously bob just pushed to main.\n';
      assert.deepEqual(
        blameOnly.analyze(text).findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset)),
        ['Obviously', 'just pushed'],
      );
      assert.equal(fixAll(text), 'Bob pushed to main.\n');
      // Also after a comma: "Obviously, theHe just pushed" was judged on lower-case "theHe".
      assert.equal(fixAll('Obviously, bob just pushed.\n'), 'Bob pushed.\n');
    });

    it('ends a sentence at a full stop with no space after it', () => {
      // In "human error.Obviously", "error.Obviously" was one word and the subject of "just pushed".
      const text = '> The outage was caused by human error.Obviously \n> Obviously,obviously just just pushed.\n';
      assert.ok(
        blameOnly
          .analyze(text)
          .findings.some((finding) => text.slice(finding.range.start.offset, finding.range.end.offset) === 'just just pushed'),
      );
      fixAll(text);
    });

    it('reads a capitalised "The" opening a sentence as no name', () => {
      // "Obviously, the … just just pushed" became "The just just pushed", and "The" was a name we
      // could not place, so "just just pushed" turned into a finding for a second pass.
      assert.deepEqual(blameOnly.analyze('The just pushed.\n').findings, []);
      fixAll('Obviously, the Obviously,obviously just just pushed. the\n');
    });

    it('offers no removal that would change the blocks around it', () => {
      // The table row "clearly > the> | Obviously" became "> the> | Obviously", a block quote, in
      // which "Obviously" was no longer a cell of its own and could be removed by a second pass; and
      // "<insert link> obviously" became an HTML block that took in the unclosed fence below, so the
      // missing sections that fence had swallowed could be inserted by a second pass.
      for (const text of [
        'Text\nobviously > quoted\n',
        '- obviously 1. x\n',
        'Action Item\n|---\nclearly > the>  \u0000  | Obviously \n\n',
      ]) {
        assert.deepEqual(safeFixEdits(blameOnly.analyze(text).findings), [], JSON.stringify(text));
      }
      assertSafeFixesSettle(analyzer, '<insert link> obviously\n```\r');
      assert.equal(fixAll('It was obviously wrong.\n> Quoted: clearly, it was.\n'), 'It was wrong.\n> Quoted: it was.\n');
    });

    it('reads a capitalised verb opening a sentence as no name', () => {
      // "…pushed., Obviously,obviously just just pushed." became "Pushed., just just pushed.", and
      // "Pushed" was a name we could not place, the subject of a new finding.
      assert.deepEqual(blameOnly.analyze('Pushed., just just pushed.\n').findings, []);
      fixAll('Obviously,obviously just just pushed., Obviously,obviously just just pushed. The outage was caused by human error.\n');
    });

    it('offers the removal in a heading but never applies it with --fix', () => {
      // "# Obviously Summary" became "# Summary": a required section where there was none, so the
      // missing sections went elsewhere on a second pass.
      const { findings } = analyzer.analyze('# Obviously Summary\n\nText.\n');
      const obviously = findings.find((finding) => finding.ruleId === 'blaming-language')!;
      assert.deepEqual(
        obviously.fixes.map((fix) => [fix.title, fix.safe]),
        [['Remove "Obviously"', false]],
      );
      assertSafeFixesSettle(analyzer, '# Obviously Summary\n=\n\nSummary\n=\n\n- the\n\n```\n\n# Summary\n\n- the\n\n```\n');
    });

    it('takes no comma that follows a full stop', () => {
      // "human error., Obviously" became "human error.": a sentence end the splitter had not seen,
      // so "Just just pushed" on the next line was a new finding for a second pass.
      assert.equal(fixAll('It was wrong., obviously\n'), 'It was wrong.,\n');
      fixAll('> The outage was caused by human error., Obviously \nObviously,obviously just just pushed. **the** \n\n');
    });

    it('leaves no doubled comma after a kept one, so the sentences stay as they were', () => {
      // Found by npm run fuzz (seed 261695328). "UTC., obviously, ⏎" became "UTC.,, ⏎": the comma
      // after the full stop stayed and so did the minimizer's own. parse-english joins a sentence
      // that starts with "," to the one before but not one that starts with ",,", so the fixed text
      // had a sentence end at "UTC." that the first pass had not seen: "Just just pushed" lost "UTC"
      // as its subject and became a finding for a second pass.
      const fixed = assertSafeFixesSettle(
        analyzer,
        'The queue filled up at 14:02 UTC., obviously, \nObviously,obviously just just pushed. \n\n',
      );
      assert.ok(fixed.startsWith('The queue filled up at 14:02 UTC., \nJust just pushed.\n'), JSON.stringify(fixed.slice(0, 80)));
      assert.equal(fixAll('It was wrong., obviously,the rest.\n'), 'It was wrong.,the rest.\n');
      assert.equal(fixAll('It was wrong.; obviously, \nMore.\n'), 'It was wrong.; \nMore.\n');
      assert.equal(fixAll('It was wrong, obviously, \nMore.\n'), 'It was wrong, \nMore.\n');
    });

    it('reads "should obviously have" as looking back, as "should have" is, so one pass removes both minimizers', () => {
      // Found by npm run fuzz (FUZZ_SEED=604441736 FUZZ_RUNS=3000 FUZZ_JOBS=1). "should obviously
      // have" read as a plan, and "Clearly" in the same sentence as not hindsight; once the fix
      // deleted "obviously", "should have" looked back and a second pass found "Clearly".
      const text = '- Clearly the dashboard showed it.should obviously have \n- The queue filled up at 14:02 UTC. \n\n';
      assert.deepEqual(
        blameOnly.analyze(text).findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset)),
        ['Clearly', 'obviously'],
      );
      assertSafeFixesSettle(analyzer, text);
    });

    it('offers no removal of a minimizer run into the word before it', () => {
      // "queue depth.obviously **clearly**" became "depth.**clearly**", which the sentence splitter
      // cut after "depth.": "clearly" left the sentence with "should" in it and became a finding.
      const text = 'We should add alerting on queue depth.obviously **clearly** the\n';
      assert.deepEqual(safeFixEdits(blameOnly.analyze(text).findings), []);
      fixAll('> The outage was caused by human error. <p>We should add alerting on queue depth.obviously **clearly** the </p>\n\n');
    });

    it('takes the emphasis markers of an emphasised minimizer with it', () => {
      // "human error. **clearly**" became "human error. ****".
      assert.equal(fixAll('It was **clearly** wrong.\n'), 'It was wrong.\n');
      assert.equal(fixAll('*Obviously* the queue filled.\n'), 'The queue filled.\n');
      assert.equal(fixAll('It was **very clearly** wrong.\n'), 'It was **very** wrong.\n');
    });

    it('finds "just pushed" after a sentence the splitter joined to it, so one pass removes every minimizer', () => {
      // parse-english keeps "error. clearly" in one sentence (a full stop before a lower-case word),
      // and the subject of "just pushed" was looked for in the sentence before: "error", a thing.
      // Once a fix capitalised the next word the sentences split and a second pass found it.
      const text = 'The outage was caused by human error. clearly just pushed.\n';
      assert.deepEqual(
        blameOnly.analyze(text).findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset)),
        ['human error', 'clearly', 'just pushed'],
      );
      fixAll('- The outage was caused by human error. **clearly**\n- Obviously,obviously just just pushed.\n');
    });
  });

  // parse.ts, blockState(): the fence test let the white space between two list or quote markers
  // be split between two `\s*`, so a line of n markers with no fence was tried in 2^n ways
  // ("** ".repeat(396), from a generated document, never finished). Each run of white space now
  // belongs to one `[ \t]*`.
  it('analyses a line of many list or quote markers in linear time', () => {
    for (const marker of ['- ', '> ', '* ', '1. ', '** ']) {
      const started = performance.now();
      new PostmortemAnalyzer().analyze(`${marker.repeat(40)}\n`);
      assert.ok(performance.now() - started < 1000, `${JSON.stringify(marker)} × 40 took ${Math.round(performance.now() - started)} ms`);
    }
  });

  // prose/analyzer.ts, prepare(): uncached blocks were parsed as one text, "block\n\nblock…", and
  // parse-english read "master." followed by another block's "just" as an abbreviation, so what
  // one block reported depended on which other blocks were analysed with it. Blocks are now parsed
  // one by one and only searched together.
  it('reports the same words whatever the analyzer has analysed before', () => {
    const config = {
      rules: { ...Object.fromEntries(RULES.map((rule) => [rule.id, 'off' as const])), 'inclusive-language': 'info' as const },
    };
    const text = 'Use master.\n\nPaged the on-call\n\njust so.\n';
    const seen = new PostmortemAnalyzer(config);
    seen.analyze('Paged the on-call\n');
    assert.deepEqual(seen.analyze(text).findings, new PostmortemAnalyzer(config).analyze(text).findings);
  });

  // parse.ts, remark-frontmatter (micromark-extension-frontmatter 2.0.0): when the first line was
  // "---" and no later line closed it, no list started anywhere in the document: "- Add a canary
  // stage" was a paragraph, so the action items were not found (and "- clearly" was one sentence
  // with the item before it). The front-matter construct is `concrete`, and once it has started
  // on line 1 and failed it seems to keep new containers from opening. parseMarkdown now uses the
  // front-matter extension only when a closing "---" line exists; otherwise the "---" is a thematic break.
  it('finds lists after an unclosed front matter fence, and still reads closed front matter', () => {
    for (const text of [
      '---\n\n## Action Items\n\n- Add a canary stage\n',
      '---\ntitle: x\n\n## Action Items\n\n1. Add a canary stage\n',
    ]) {
      assert.equal(analyzer.analyze(text).model.actionItems.length, 1, JSON.stringify(text));
    }
    const closed = analyzer.analyze('---\nprofile: pagerduty\n---\n## Action Items\n\n- Add a canary stage\n').model;
    assert.deepEqual([closed.metadata.profile, closed.metadata.frontMatter?.start, closed.actionItems.length], ['pagerduty', 0, 1]);
    // Cut into chunks, the first of them starting with the "---", it parses as a whole parse does.
    const long = `---\n${'Text.\n\n'.repeat(30)}- item\n`;
    assert.deepEqual(new PostmortemAnalyzer().analyze(long).model.tree, parseMarkdown(long));
  });

  // parse.ts, blockState(): the fence test let a list marker be followed directly by the fence
  // ("-~~~"), but a list item needs a space after its marker, so "-~~~" is paragraph text. The
  // chunker then took the next "~~~" (which opens an unclosed fence) for the closing one and cut a
  // chunk inside the fence. Found by the property tests.
  it('parses "-~~~" in a long document as a whole parse does', () => {
    const text = `${'Text.\n\n'.repeat(10)}-~~~\n\n~~~\n\nThe end\n`;
    assert.deepEqual(new PostmortemAnalyzer().analyze(text).model.tree, parseMarkdown(text));
  });

  // parse.ts, IncrementalParser.parse(): one byte-order mark was taken off and counted, but micromark
  // dropped a second one at the start of what it was given, so every position was one short again:
  // "TODO" in "\ufeff\ufeffTODO" was not found. micromark drops only the first mark of a text, so
  // the second is text; such a text is now parsed whole, as given, and only the first mark counted.
  it('counts both byte-order marks of a doubly marked file', () => {
    const { findings } = analyzer.analyze('\ufeff\ufeffTODO\n');
    assert.deepEqual(
      findings
        .filter((finding) => finding.ruleId === 'placeholder-text')
        .map((finding) => [finding.range.start.offset, finding.range.end.offset]),
      [[2, 6]],
    );
    const text = `\ufeff\ufeffText.\n\n${'Text.\n\n'.repeat(30)}## Action Items\n`;
    const heading = new PostmortemAnalyzer().analyze(text).model.tree.children.at(-1)!;
    assert.equal(text.slice(heading.position!.start.offset, heading.position!.end.offset), '## Action Items');
  });

  // chunking.ts, splitIntoChunks(): after "</p>" the HTML block runs to the next blank line, so the
  // "\`\`\`" on the line below was HTML, not a fence; the chunker still took it for one, took the
  // next "\`\`\`" (which opens a fence that is never closed) for its end, and cut a chunk inside
  // that fence. Found by the property test that compares with a whole parse. The chunker now opens
  // nothing inside an HTML block, and where it cannot tell whether a line started one (in a list
  // item or a quote, indented, or a tag that may continue a paragraph) and a later line would open
  // a block, it does not cut the document at all. The other cases: the same fault elsewhere, and
  // lines that look like HTML but leave the next fence a fence.
  it('cuts no chunk inside a fence that an HTML block hid from the chunker', () => {
    const after = `\n\n${'Text.\n\n'.repeat(15)}The end\n`;
    for (const start of [
      '</p>\n```\n\n```', // an HTML block of kind 7 after a blank line
      '| a |\n| - |\n<div>\n```\n\n```', // kind 6, after a table
      '<div>\n<!--\n\n```\n\n-->', // a comment start inside a kind-6 block is HTML too
      '> <div>\n> ```\n\n```', // an HTML block in a quote
      '- item\n  <div>\n```\n\n```', // in a list item: the "```" ends the item, so it is a fence
      'Text\n<span>\n```\n\n```', // a kind-7 tag continues a paragraph: the "```" is a fence
      '<!-->\n```\n\n-->', // a comment that ends where it starts
    ]) {
      const text = start + after;
      assert.deepEqual(new PostmortemAnalyzer().analyze(text).model.tree, parseMarkdown(text), JSON.stringify(start));
    }
  });
});
