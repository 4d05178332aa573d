// The language server's own watcher, for editors that cannot register file watchers for it
// (workspace/didChangeWatchedFiles without dynamic registration): chokidar on the workspace
// folders, node_modules and .git never entered, only the files the server follows reported, and
// bursts (a checkout, a save that writes twice) gathered into one notification.
import { watch } from 'chokidar';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { isWatchedName, type FolderWatcherFactory } from '../lsp/watchedFiles';

const NEVER_WATCHED = new Set(['node_modules', '.git']);
/** Long enough to gather a burst of writes, short enough that a saved configuration shows at once. */
export const FOLDER_WATCHER_DEBOUNCE_MS = 100;

export const nodeFolderWatcher: FolderWatcherFactory = (folders, report, log) => {
  const roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  const pending = new Map<string, FileChangeType>();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(roots, {
    ignoreInitial: true,
    followSymlinks: false,
    // A folder is entered unless it is never watched; a file is reported only when the server follows it.
    ignored: (filePath, stats) => {
      const name = path.basename(filePath);
      if (NEVER_WATCHED.has(name)) return true;
      return !!stats?.isFile() && !isWatchedName(name);
    },
  });
  const note = (type: FileChangeType) => (filePath: string) => {
    if (!isWatchedName(path.basename(filePath))) return;
    const uri = pathToFileURL(filePath).href;
    const earlier = pending.get(uri);
    // Created then changed is still created; created then deleted cancels out.
    if (earlier === FileChangeType.Created && type === FileChangeType.Deleted) pending.delete(uri);
    else if (earlier !== FileChangeType.Created) pending.set(uri, type);
    clearTimeout(timer);
    timer = setTimeout(flush, FOLDER_WATCHER_DEBOUNCE_MS);
  };
  function flush(): void {
    const changes: FileEvent[] = [...pending].map(([uri, type]) => ({ uri, type }));
    pending.clear();
    if (changes.length > 0) report(changes);
  }
  watcher.on('ready', () => log.info(`The editor does not watch files for the server: the server watches ${roots.join(', ')} itself.`));
  watcher.on('add', note(FileChangeType.Created));
  watcher.on('change', note(FileChangeType.Changed));
  watcher.on('unlink', note(FileChangeType.Deleted));
  // A watcher that fails (more folders than the system's limit) leaves the server working without it.
  let warned = false;
  watcher.on('error', (error: unknown) => {
    if (warned) return;
    warned = true;
    log.warn(
      `Watching the workspace folders failed (${error instanceof Error ? error.message : String(error)}): some file changes may be missed.`,
    );
  });
  return {
    dispose: () => {
      clearTimeout(timer);
      void watcher.close();
    },
  };
};
