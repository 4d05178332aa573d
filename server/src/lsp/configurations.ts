// The effective configuration of each document: built-in defaults, then the nearest
// `.postmortemrc.json` (only in a trusted workspace), then the user's `postmortem.*` settings on
// top. One PostmortemAnalyzer per distinct effective configuration, since the analyzer caches
// prose analysis for its configuration. A mistake in the file or the settings drops that layer
// and is reported; it never stops the server.
import type { Connection } from 'vscode-languageserver';
import {
  DEFAULT_FILES,
  mergeConfigs,
  pathInside,
  PostmortemAnalyzer,
  relativePath,
  type ConfigError,
  type PostmortemConfig,
  PostmortemWorkspace,
  type ConfigFile,
  type WorkspaceDocument,
} from '../engine';
import { BuiltBySettings } from '../engine/builtBySettings';
import type { ServerPlatform } from './platform';
import { SETTINGS_SECTION } from './protocol';
import { readEditorSettings, type EditorSettings } from './settings';

export interface DocumentConfiguration {
  analyzer: PostmortemAnalyzer;
  /** The effective configuration: defaults, the file, the settings. */
  config: PostmortemConfig;
  /** `files` globs that make a document a postmortem. */
  globs: string[];
  /** The document's path (engine form) and its workspace folder, for the engine's decisions. */
  document: WorkspaceDocument;
  /** Where those decisions are made (shared by every document). */
  workspace: PostmortemWorkspace;
  settings: EditorSettings;
  /** The `.postmortemrc.json` in effect (undefined when none, or when ignored). */
  configFile: ConfigFile | undefined;
  /** A `.postmortemrc.json` exists but the workspace is untrusted. */
  configFileIgnored: boolean;
  /** Layers that were dropped, each with its reason. */
  errors: ConfigError[];
  /** Path relative to its workspace folder, forward slashes (the whole path outside any); undefined for untitled documents. */
  relativePath: string | undefined;
  /** The innermost workspace folder holding the document, if any (a file path). */
  folder: string | undefined;
  /** The configuration file's path as the user's system writes it. */
  configFilePath: string | undefined;
}

export class Configurations {
  /** Which configuration file applies and what .gitignore excludes, decided by the engine as for the CLI. */
  readonly workspace: PostmortemWorkspace;
  /** Workspace folders, as engine paths. */
  private folders: string[] = [];
  private readonly settingsByUri = new Map<string, Promise<EditorSettings>>();
  /** The `postmortem` settings an editor pushed (initializationOptions, didChangeConfiguration). */
  private pushedSettings: unknown = undefined;
  /** Editing a .postmortemrc.json makes a new configuration per keystroke; the recent few are kept. */
  private readonly analyzers = new BuiltBySettings(8, (config: PostmortemConfig) => new PostmortemAnalyzer(config));

  constructor(
    private readonly connection: Connection,
    private readonly platform: Pick<ServerPlatform, 'fileReader' | 'enginePath' | 'displayPath'>,
    private readonly options: { canPullSettings: boolean; workspaceTrusted: boolean },
  ) {
    // Each file is read once and remembered until the client reports a change to it.
    this.workspace = new PostmortemWorkspace(platform.fileReader);
  }

  setWorkspaceFolders(uris: string[]): void {
    this.folders = uris.flatMap((uri) => this.platform.enginePath(uri) ?? []);
  }

  /** The workspace folders, as engine paths. */
  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  setWorkspaceTrusted(trusted: boolean): void {
    this.options.workspaceTrusted = trusted;
  }

  get workspaceTrusted(): boolean {
    return this.options.workspaceTrusted;
  }

  /** Settings an editor pushed, used when it cannot be asked (no workspace/configuration) or answers nothing. */
  setPushedSettings(settings: unknown): void {
    this.pushedSettings = settings;
  }

  /** Settings changed: read them again on next use. */
  forgetSettings(): void {
    this.settingsByUri.clear();
  }

  forgetDocument(uri: string): void {
    this.settingsByUri.delete(uri);
    // Each analyzer keeps the parsed chunks of the documents it analysed.
    for (const analyzer of this.analyzers.values()) analyzer.forget(uri);
  }

  async forDocument(uri: string): Promise<DocumentConfiguration> {
    const settings = await this.settingsFor(uri);
    const filePath = this.platform.enginePath(uri);
    const document: WorkspaceDocument = { path: filePath, root: filePath === undefined ? undefined : this.folderOf(filePath) };
    const found = await this.workspace.configFileFor(document);
    const configFile = this.options.workspaceTrusted ? found : undefined;

    const errors: ConfigError[] = [];
    if (configFile?.error) errors.push(configFile.error);
    if (settings.error) errors.push(settings.error);
    const merged = mergeConfigs(configFile?.config, settings.config);
    return {
      analyzer: this.analyzers.get(merged),
      config: merged,
      globs: merged.files ?? DEFAULT_FILES,
      document,
      workspace: this.workspace,
      settings,
      configFile,
      configFileIgnored: found !== undefined && configFile === undefined,
      errors,
      relativePath: relativePath(document),
      folder: document.root === undefined ? undefined : this.platform.displayPath(document.root),
      configFilePath: configFile && this.platform.displayPath(configFile.path),
    };
  }

  /**
   * The document's `postmortem.*` settings, asked of the client once per document until they
   * change; those it pushed when it cannot be asked or has no such section (null).
   */
  settingsFor(uri: string): Promise<EditorSettings> {
    let settings = this.settingsByUri.get(uri);
    if (!settings) {
      const pushed = this.pushedSettings;
      const raw: Promise<unknown> = this.options.canPullSettings
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
            (pulled: unknown) => pulled ?? pushed,
            () => pushed,
          )
        : Promise.resolve(pushed);
      settings = raw.then(readEditorSettings);
      this.settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** The innermost workspace folder containing `filePath`. */
  private folderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      if (pathInside(folder, filePath) === undefined) continue;
      if (best === undefined || folder.length > best.length) best = folder;
    }
    return best;
  }
}
