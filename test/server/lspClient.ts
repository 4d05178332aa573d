// A minimal LSP client for protocol tests: spawns the bundled server (dist/server.js) over stdio,
// answers its workspace/configuration requests with the settings a test gives, and lets tests
// wait for the notifications it sends (diagnostics, messages). Run `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type FileEvent,
  type LogMessageParams,
  type ProtocolConnection,
  type Registration,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/serverProcess';

const SERVER = path.resolve(__dirname, '../../dist/server.js');

export class LspClient {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics and showMessage, in arrival order. */
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  /** Every window/logMessage: what the Output channel shows. */
  readonly logs: LogMessageParams[] = [];
  /** Every client/registerCapability, in arrival order. */
  readonly registrations: Registration[] = [];
  /** What workspace/configuration answers for the `postmortem` section (only what the user set). */
  settings: Record<string, unknown> = {};
  private readonly process: ChildProcess;
  private readonly listeners = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  /** What to send once the settings of a document have been answered, by document. */
  private readonly afterSettings = new Map<string, () => void>();

  /** `command`: how to start the server; by default the bundle as the extension starts it. */
  constructor(command: { file: string; args: string[] } = { file: process.execPath, args: [...SERVER_EXEC_ARGV, SERVER, '--stdio'] }) {
    this.process = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(this.diagnostics, params));
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.record(this.messages, params));
    this.connection.onNotification(LogMessageNotification.type, (params) => this.record(this.logs, params));
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      for (const { scopeUri } of params.items) {
        const send = scopeUri === undefined ? undefined : this.afterSettings.get(scopeUri);
        if (!send) continue;
        this.afterSettings.delete(scopeUri!);
        // The answer is written when this handler returns; what `send` writes goes after it.
        setImmediate(send);
      }
      return params.items.map(() => this.settings);
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.record(this.registrations, ...params.registrations);
    });
    this.connection.listen();
  }

  /** The server's process id (for the benchmark's memory reading). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /**
   * `capabilities`: what the client declares besides pulled configuration (e.g. VS Code's snippet
   * edits). Like VS Code, it lets the server register file watchers unless `watchesFiles` is false
   * (then the server watches the folder itself).
   */
  async initialize(
    workspaceFolder: string,
    options: {
      workspaceTrusted?: boolean;
      capabilities?: ClientCapabilities;
      watchesFiles?: boolean;
      /** False: like Neovim 0.7, the client cannot be asked for settings (no workspace/configuration) and pushes them. */
      pullsSettings?: boolean;
      /** Sent as initializationOptions, besides workspaceTrusted. */
      initializationOptions?: Record<string, unknown>;
    } = {},
  ): Promise<void> {
    const folderUri = pathToFileURL(workspaceFolder).href;
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(workspaceFolder) }],
      capabilities: {
        ...options.capabilities,
        workspace: {
          ...options.capabilities?.workspace,
          configuration: options.pullsSettings !== false,
          didChangeConfiguration: { dynamicRegistration: options.pullsSettings !== false },
          didChangeWatchedFiles: { dynamicRegistration: options.watchesFiles !== false },
        },
      },
      initializationOptions:
        options.workspaceTrusted === undefined && options.initializationOptions === undefined
          ? undefined
          : {
              ...options.initializationOptions,
              ...(options.workspaceTrusted === undefined ? {} : { workspaceTrusted: options.workspaceTrusted }),
            },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Sends an edit and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  /**
   * Runs `send` once the server has been sent the settings of `uri` (it asks when it first
   * analyses the document), so that the server reads what `send` sends after those settings:
   * after its analysis of the document has begun.
   */
  afterSettingsOf(uri: string, send: () => void): void {
    this.afterSettings.set(uri, send);
  }

  async settingsChanged(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Pushes settings as editors without workspace/configuration do: `{ postmortem: { … } }`. */
  async settingsPushed(payload: unknown): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: payload });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /**
   * The first diagnostics for `uri` published after `since` (an index into `diagnostics`) that
   * `accept` likes; by default those of an open document's validation (they carry its version)
   * or a clearing, not the findings the workspace index publishes for a closed file.
   */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = (params) => params.version !== undefined || params.diagnostics.length === 0,
    since = 0,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => this.diagnostics.slice(since).find((params) => params.uri === uri && accept(params)),
      `diagnostics for ${uri}`,
      timeoutMs,
    );
  }

  waitForMessage(accept: (params: ShowMessageParams) => boolean, timeoutMs = 10_000): Promise<ShowMessageParams> {
    return this.waitFor(() => this.messages.find(accept), 'a window/showMessage', timeoutMs);
  }

  waitForRegistration(method: string, timeoutMs = 10_000): Promise<Registration> {
    return this.waitFor(
      () => this.registrations.find((registration) => registration.method === method),
      `a registration of ${method}`,
      timeoutMs,
    );
  }

  waitForLog(accept: (params: LogMessageParams) => boolean, timeoutMs = 10_000): Promise<LogMessageParams> {
    return this.waitFor(() => this.logs.find(accept), 'a window/logMessage', timeoutMs);
  }

  async dispose(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // Already gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }

  /** Resolves when `find` returns something, re-checked on each notification (no polling). */
  private waitFor<T>(find: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        done();
        resolve(found);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  private record<T>(list: T[], ...items: T[]): void {
    list.push(...items);
    for (const listener of [...this.listeners]) listener();
  }
}
