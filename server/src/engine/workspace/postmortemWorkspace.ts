// The two decisions the editor and the CLI must make alike about a file in a folder: which
// configuration file applies to it, and whether it is a postmortem. Pure: everything outside the
// text comes through the FileReader, and both answers are remembered per path until invalidate().
import { DEFAULT_FILES, type PostmortemConfig } from '../config';
import { ConfigFiles, type ConfigFile } from './configFiles';
import type { FileReader } from './fileReader';
import { GitignoreRules } from './gitignore';
import { pathInside } from './paths';
import { decidePostmortem, type PostmortemDecision } from './postmortemFiles';

export interface WorkspaceDocument {
  /** Engine path (paths.ts); undefined for an untitled document or stdin without a name. */
  path: string | undefined;
  /** The folder the document is checked in: the editor's workspace folder, the CLI's working directory. */
  root: string | undefined;
}

export class PostmortemWorkspace {
  readonly configFiles: ConfigFiles;
  readonly gitignore: GitignoreRules;

  constructor(reader: FileReader) {
    this.configFiles = new ConfigFiles(reader);
    this.gitignore = new GitignoreRules(reader);
  }

  /** The `.postmortemrc.json` that applies to the document, if any. */
  configFileFor(document: WorkspaceDocument): Promise<ConfigFile | undefined> {
    return document.path === undefined ? Promise.resolve(undefined) : this.configFiles.find(document.path, document.root);
  }

  /** Whether the document, with this text and effective configuration, is a postmortem, and why. */
  async decide(document: WorkspaceDocument, text: string, config: PostmortemConfig, optedIn = false): Promise<PostmortemDecision> {
    const inRoot = document.path === undefined || document.root === undefined ? undefined : pathInside(document.root, document.path);
    const gitignored = !optedIn && inRoot !== undefined && inRoot !== '' && (await this.gitignore.isIgnored(document.root!, inRoot));
    return decidePostmortem({
      relativePath: relativePath(document),
      text,
      files: config.files ?? DEFAULT_FILES,
      ignores: config.ignores ?? [],
      gitignored,
      optedIn,
    });
  }

  /** A file changed on disk: a configuration file or a .gitignore is read again on next use. */
  invalidate(path: string): void {
    this.configFiles.invalidate(path);
    this.gitignore.invalidate(path);
  }
}

/** What the `files` and `ignores` globs are matched against: the path inside the root, or the whole path outside it. */
export function relativePath(document: WorkspaceDocument): string | undefined {
  if (document.path === undefined) return undefined;
  const inside = document.root === undefined ? undefined : pathInside(document.root, document.path);
  return inside ?? document.path.replace(/^\/+/, '');
}
