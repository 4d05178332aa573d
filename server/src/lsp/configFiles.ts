// The server's view of the files around a document: the engine's PostmortemWorkspace (which
// `.postmortemrc.json` applies, what .gitignore excludes) reading through node:fs. Each file is
// read once and remembered until the client reports a change to it (workspace/didChangeWatchedFiles).
import { PostmortemWorkspace } from '../engine';
import { nodeFileReader } from '../node/fileReader';

export type { ConfigFile } from '../engine';

export function serverWorkspace(): PostmortemWorkspace {
  return new PostmortemWorkspace(nodeFileReader);
}
