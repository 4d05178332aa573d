// Property tests of the engine on generated documents (see postmortemArbitraries.ts).
//
// `npm test` runs each property on the same 100 documents every time (about 5 s); `npm run fuzz`
// runs the same properties on many more from random seeds (FUZZ_RUNS documents per property;
// FUZZ_SEED replays a printed seed). A failure names the shrunk document.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { openingOf, PostmortemAnalyzer, RULES, type Finding, type PostmortemConfig, type PostmortemModel } from '../../server/src/engine';
import { chunksAfterEdit, splitIntoChunks } from '../../server/src/engine/chunking';
import { parseMarkdown } from '../../server/src/engine/parse';
import { assertFixChangesOnlyItsRange, assertSafeFixesSettle, assertWellFormed } from './engineInvariants';
import { anyDocument, applyDocumentEdit, documentEdit, postmortemDocument } from './postmortemArbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
// npm test uses a fixed seed so that a green run stays green; npm run fuzz (FUZZ_RUNS set) explores new seeds.
const FIXED_SEED = 20_261_124;
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED));

// Every rule on, under each profile (and a custom one): the optional rules are checked too.
const ALL_RULES = Object.fromEntries(RULES.map((rule) => [rule.id, 'warning' as const]));
const CONFIGS: PostmortemConfig[] = [
  ...['minimal', 'google-sre', 'pagerduty', 'atlassian'].map((profile) => ({ profile, rules: ALL_RULES })),
  { profile: 'custom', sections: ['Summary', { title: 'Customer Impact', aliases: ['Impact'] }, 'Timeline'], rules: ALL_RULES },
  {}, // the defaults
];
const config = fc.nat({ max: CONFIGS.length - 1 });

/** One long-lived analyzer per configuration: its caches see every document the run generates. */
const shared = CONFIGS.map((each) => new PostmortemAnalyzer(each));

/** Documents the properties were checked on (with the shrinking steps of a failure). */
let checked = 0;

/** Property number `index` runs with its own seed, so that each one sees different documents. */
function property<T>(index: number, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const counted = (value: T) => {
    checked++;
    predicate(value);
  };
  fc.assert(fc.property(arbitrary, counted), { numRuns: RUNS, seed: SEED + index });
}

