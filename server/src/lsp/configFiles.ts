// Finds and reads the `.postmortemrc.json` that applies to a document: the nearest one from the
// document's folder up to its workspace folder (up to the file system root for a file outside
// every folder). Each candidate path is read at most once and remembered, including "no file
// here", until the client reports a change to it (workspace/didChangeWatchedFiles).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, parseConfigText, type PostmortemConfig } from '../engine';
import { CONFIG_FILE_NAME } from './protocol';

export interface ConfigFile {
  path: string;
  /** Undefined when the file is invalid. */
  config: PostmortemConfig | undefined;
  error: ConfigError | undefined;
}

export class ConfigFiles {
  /** Candidate path → its contents, or null when there is no file there. */
  private readonly cache = new Map<string, ConfigFile | null>();

  /** The configuration file for a document at `documentPath`, stopping at `rootPath` if given. */
  find(documentPath: string, rootPath: string | undefined): ConfigFile | undefined {
    let directory = path.dirname(documentPath);
    for (;;) {
      const found = this.read(path.join(directory, CONFIG_FILE_NAME));
      if (found) return found;
      if (rootPath !== undefined && samePath(directory, rootPath)) return undefined;
      const parent = path.dirname(directory);
      if (parent === directory) return undefined;
      directory = parent;
    }
  }

  /** Forgets what was read at `filePath` (a created, changed or deleted configuration file). */
  invalidate(filePath: string): void {
    this.cache.delete(filePath);
  }

  private read(filePath: string): ConfigFile | null {
    const cached = this.cache.get(filePath);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch {
      // Missing, or unreadable: both mean "no configuration here".
      this.cache.set(filePath, null);
      return null;
    }
    let file: ConfigFile;
    try {
      file = { path: filePath, config: parseConfigText(text, filePath), error: undefined };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      file = { path: filePath, config: undefined, error };
    }
    this.cache.set(filePath, file);
    return file;
  }
}

function samePath(a: string, b: string): boolean {
  const relative = path.relative(a, b);
  return relative === '';
}
