// Reading a file found by a walk or a glob, where the user did not look at each one: a pipe or a
// device named .md would never end (or never start), and a file of gigabytes would fill the
// memory before any size limit is checked on its text. So only regular files are read, and none
// larger than the bound the caller gives.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export class NotARegularFile extends Error {
  constructor() {
    super('it is not a regular file (a pipe, a socket or a device)');
  }
}

export class FileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`it is too large to read (${Math.round(bytes / 1024)} KB)`);
  }
}

/** The bytes of `fsPath`; throws NotARegularFile, FileTooLarge, or node:fs's error. */
export async function readRegularFile(fsPath: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  // Without O_NONBLOCK, opening a pipe that no one writes to waits for a writer (forever).
  const handle = await open(fsPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotARegularFile();
    if (stats.size > maxBytes) throw new FileTooLarge(stats.size);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
