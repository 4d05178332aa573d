// The language server on Node: files read with node:fs, the workspace index and the owners read
// from disk, and a folder watcher of its own for editors that cannot watch files.
import { fileURLToPath } from 'node:url';
import type { ServerPlatform } from '../lsp/platform';
import { WorkspaceIndex } from '../lsp/workspaceIndex';
import { WorkspaceOwners } from '../lsp/workspaceOwners';
import { nodeFileReader, toEnginePath, toFsPath } from './fileReader';
import { nodeFolderWatcher } from './folderWatcher';

export function nodePlatform(): ServerPlatform {
  return {
    description: `Node ${process.version}, pid ${process.pid}`,
    fileReader: nodeFileReader,
    enginePath: (uri) => (uri.startsWith('file:') ? toEnginePath(fileURLToPath(uri)) : undefined),
    displayPath: toFsPath,
    owners: new WorkspaceOwners(),
    workspaceIndex: (connection, documents, configurations, analyses, collection) =>
      new WorkspaceIndex(connection, documents, configurations, analyses, collection),
    startFolderWatcher: nodeFolderWatcher,
  };
}
