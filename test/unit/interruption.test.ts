// An analysis stopped at its checkpoints (as the language server does, in time slices) and then
// run again on the same text must end exactly where an uninterrupted one does, and every call
// must get further. Deterministic: the analysis is stopped at the n-th checkpoint of a call, not
// by a clock. FUZZ_RUNS and FUZZ_SEED work as in properties.test.ts.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { AnalysisInterrupted, PostmortemAnalyzer, RULES, type AnalysisResult, type PostmortemConfig } from '../../server/src/engine';
import { splitIntoChunks } from '../../server/src/engine/chunking';
import { anyDocument, postmortemDocument } from './postmortemArbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Math.floor(Math.random() * 2 ** 31) : 20_261_125));

const ALL_RULES = Object.fromEntries(RULES.map((rule) => [rule.id, 'warning' as const]));
const CONFIGS: PostmortemConfig[] = [{ profile: 'google-sre', rules: ALL_RULES }, {}];
const config = fc.nat({ max: CONFIGS.length - 1 });
/**
 * Half the documents are several postmortems in one, long enough for many chunks and sub-batches
 * of prose; without lone carriage returns, which make parse.ts read a document whole.
 */
const document = fc.oneof(
  anyDocument,
  fc.array(postmortemDocument, { minLength: 4, maxLength: 12 }).map((parts) => parts.join('\n\n').replace(/\r(?!\n)/g, '\n')),
);

/** A `shouldStop` that says stop at its `n`-th question, and counts the questions. */
function stopAt(n: number): { shouldStop: () => boolean; asked: () => number } {
  let asked = 0;
  return { shouldStop: () => ++asked >= n, asked: () => asked };
}

/** The result, or undefined when the call was interrupted; any other error fails the test. */
function analyseUnlessInterrupted(analyzer: PostmortemAnalyzer, text: string, shouldStop: () => boolean): AnalysisResult | undefined {
  try {
    return analyzer.analyze(text, { shouldStop });
  } catch (error) {
    if (error instanceof AnalysisInterrupted) return undefined;
    throw error;
  }
}

/** How many checkpoints an uninterrupted analysis of `text` passes, on a fresh analyzer. */
function checkpointsOf(text: string, which: number): number {
  const counter = stopAt(Infinity);
  new PostmortemAnalyzer(CONFIGS[which]).analyze(text, { shouldStop: counter.shouldStop });
  return counter.asked();
}

describe(`engine: interrupted analyses (${RUNS} documents each, seed ${SEED})`, function () {
  this.timeout(Math.max(60_000, RUNS * 400));

  it('gives exactly the uninterrupted result, however often and wherever it was stopped, with other documents analysed in between', () => {
    const interruption = fc.record({ at: fc.integer({ min: 1, max: 8 }), otherDocument: fc.option(anyDocument, { freq: 3 }) });
    const run = fc.tuple(document, config, fc.array(interruption, { maxLength: 10 }));
    fc.assert(
      fc.property(run, ([text, which, interruptions]) => {
        const expected = new PostmortemAnalyzer(CONFIGS[which]).analyze(text);
        const analyzer = new PostmortemAnalyzer(CONFIGS[which]);
        for (const { at, otherDocument } of interruptions) {
          analyseUnlessInterrupted(analyzer, text, stopAt(at).shouldStop);
          // As in the language server: another document's analysis (whole, or interrupted too) comes between slices.
          if (otherDocument !== null) analyseUnlessInterrupted(analyzer, otherDocument, stopAt(at).shouldStop);
        }
        // Completed through the interruptible path (sub-batches and all), never stopped.
        assert.deepEqual(analyzer.analyze(text, { shouldStop: () => false }), expected);
        assert.deepEqual(analyzer.analyze(text), expected, 'and the ordinary path agrees afterwards');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('gets further with every call: stopped at its first checkpoint each time, it finishes within as many calls as it has checkpoints', () => {
    fc.assert(
      fc.property(fc.tuple(document, config), ([text, which]) => {
        const checkpoints = checkpointsOf(text, which);
        const analyzer = new PostmortemAnalyzer(CONFIGS[which]);
        let result: AnalysisResult | undefined;
        let interrupted = 0;
        while (!(result = analyseUnlessInterrupted(analyzer, text, () => true))) {
          interrupted++;
          assert.ok(
            interrupted <= checkpoints,
            `still interrupted after ${interrupted} calls; an uninterrupted analysis has ${checkpoints} checkpoints`,
          );
        }
        assert.deepEqual(result, new PostmortemAnalyzer(CONFIGS[which]).analyze(text));
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('has checkpoints in the parse, after the model and between sub-batches of prose blocks of a long document', () => {
    const paragraph = (n: number) =>
      `## Part ${n}\n\nBob should have checked the config of host ${n}, obviously.\n\nThe fix for step ${n} was merged.\n`;
    const text = `# Postmortem: long\n\n${Array.from({ length: 200 }, (_, n) => paragraph(n)).join('\n')}`;
    // One after each chunk, one after the model, and some between its 601 distinct prose blocks, a few dozen at a time.
    const chunks = splitIntoChunks(text).length;
    assert.ok(chunks > 10, `${chunks} chunks`);
    assert.ok(checkpointsOf(text, 1) >= chunks + 1 + 2, `${checkpointsOf(text, 1)} checkpoints for ${chunks} chunks`);
    // Without shouldStop nothing is asked, and the result is the same.
    const analyzer = new PostmortemAnalyzer(CONFIGS[1]);
    assert.deepEqual(analyzer.analyze(text), new PostmortemAnalyzer(CONFIGS[1]).analyze(text, { shouldStop: () => false }));
  });
});
