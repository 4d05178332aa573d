// How the language server's Node process is started: by the extension, the protocol tests and
// the benchmark alike, so that what is tested and measured is what users run.

/** --expose-gc lets the server collect its garbage once it is idle (see idleCollection.ts). */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc'];
