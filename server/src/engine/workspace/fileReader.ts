// What the engine may ask of a file system: the text of one file. The CLI answers with node:fs,
// the language server with node:fs too (a web build would answer through the client).
export interface FileReader {
  /**
   * The text of the file at `path` (an engine path, see paths.ts); undefined when there is no file
   * there. Throws an Error whose message says why when something is there but cannot be read.
   */
  readText(path: string): Promise<string | undefined>;
}
