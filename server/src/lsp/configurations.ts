// The effective configuration of each document: built-in defaults, then the nearest
// `.postmortemrc.json` (only in a trusted workspace), then the user's `postmortem.*` settings on
// top. One PostmortemAnalyzer per distinct effective configuration, since the analyzer caches
// prose analysis for its configuration. A mistake in the file or the settings drops that layer
// and is reported; it never stops the server.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_FILES, mergeConfigs, PostmortemAnalyzer, type ConfigError, type PostmortemConfig } from '../engine';
import { BuiltBySettings } from '../engine/builtBySettings';
import { ConfigFiles, type ConfigFile } from './configFiles';
import { SETTINGS_SECTION } from './protocol';
import { readEditorSettings, type EditorSettings } from './settings';

export interface DocumentConfiguration {
  analyzer: PostmortemAnalyzer;
  /** `files` globs that make a document a postmortem. */
  globs: string[];
  settings: EditorSettings;
  /** The `.postmortemrc.json` in effect (undefined when none, or when ignored). */
  configFile: ConfigFile | undefined;
  /** A `.postmortemrc.json` exists but the workspace is untrusted. */
  configFileIgnored: boolean;
  /** Layers that were dropped, each with its reason. */
  errors: ConfigError[];
  /** Path relative to its workspace folder, forward slashes; undefined for untitled documents. */
  relativePath: string | undefined;
  /** The innermost workspace folder holding the document, if any (a file path). */
  folder: string | undefined;
}

export class Configurations {
  readonly configFiles = new ConfigFiles();
  private folders: string[] = [];
  private readonly settingsByUri = new Map<string, Promise<EditorSettings>>();
  /** Editing a .postmortemrc.json makes a new configuration per keystroke; the recent few are kept. */
  private readonly analyzers = new BuiltBySettings(8, (config: PostmortemConfig) => new PostmortemAnalyzer(config));

  constructor(
    private readonly connection: Connection,
    private readonly options: { canPullSettings: boolean; workspaceTrusted: boolean },
  ) {}

  setWorkspaceFolders(uris: string[]): void {
    this.folders = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
  }

  setWorkspaceTrusted(trusted: boolean): void {
    this.options.workspaceTrusted = trusted;
  }

  get workspaceTrusted(): boolean {
    return this.options.workspaceTrusted;
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
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    const folder = filePath === undefined ? undefined : this.folderOf(filePath);
    const found = filePath === undefined ? undefined : this.configFiles.find(filePath, folder);
    const configFile = this.options.workspaceTrusted ? found : undefined;

    const errors: ConfigError[] = [];
    if (configFile?.error) errors.push(configFile.error);
    if (settings.error) errors.push(settings.error);
    const merged = mergeConfigs(configFile?.config, settings.config);
    return {
      analyzer: this.analyzers.get(merged),
      globs: merged.files ?? DEFAULT_FILES,
      settings,
      configFile,
      configFileIgnored: found !== undefined && configFile === undefined,
      errors,
      relativePath: filePath === undefined ? undefined : relativePath(filePath, folder),
      folder,
    };
  }

  /** The document's `postmortem.*` settings, asked of the client once per document until they change. */
  settingsFor(uri: string): Promise<EditorSettings> {
    let settings = this.settingsByUri.get(uri);
    if (!settings) {
      settings = this.options.canPullSettings
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(readEditorSettings, () => readEditorSettings(undefined))
        : Promise.resolve(readEditorSettings(undefined));
      this.settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** The innermost workspace folder containing `filePath`. */
  private folderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder, filePath);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (best === undefined || folder.length > best.length) best = folder;
    }
    return best;
  }
}

/** What the `files` globs are matched against: the path inside the workspace folder, or the whole path outside any. */
function relativePath(filePath: string, folder: string | undefined): string {
  const relative = folder === undefined ? filePath : path.relative(folder, filePath);
  return relative.split(path.sep).join('/').replace(/^\//, '');
}
