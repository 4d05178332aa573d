// How the language server's Node process is started: by the extension, the protocol tests and
// the benchmark alike, so that what is tested and measured is what users run.

export const SERVER_EXEC_ARGV: readonly string[] = [
  // Lets the server collect its garbage once it is idle (see idleCollection.ts).
  '--expose-gc',
  // V8 first interprets a regular expression, then compiles it again once it is used often. The
  // blame lexicon's expressions are few, large and all used at once: compiled straight away, a
  // first analysis of 2,000 lines took 560–720 ms instead of 740–870 ms (three runs each).
  '--no-regexp-tier-up',
];
