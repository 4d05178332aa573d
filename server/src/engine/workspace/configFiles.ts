// Which `.postmortemrc.json` applies to a document: the nearest one from the document's folder up
// to its root folder (the editor's workspace folder, the CLI's working directory), or up to the
// file-system root for a document outside its root. Each candidate path is read and parsed at most
// once and remembered, "no file here" included, until invalidate() says it changed.
import { ConfigError, parseConfigText, type PostmortemConfig } from '../config';
import { CONFIG_FILE_NAME } from './fileNames';
import type { FileReader } from './fileReader';
import { joinPath, parentFolder, pathInside } from './paths';

export interface ConfigFile {
  path: string;
  /** Undefined when the file is invalid or unreadable. */
  config: PostmortemConfig | undefined;
  error: ConfigError | undefined;
}

export class ConfigFiles {
  /** Candidate path → what is there (null: no file). */
  private readonly cache = new Map<string, Promise<ConfigFile | null>>();

  constructor(private readonly reader: FileReader) {}

  /** The configuration file for the document at `documentPath`, looking no higher than `root` when the document is inside it. */
  async find(documentPath: string, root: string | undefined): Promise<ConfigFile | undefined> {
    const stopAt = root !== undefined && pathInside(root, documentPath) !== undefined ? root : undefined;
    for (let folder = parentFolder(documentPath); folder !== undefined; folder = parentFolder(folder)) {
      const found = await this.read(joinPath(folder, CONFIG_FILE_NAME));
      if (found) return found;
      if (stopAt !== undefined && pathInside(stopAt, folder) === '') return undefined;
    }
    return undefined;
  }

  /** The configuration file at `path`, named by the user (`--config`): a missing file is an error too. */
  async load(path: string): Promise<ConfigFile> {
    return (await this.read(path)) ?? { path, config: undefined, error: new ConfigError(path, ['does not exist']) };
  }

  /** Forgets what was read at `path` (a created, changed or deleted file). */
  invalidate(path: string): void {
    this.cache.delete(path);
  }

  private read(path: string): Promise<ConfigFile | null> {
    let cached = this.cache.get(path);
    if (!cached) {
      cached = this.parse(path);
      this.cache.set(path, cached);
    }
    return cached;
  }

  private async parse(path: string): Promise<ConfigFile | null> {
    let text: string | undefined;
    try {
      text = await this.reader.readText(path);
    } catch (error) {
      return {
        path,
        config: undefined,
        error: new ConfigError(path, [`cannot be read (${error instanceof Error ? error.message : String(error)})`]),
      };
    }
    if (text === undefined) return null;
    try {
      return { path, config: parseConfigText(text, path), error: undefined };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { path, config: undefined, error };
    }
  }
}
