// Which Markdown files the CLI looks at: the files, folders and globs on the command line, or
// everything under the working directory. Folders that .gitignore excludes are not walked, and
// node_modules and .git never; whether each file found is a postmortem is the engine's decision
// (PostmortemWorkspace), as in the editor. Paths are matched as the editor matches them: globs
// and folder names in any case.
import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import { pathInside, type PostmortemWorkspace } from '../engine';
import { readProblem, toEnginePath } from '../node/fileReader';

const MARKDOWN = /\.(md|markdown)$/i;
const NEVER_WALKED = new Set(['node_modules', '.git']);

export interface Candidate {
  /** Platform path. */
  filePath: string;
  /** Named on the command line as a file (not found through a folder or a glob). */
  explicit: boolean;
  /** Indexes of the command-line patterns that found it (none for the default). */
  patterns: number[];
}

export interface Discovery {
  candidates: Candidate[];
  /** Folders that could not be read, each with why. */
  problems: string[];
}

export async function discoverFiles(patterns: string[], cwd: string, workspace: PostmortemWorkspace): Promise<Discovery> {
  const found = new Map<string, Candidate>();
  const problems: string[] = [];
  const add = (filePath: string, explicit: boolean, pattern: number | undefined) => {
    const candidate = found.get(filePath) ?? { filePath, explicit: false, patterns: [] };
    candidate.explicit ||= explicit;
    if (pattern !== undefined) candidate.patterns.push(pattern);
    found.set(filePath, candidate);
  };
  const walker = new Walker(cwd, workspace, problems);

  if (patterns.length === 0) for (const file of await walker.markdownUnder(cwd)) add(file, false, undefined);
  for (const [index, pattern] of patterns.entries()) {
    const existing = await resolveInAnyCase(cwd, pattern);
    const kind = existing === undefined ? undefined : await kindOf(existing);
    // A named file that is not a readable file (a link to nothing, a device) is kept: reading it says why.
    if (existing !== undefined && kind !== 'folder') add(existing, true, index);
    else if (existing !== undefined) for (const file of await walker.markdownUnder(existing)) add(file, false, index);
    else if (picomatch.scan(pattern).isGlob) {
      const { base } = picomatch.scan(pattern);
      const start = await resolveInAnyCase(cwd, base === '' ? '.' : base);
      if (start === undefined || (await kindOf(start)) !== 'folder') continue;
      const absolute = path.isAbsolute(pattern);
      const matches = picomatch(toEnginePath(absolute ? pattern : path.normalize(pattern)).replace(/^\.\//, ''), {
        dot: true,
        nocase: true,
      });
      for (const file of await walker.markdownUnder(start)) {
        if (matches(toEnginePath(absolute ? file : path.relative(cwd, file)))) add(file, false, index);
      }
    }
  }
  return { candidates: [...found.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0)), problems };
}

class Walker {
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

async function entryExists(filePath: string): Promise<boolean> {
  try {
    await lstat(filePath);
    return true;
  } catch {
    return false;
  }
}

async function kindOf(filePath: string): Promise<'file' | 'folder' | 'other' | undefined> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return undefined;
  }
}

/**
 * `relative` resolved against `cwd`, where each segment that does not exist as written may match
 * one entry of its folder in another case ("PostMortems/" finds "postmortems/", as in the editor).
 */
async function resolveInAnyCase(cwd: string, relative: string): Promise<string | undefined> {
  const exact = path.resolve(cwd, relative);
  if (await entryExists(exact)) return exact;
  const { root } = path.parse(exact);
  let current = root;
  for (const segment of exact.slice(root.length).split(path.sep).filter(Boolean)) {
    const candidate = path.join(current, segment);
    if (await entryExists(candidate)) {
      current = candidate;
      continue;
    }
    let names: string[];
    try {
      names = await readdir(current);
    } catch {
      return undefined;
    }
    const same = names.filter((name) => name.toLowerCase() === segment.toLowerCase());
    if (same.length !== 1) return undefined;
    current = path.join(current, same[0]!);
  }
  return current;
}
