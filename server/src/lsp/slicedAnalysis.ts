// The engine in time slices, so that the server keeps answering while a large document is
// analysed. Each slice runs the analysis with a short deadline; when it is interrupted, the
// connection gets the event loop back (requests are answered, newer versions arrive), and the
// next slice goes on where the last stopped: the engine keeps what it did (interruption.ts).
import { AnalysisInterrupted, type AnalysisResult, type PostmortemAnalyzer } from '../engine';

/** One slice: short enough that a hover or a keystroke is not kept waiting noticeably. */
export const SLICE_MS = 50;

export type SlicedAnalysis =
  | { outcome: 'done'; result: AnalysisResult; durationMs: number }
  /** A newer version, a closed document or new settings made this analysis pointless. */
  | { outcome: 'superseded' }
  /** More than the time limit spent, so given up for this text. */
  | { outcome: 'time-limit'; durationMs: number };

export interface SliceOptions {
  /** The most time to spend analysing, in slices: time between slices (serving others) does not count. */
  timeLimitMs: number;
  /** Asked before each slice: false when the analysis is no longer wanted. */
  isWanted: () => boolean;
  /** The document's URI: the engine keeps what it parsed per document. */
  document: string;
  /** Length of a slice; SLICE_MS by default. Background work takes shorter ones, so that an edit waits less. */
  sliceMs?: number;
  /** Awaited between slices, for work that gives way to more urgent work (see workspaceIndex.ts). */
  between?: () => Promise<void>;
  /** Only the rules whose findings in a block the rest of the document cannot change; see AnalysisOptions. */
  localOnly?: boolean;
}

export async function analyseInSlices(
  analyzer: PostmortemAnalyzer,
  text: string,
  { timeLimitMs, isWanted, document, sliceMs = SLICE_MS, between, localOnly }: SliceOptions,
): Promise<SlicedAnalysis> {
  let spentMs = 0;
  for (;;) {
    if (!isWanted()) return { outcome: 'superseded' };
    const started = performance.now();
    const deadline = started + Math.min(sliceMs, timeLimitMs - spentMs);
    try {
      const result = analyzer.analyze(text, { document, localOnly, shouldStop: () => performance.now() >= deadline });
      return { outcome: 'done', result, durationMs: spentMs + performance.now() - started };
    } catch (error) {
      if (!(error instanceof AnalysisInterrupted)) throw error;
    }
    spentMs += performance.now() - started;
    if (spentMs >= timeLimitMs) return { outcome: 'time-limit', durationMs: spentMs };
    // setImmediate, not a resolved promise: it lets I/O in, so the connection reads what has arrived.
    // A web worker has none; its message events come in after a timer.
    await new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
    await between?.();
  }
}
