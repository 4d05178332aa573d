// How the language server's Node process is started: by the extension, the protocol tests and
// the benchmark alike, so that what is tested and measured is what users run.

export const SERVER_EXEC_ARGV: readonly string[] = [
  // Lets the server collect its garbage once it is idle (see idleCollection.ts).
  '--expose-gc',
  // V8 first interprets a regular expression, then compiles it again once it is used often. The
  // blame lexicon's expressions are few, large and all used at once: compiled straight away, a
  // first analysis of 2,000 lines took 560–720 ms instead of 740–870 ms (three runs each).
  '--no-regexp-tier-up',
  // V8 grows the young generation to 2 × 16 MB while documents are analysed and keeps it
  // committed once idle (the idle collection does not shrink it). Capped at 2 × 4 MB, 21 open
  // postmortems idle for 25 s: 125 -> 101 MB opened without typing, 156 -> 106 MB after 150
  // keystrokes (peak while typing 191 -> 151 MB); 2 MB gave 100, 8 MB 116. Typing at 2,000 lines
  // no slower within this machine's noise (p95 over every pattern 98.9 vs 91.2 ms, 195 vs 202 ms).
  '--max-semi-space-size=4',
];
