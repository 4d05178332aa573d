// The Markdown files under a folder, as the CLI and the language server's workspace index walk
// them: folders that .gitignore excludes are not walked, node_modules and .git never, and a
// linked folder is not followed (no loops); a linked file is kept, so that reading it says what
// is wrong with it.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { MARKDOWN, pathInside, type PostmortemWorkspace } from '../engine';
import { readProblem, toEnginePath } from './fileReader';

const NEVER_WALKED = new Set(['node_modules', '.git']);

export class MarkdownWalker {
  private readonly root: string;

  constructor(
    cwd: string,
    private readonly workspace: PostmortemWorkspace,
    private readonly problems: string[],
  ) {
    this.root = toEnginePath(cwd);
  }

  /** Every Markdown file under `folder`, without the folders .gitignore excludes. */
  async markdownUnder(folder: string): Promise<string[]> {
    const files: string[] = [];
    await this.walk(folder, files);
    return files;
  }

  private async walk(folder: string, files: string[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      this.problems.push(`cannot read the folder ${folder}: ${readProblem(error)}`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (NEVER_WALKED.has(entry.name) || (await this.gitignored(full))) continue;
        await this.walk(full, files);
      } else if (MARKDOWN.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await kindOf(full)) !== 'folder'))) {
        // A link to nothing is kept: reading it says what is wrong.
        files.push(full);
      }
    }
  }

  private async gitignored(folder: string): Promise<boolean> {
    const inside = pathInside(this.root, toEnginePath(folder));
    return inside !== undefined && inside !== '' && this.workspace.gitignore.isIgnored(this.root, inside, true);
  }
}

export async function kindOf(filePath: string): Promise<'file' | 'folder' | 'other' | undefined> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return undefined;
  }
}
