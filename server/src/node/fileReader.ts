// The engine's FileReader on node:fs, shared by the language server and the CLI, and the
// conversion between the platform's paths and the engine's ("/"-separated) at that edge.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { FileReader } from '../engine';

export function toEnginePath(fsPath: string): string {
  return path.sep === '/' ? fsPath : fsPath.split(path.sep).join('/');
}

export function toFsPath(enginePath: string): string {
  return path.sep === '/' ? enginePath : enginePath.split('/').join(path.sep);
}

/** Why a file could not be read, in words rather than an errno name. */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file (or a link to nothing)';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return error instanceof Error ? error.message : String(error);
}

export const nodeFileReader: FileReader = {
  async readText(enginePath) {
    try {
      return await readFile(toFsPath(enginePath), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new Error(readProblem(error), { cause: error });
    }
  },
};
