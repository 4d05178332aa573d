// Stopping an analysis part-way, so that a caller (the language server) can run a long one in
// slices. The engine asks `shouldStop` at checkpoints, each right after a piece of work whose
// result is kept (a parsed chunk, the model, a batch of prose blocks): analysing the same text
// again goes on from there, and every call, however soon it is stopped, gets further.

/** Asked at each checkpoint; true ends the analysis with AnalysisInterrupted. */
export type ShouldStop = () => boolean;

export class AnalysisInterrupted extends Error {
  constructor() {
    super('The analysis was interrupted; analysing the same text again continues it.');
    this.name = 'AnalysisInterrupted';
  }
}

/** Throws AnalysisInterrupted when the caller wants the analysis to stop here. */
export function checkpoint(shouldStop: ShouldStop | undefined): void {
  if (shouldStop?.()) throw new AnalysisInterrupted();
}
