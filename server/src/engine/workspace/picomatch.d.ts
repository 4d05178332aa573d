// picomatch ships no types; this is the one call the engine makes. The posix entry point: engine
// paths always use "/", whatever the platform.
declare module 'picomatch/posix' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
