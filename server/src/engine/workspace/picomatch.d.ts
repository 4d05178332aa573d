// picomatch ships no types; these are the calls the engine and the CLI make. The posix entry point: engine
// paths always use "/", whatever the platform.
declare module 'picomatch/posix' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
  namespace picomatch {
    /** Splits a glob into the folder it starts from and the rest (the CLI walks from `base`). */
    function scan(glob: string): { base: string; glob: string; isGlob: boolean };
  }
  export default picomatch;
}
