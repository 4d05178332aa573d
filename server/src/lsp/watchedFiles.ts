// The files on disk the server follows: the configuration files its decisions read
// (.postmortemrc.json, .gitignore) and the Markdown files its workspace index holds. The server
// asks for them itself (a dynamic workspace/didChangeWatchedFiles registration) so that every
// editor sends them, not only the VS Code client; an editor that cannot register them dynamically
// gets the server's own watcher on its workspace folders instead. Whoever needs to know about a
// change subscribes with onDidChange.
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type FileEvent,
  type RemoteConsole,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, GITIGNORE_FILE_NAME } from './protocol';

/** The globs the server registers, relative to every workspace folder. */
export const WATCHED_GLOBS = [`**/${CONFIG_FILE_NAME}`, `**/${GITIGNORE_FILE_NAME}`, '**/*.{md,markdown}'];

/** Whether a file's name (the last part of a path or URI) is one the server follows. */
export function isWatchedName(name: string): boolean {
  return name === CONFIG_FILE_NAME || name === GITIGNORE_FILE_NAME || /\.(md|markdown)$/i.test(name);
}

/**
 * Starts a watcher of the workspace folders (URIs) that reports changes to watched files as
 * FileEvents; none where the platform has no file system (the web worker).
 */
export type FolderWatcherFactory = (
  folders: readonly string[],
  report: (changes: FileEvent[]) => void,
  log: Pick<RemoteConsole, 'info' | 'warn'>,
) => Disposable;

export type WatchedFilesListener = (changes: FileEvent[]) => void;

export class WatchedFiles {
  private readonly listeners = new Set<WatchedFilesListener>();
  private canRegister = false;
  private fallback: Disposable | undefined;
  private folders: readonly string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly startFolderWatcher: FolderWatcherFactory | undefined,
  ) {
    // Events the client sends: after our registration, or because it watches on its own.
    connection.onDidChangeWatchedFiles(({ changes }) => this.emit(changes));
  }

  /** Called from onInitialize. */
  setCapabilities(capabilities: ClientCapabilities): void {
    this.canRegister = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  }

  /** Called from onInitialized, once the client accepts registrations. */
  start(folders: readonly string[]): void {
    this.folders = folders;
    if (this.canRegister) {
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch((error: unknown) => {
          this.connection.console.warn(`The editor refused to watch files for the server (${String(error)}); watching the folders itself.`);
          this.canRegister = false;
          this.watchFolders();
        });
    } else {
      this.watchFolders();
    }
  }

  /** The workspace folders changed: the server's own watcher follows them (a registration already does). */
  setFolders(folders: readonly string[]): void {
    this.folders = folders;
    if (!this.canRegister) this.watchFolders();
  }

  /** Listens to every change of a watched file, from the client or from the server's own watcher. */
  onDidChange(listener: WatchedFilesListener): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    this.fallback?.dispose();
    this.fallback = undefined;
    this.listeners.clear();
  }

  private watchFolders(): void {
    this.fallback?.dispose();
    this.fallback = undefined;
    if (!this.startFolderWatcher || this.folders.length === 0) return;
    try {
      this.fallback = this.startFolderWatcher(this.folders, (changes) => this.emit(changes), this.connection.console);
    } catch (error) {
      this.connection.console.warn(
        `Cannot watch the workspace folders (${error instanceof Error ? error.message : String(error)}): changes to ${CONFIG_FILE_NAME} are seen after a restart of the server.`,
      );
    }
  }

  private emit(changes: FileEvent[]): void {
    if (changes.length === 0) return;
    for (const listener of [...this.listeners]) listener(changes);
  }
}
