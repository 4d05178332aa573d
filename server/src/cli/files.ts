// Which files to lint and which configuration applies to each: the CLI's only file-system code.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_FILES, parseConfigText, type PostmortemConfig } from '../engine';

export const CONFIG_FILE = '.postmortemrc.json';

/** Expands files, folders and globs; a folder means every Markdown file under it. */
export async function expandPatterns(patterns: string[], cwd: string): Promise<string[]> {
  const globs: string[] = [];
  const files: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : DEFAULT_FILES) {
    const path = resolve(cwd, pattern);
    if (existsSync(path) && statSync(path).isFile()) files.push(path);
    else if (existsSync(path) && statSync(path).isDirectory()) globs.push(`${pattern.replace(/[\\/]+$/, '')}/**/*.{md,markdown}`);
    else globs.push(pattern);
  }
  const matched = globs.length > 0 ? await glob(globs, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }) : [];
  return [...new Set([...files, ...matched])].sort();
}

/** Finds and parses the nearest .postmortemrc.json above a file; parsed once per folder. Throws ConfigError. */
export class ConfigLookup {
  private readonly byFolder = new Map<string, { path: string; config: PostmortemConfig } | undefined>();

  constructor(private readonly explicit: string | undefined) {}

  forFile(file: string): { path: string; config: PostmortemConfig } | undefined {
    if (this.explicit) return this.load(resolve(this.explicit));
    return this.nearest(dirname(file));
  }

  private nearest(folder: string): { path: string; config: PostmortemConfig } | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const candidate = join(folder, CONFIG_FILE);
    const parent = dirname(folder);
    const found = existsSync(candidate) ? this.load(candidate) : parent !== folder ? this.nearest(parent) : undefined;
    this.byFolder.set(folder, found);
    return found;
  }

  private load(path: string): { path: string; config: PostmortemConfig } {
    if (this.byFolder.has(path)) return this.byFolder.get(path)!;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read the configuration file ${path}: ${(error as Error).message}`);
    }
    const loaded = { path, config: parseConfigText(text, path) };
    this.byFolder.set(path, loaded);
    return loaded;
  }
}
