// `.gitignore` files, read as git reads them: the one in each folder from the root down to the
// file's own folder, a deeper file's rules winning over a shallower one's, "!" re-including. The
// root is the editor's workspace folder or the CLI's working directory; .gitignore files above it,
// `.git/info/exclude` and the global excludes file are not read: git would need to be asked,
// and the editor has only a file reader.
import ignore, { type Ignore } from 'ignore';
import { GITIGNORE_FILE_NAME } from './fileNames';
import type { FileReader } from './fileReader';
import { baseName, joinPath, parentFolder } from './paths';

export class GitignoreRules {
  /** Folder → the rules of its .gitignore (null: none). */
  private readonly byFolder = new Map<string, Promise<Ignore | null>>();

  constructor(private readonly reader: FileReader) {}

  /**
   * Whether `relativePath` ("a/b/c.md") under `root` is ignored. A folder that is ignored ignores
   * everything in it, as in git; `isFolder` tells rules such as "vendor/" that the path is one.
   */
  async isIgnored(root: string, relativePath: string, isFolder = false): Promise<boolean> {
    const segments = relativePath.split('/').filter((segment) => segment !== '');
    let ignored = false;
    let folder = root;
    for (let index = 0; index < segments.length; index++) {
      const rules = await this.rulesOf(folder);
      if (rules) {
        const result = rules.test(segments.slice(index).join('/') + (isFolder ? '/' : ''));
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      if (index < segments.length - 1) folder = joinPath(folder, segments[index]!);
    }
    return ignored;
  }

  /** Forgets the rules read from `path` when it is a .gitignore file. */
  invalidate(path: string): void {
    if (baseName(path) !== GITIGNORE_FILE_NAME) return;
    const folder = parentFolder(path);
    if (folder !== undefined) this.byFolder.delete(folder);
  }

  private rulesOf(folder: string): Promise<Ignore | null> {
    let rules = this.byFolder.get(folder);
    if (!rules) {
      rules = this.reader.readText(joinPath(folder, GITIGNORE_FILE_NAME)).then(
        (text) => (text === undefined ? null : ignore({ allowRelativePaths: true }).add(text)),
        // git warns about a .gitignore it cannot read and goes on without it; so do we.
        () => null,
      );
      this.byFolder.set(folder, rules);
    }
    return rules;
  }
}
