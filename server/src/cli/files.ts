// Which Markdown files the CLI looks at: the files, folders and globs on the command line, or
// everything under the working directory. Folders that .gitignore excludes are not walked, and
// node_modules and .git never; whether each file found is a postmortem is the engine's decision
// (PostmortemWorkspace), as in the editor. Paths are matched as the editor matches them: globs
// and folder names in any case.
import { lstat, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import type { PostmortemWorkspace } from '../engine';
import { toEnginePath } from '../node/fileReader';
import { kindOf, MarkdownWalker } from '../node/markdownFiles';

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
  const walker = new MarkdownWalker(cwd, workspace, problems);

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

async function entryExists(filePath: string): Promise<boolean> {
  try {
    await lstat(filePath);
    return true;
  } catch {
    return false;
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
