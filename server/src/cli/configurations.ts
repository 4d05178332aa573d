// The configuration each file is checked with on the command line: the built-in defaults, the
// .postmortemrc.json that the engine finds for it (the working directory plays the editor's
// workspace folder) or the one --config names, then --profile and --rule on top.
import * as path from 'node:path';
import {
  DEFAULT_FILES,
  DEFAULT_PROFILE,
  RULES,
  mergeConfigs,
  PostmortemAnalyzer,
  type PostmortemConfig,
  type PostmortemReason,
  type PostmortemWorkspace,
} from '../engine';
import { toEnginePath, toFsPath } from '../node/fileReader';

/** Prose blocks whose analysis an analyzer of the CLI keeps: a long postmortem's, for --fix's second analysis. */
const PROSE_CACHE_PER_RUN = 2_000;

/** A configuration file that cannot be used; the message names it and says why. */
export class ConfigProblem extends Error {}

export class CliConfigurations {
  private readonly analyzers = new Map<string, PostmortemAnalyzer>();

  constructor(
    private readonly workspace: PostmortemWorkspace,
    private readonly cwd: string,
    private readonly explicitFile: string | undefined,
    private readonly overrides: PostmortemConfig,
  ) {}

  /** The effective configuration for a file (standard input without a name: a file in the working directory), and where it came from. */
  async forFile(filePath: string | undefined): Promise<{ config: PostmortemConfig; source: string | undefined }> {
    const file = this.explicitFile
      ? await this.workspace.configFiles.load(toEnginePath(path.resolve(this.cwd, this.explicitFile)))
      : await this.workspace.configFileFor({ path: toEnginePath(filePath ?? path.join(this.cwd, '-')), root: toEnginePath(this.cwd) });
    if (file?.error) throw new ConfigProblem(`invalid configuration ${file.error.message}`);
    return { config: mergeConfigs(file?.config, this.overrides), source: file && toFsPath(file.path) };
  }

  /**
   * One analyzer per distinct configuration. Each file is analysed once (twice with --fix), so
   * few prose analyses are kept: keeping the editor's many only made work for the collector.
   */
  analyzer(config: PostmortemConfig): PostmortemAnalyzer {
    const key = JSON.stringify(config);
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = new PostmortemAnalyzer(config, { proseCacheLimit: PROSE_CACHE_PER_RUN })));
    return analyzer;
  }
}

/** The configuration with every default written out, as --print-config shows it (valid as a .postmortemrc.json). */
export function effectiveConfig(config: PostmortemConfig): PostmortemConfig {
  return {
    profile: config.profile ?? (config.sections ? 'custom' : DEFAULT_PROFILE),
    ...(config.sections ? { sections: config.sections } : {}),
    files: config.files ?? DEFAULT_FILES,
    ignores: config.ignores ?? [],
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, config.rules?.[rule.id] ?? rule.defaultSeverity])),
    blame: { extraPhrases: config.blame?.extraPhrases ?? [], allow: config.blame?.allow ?? [] },
    inclusive: { allow: config.inclusive?.allow ?? [] },
  };
}

/** Why a file is, or is not, checked, in words. */
export const REASONS: Record<PostmortemReason, string> = {
  'opted-in': 'is checked (opted in)',
  files: 'is a postmortem (its path matches `files`)',
  'front-matter': 'is a postmortem (front matter `type: postmortem`)',
  title: 'is a postmortem (its title names one)',
  ignores: 'is not checked: `ignores` excludes it (or it is under node_modules or .git)',
  gitignore: 'is not checked: .gitignore excludes it',
  none: 'is not a postmortem: its path matches no `files` glob, and it has neither front matter `type: postmortem` nor a postmortem title',
};
