// The people the "@" completion proposes: owners already named in the action items of the
// workspace's postmortems (read from disk, each file parsed again only when it changed), and the
// authors of the workspace's git history (asked of git at most once a minute, and only in a
// trusted workspace: git reads the repository's own configuration).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { glob } from 'tinyglobby';
import { ownerHandles, type KnownOwner } from '../engine';
import { buildModel } from '../engine/model';

/** Enough for any team's postmortems; a huge monorepo is not read whole for one completion. */
const MAX_FILES = 2_000;
const GIT_TTL_MS = 60_000;

export class WorkspaceOwners {
  private readonly files = new Map<string, { mtimeMs: number; size: number; handles: string[] }>();
  private readonly gitAuthors = new Map<string, { at: number; authors: Promise<KnownOwner[]> }>();

  /** Handles from the postmortems matching `globs` in `folder` and, when `trusted`, its git authors; `current` first-hand. */
  async owners(folder: string | undefined, globs: string[], trusted: boolean, current: string[]): Promise<KnownOwner[]> {
    const uses = new Map<string, number>();
    for (const handle of current) uses.set(handle, (uses.get(handle) ?? 0) + 1);
    if (folder) for (const handle of await this.postmortemHandles(folder, globs)) uses.set(handle, (uses.get(handle) ?? 0) + 1);
    const owners = new Map<string, KnownOwner>();
    for (const [handle, count] of uses)
      owners.set(handle.toLowerCase(), { handle, detail: `owner in ${count} action item${count === 1 ? '' : 's'}` });
    if (folder && trusted) {
      for (const author of await this.authors(folder))
        if (!owners.has(author.handle.toLowerCase())) owners.set(author.handle.toLowerCase(), author);
    }
    return [...owners.values()];
  }

  private async postmortemHandles(folder: string, globs: string[]): Promise<string[]> {
    let paths: string[];
    try {
      paths = (await glob(globs, { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })).slice(0, MAX_FILES);
    } catch {
      return [];
    }
    const handles: string[] = [];
    for (const path of paths) {
      try {
        const stat = fs.statSync(path);
        let known = this.files.get(path);
        if (!known || known.mtimeMs !== stat.mtimeMs || known.size !== stat.size) {
          known = { mtimeMs: stat.mtimeMs, size: stat.size, handles: ownerHandles(buildModel(fs.readFileSync(path, 'utf8'))) };
          this.files.set(path, known);
        }
        handles.push(...known.handles);
      } catch {
        // Deleted or unreadable meanwhile: it names nobody.
      }
    }
    return handles;
  }

  private authors(folder: string): Promise<KnownOwner[]> {
    const cached = this.gitAuthors.get(folder);
    if (cached && Date.now() - cached.at < GIT_TTL_MS) return cached.authors;
    const authors = new Promise<KnownOwner[]>((resolve) => {
      execFile(
        'git',
        ['log', '--format=%an%x1f%ae', '-n', '2000'],
        { cwd: folder, timeout: 3_000, maxBuffer: 4 * 1024 * 1024 },
        (error, stdout) => {
          resolve(error ? [] : gitAuthors(stdout));
        },
      );
    });
    this.gitAuthors.set(folder, { at: Date.now(), authors });
    return authors;
  }
}

/** "Priya Natarajan\x1fpriya.n@example.com" lines → handles from the e-mail's local part (a GitHub no-reply address gives the login). */
export function gitAuthors(log: string): KnownOwner[] {
  const byHandle = new Map<string, KnownOwner>();
  for (const line of log.split('\n')) {
    const [name, email] = line.split('\x1f');
    if (!name || !email?.includes('@')) continue;
    const local = email.slice(0, email.indexOf('@'));
    const handle = (email.endsWith('@users.noreply.github.com') ? local.replace(/^\d+\+/, '') : local.replace(/\+.*$/, '')).trim();
    if (!/^[\w.-]+$/.test(handle) || byHandle.has(handle.toLowerCase())) continue;
    byHandle.set(handle.toLowerCase(), { handle, detail: `git author ${name.trim()}` });
  }
  return [...byHandle.values()];
}