describe(`engine properties (${RUNS} documents each, seed ${SEED})`, function () {
  this.timeout(Math.max(60_000, RUNS * 200));

  after(() => {
    if (process.env.FUZZ_RUNS)
      console.log(`      ${checked} documents checked, ${RUNS} per property, seed ${SEED} (property n uses seed ${SEED} + n)`);
  });

  it('never throws, whatever the document', () => {
    property(0, fc.tuple(anyDocument, config), ([text, which]) => {
      const { findings } = shared[which]!.analyze(text);
      assert.ok(Array.isArray(findings));
    });
  });

  it('puts every finding inside the document, start ≤ end, with line and column matching the offset', () => {
    property(1, fc.tuple(anyDocument, config), ([text, which]) => {
      assertWellFormed(text, shared[which]!.analyze(text).findings);
    });
  });

  it('keeps every fix edit inside the document', () => {
    property(2, fc.tuple(anyDocument, config), ([text, which]) => {
      for (const finding of shared[which]!.analyze(text).findings) {
        for (const edit of finding.fixes.flatMap((fix) => fix.edits)) {
          assert.ok(
            edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length,
            `${finding.ruleId}: edit ${edit.start}-${edit.end} in ${text.length}`,
          );
        }
      }
    });
  });

  it('is stable: the same findings on a second run, from fresh analyzers, and after another version of the document', () => {
    property(3, fc.tuple(anyDocument, config, documentEdit), ([text, which, edit]) => {
      // The long-lived analyzer has just seen an edited version, as in an editor.
      shared[which]!.analyze(applyDocumentEdit(text, edit));
      const warm = shared[which]!.analyze(text).findings;
      assertWellFormed(text, warm);
      const fresh = new PostmortemAnalyzer(CONFIGS[which]);
      const first = fresh.analyze(text).findings;
      assert.deepEqual(warm, first, 'a long-lived analyzer and a fresh one agree');
      assert.deepEqual(fresh.analyze(text).findings, first, 'a second run agrees with the first');
      assert.deepEqual(new PostmortemAnalyzer(CONFIGS[which]).analyze(text).findings, first, 'two fresh analyzers agree');
    });
  });

  it('parses every document as a whole-document parse does, whatever the analyzer parsed before', () => {
    property(6, fc.tuple(anyDocument, config, documentEdit), ([document, which, edit]) => {
      // Without byte-order marks: a whole parse counts positions as if the first were not there.
      const text = document.replace(/^\ufeff+/, '');
      shared[which]!.analyze(applyDocumentEdit(text, edit));
      assert.deepEqual(shared[which]!.analyze(text).model.tree, parseMarkdown(text));
    });
  });

  it('builds the model a fresh analyzer builds, after typing anywhere in a long document', () => {
    // Long enough to be parsed in chunks, so that blocks after the edit move and what was worked
    // out for them (model/blockMemo.ts) is found again at their new place.
    const longDocument = fc.array(postmortemDocument, { minLength: 4, maxLength: 8 }).map((parts) => parts.join('\n\n'));
    property(7, fc.tuple(longDocument, config, fc.array(documentEdit, { minLength: 1, maxLength: 3 })), ([text, which, edits]) => {
      const document = `property-7-${which}`;
      shared[which]!.analyze(text, { document });
      let edited = text;
      for (const edit of edits) shared[which]!.analyze((edited = applyDocumentEdit(edited, edit)), { document });
      // The tree is checked by the parse property; these are what the blocks give.
      const fromBlocks = ({ metadata, sections, timeline, actionItems, prose, comments }: PostmortemModel) => ({
        metadata,
        sections,
        timeline,
        actionItems,
        prose,
        comments,
      });
      const warm = fromBlocks(shared[which]!.analyze(edited, { document }).model);
      assert.deepEqual(warm, fromBlocks(new PostmortemAnalyzer(CONFIGS[which]).analyze(edited).model));
    });
  });

  it('cuts an edited document into the chunks a whole cut gives, from the chunks of the version before', () => {
    // Long documents, mostly postmortem-like, so that the edit has chunks before and after it to keep.
    const longDocument = fc.array(anyDocument, { minLength: 3, maxLength: 8 }).map((parts) => parts.join('\n\n'));
    property(9, fc.tuple(longDocument, fc.array(documentEdit, { minLength: 1, maxLength: 4 })), ([text, edits]) => {
      let previous = { text, chunks: splitIntoChunks(text) };
      for (const edit of edits) {
        const edited = applyDocumentEdit(previous.text, edit);
        const { chunks, kept, keptAtEnd } = chunksAfterEdit(edited, previous);
        assert.deepEqual(chunks, splitIntoChunks(edited));
        assert.ok(kept + keptAtEnd <= chunks.length && keptAtEnd < previous.chunks.length, 'each chunk kept once, the first cut anew');
        previous = { text: edited, chunks };
      }
    });
  });

  it("finds in a long document's opening, with the local rules, what they find there in the whole document", () => {
    // Lone carriage returns become line feeds: a text with one has no opening (parse.test.ts).
    const longDocument = fc
      .array(postmortemDocument, { minLength: 4, maxLength: 8 })
      .map((parts) => parts.join('\n\n').replace(/\r(?!\n)/g, '\n'));
    property(8, fc.tuple(longDocument, config, fc.nat({ max: 2_000 })), ([text, which, atLeast]) => {
      const opening = openingOf(text, atLeast);
      if (opening === undefined) return;
      const analyzer = new PostmortemAnalyzer(CONFIGS[which]);
      const local = new Set(RULES.filter((rule) => rule.local).map((rule) => rule.id));
      // What the writer sees of a finding; fixes may reach past the opening (a reframe question goes at the end of its section).
      const seen = (findings: Finding[]) => findings.map(({ ruleId, range, message, severity }) => ({ ruleId, range, message, severity }));
      const early = analyzer.analyze(opening.text, { localOnly: true }).findings;
      assert.ok(early.every((finding) => local.has(finding.ruleId)));
      const whole = analyzer
        .analyze(text)
        .findings.filter((finding) => local.has(finding.ruleId) && finding.range.end.offset <= opening.end);
      assert.deepEqual(seen(early), seen(whole));
    });
  });

  it('applies any single fix to its own range only', () => {
    property(4, fc.tuple(anyDocument, config), ([text, which]) => {
      for (const finding of shared[which]!.analyze(text).findings) {
        for (const fix of finding.fixes) assertFixChangesOnlyItsRange(text, finding, fix);
      }
    });
  });

  it('settles after one pass of safe fixes, keeping the text outside them', () => {
    property(5, fc.tuple(anyDocument, config), ([text, which]) => {
      const result = shared[which]!.analyze(text);
      assertWellFormed(text, result.findings);
      assertSafeFixesSettle(shared[which]!, text, result);
    });
  });
});
