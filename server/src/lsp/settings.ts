// The `postmortem.*` settings as the server sees them. The client sends only the values the user
// has set (see client/src/userSettings.ts), so an unset setting never hides the value of a
// `.postmortemrc.json`. Other editors may push them instead (initializationOptions,
// workspace/didChangeConfiguration), as `{ "postmortem": { … } }`. The engine's part goes
// through the same schema as the file; the editor's own knobs (debounce, size and time limits)
// are checked here.
import { ConfigError, DEFAULT_MAX_FILE_SIZE_KB, validateConfig, type PostmortemConfig } from '../engine';
import { SETTINGS_SECTION } from './protocol';

export const SETTINGS_SOURCE = 'Settings (postmortem.*)';

export interface EditorSettings {
  /** The engine configuration from settings, empty when invalid. */
  config: PostmortemConfig;
  debounceMs: number;
  maxFileSizeKB: number;
  /** The most time spent analysing one version of a document before it is given up. */
  analysisTimeLimitMs: number;
  /** Findings of postmortems that are not open reach the Problems panel too. */
  workspaceDiagnostics: boolean;
  /** Why (part of) the settings were ignored. */
  error: ConfigError | undefined;
}

export const DEFAULT_DEBOUNCE_MS = 150;

export const DEFAULT_ANALYSIS_TIME_LIMIT_MS = 5000;
/** Below this, even a small postmortem could be given up on a busy machine. */
export const MIN_ANALYSIS_TIME_LIMIT_MS = 100;

/** Keys of the engine configuration that settings may set (`sections` is file-only). */
const ENGINE_KEYS = ['files', 'profile', 'rules', 'blame', 'inclusive'] as const;

/**
 * The `postmortem` section of a payload an editor pushes (initializationOptions, or the settings
 * of workspace/didChangeConfiguration): `{ "postmortem": { … } }`. Undefined when it has none.
 */
export function pushedSettingsSection(payload: unknown): unknown {
  return isRecord(payload) ? payload[SETTINGS_SECTION] : undefined;
}

/**
 * Settings written in Lua (Neovim) arrive with an empty table as `[]`, even where an object is
 * meant: `rules = {}`, or a rule's `{ "warning", {} }`. Read as the empty object they stand for.
 */
function emptyArraysAsObjects(raw: unknown): unknown {
  const asObject = (value: unknown) => (Array.isArray(value) && value.length === 0 ? {} : value);
  const settings = asObject(raw);
  if (!isRecord(settings)) return settings;
  const result: Record<string, unknown> = { ...settings };
  for (const key of ['validate', 'rules', 'blame', 'inclusive', 'preview']) if (key in result) result[key] = asObject(result[key]);
  if (isRecord(result.rules))
    result.rules = Object.fromEntries(
      Object.entries(result.rules).map(([rule, value]) => [
        rule,
        Array.isArray(value) && value.length === 2 ? [value[0], asObject(value[1])] : value,
      ]),
    );
  return result;
}

export function readEditorSettings(given: unknown): EditorSettings {
  const raw = emptyArraysAsObjects(given);
  const settings: EditorSettings = {
    config: {},
    debounceMs: DEFAULT_DEBOUNCE_MS,
    maxFileSizeKB: DEFAULT_MAX_FILE_SIZE_KB,
    analysisTimeLimitMs: DEFAULT_ANALYSIS_TIME_LIMIT_MS,
    workspaceDiagnostics: true,
    error: undefined,
  };
  if (!isRecord(raw)) return settings;
  const problems: string[] = [];

  const debounce = isRecord(raw.validate) ? raw.validate.debounceMs : undefined;
  if (debounce !== undefined) {
    if (typeof debounce === 'number' && debounce >= 0 && debounce <= 10_000) settings.debounceMs = debounce;
    else problems.push('validate.debounceMs must be a number of milliseconds between 0 and 10000');
  }
  const maxSize = raw.maxFileSizeKB;
  if (maxSize !== undefined) {
    if (typeof maxSize === 'number' && maxSize > 0) settings.maxFileSizeKB = maxSize;
    else problems.push('maxFileSizeKB must be a positive number of kilobytes');
  }
  const timeLimit = raw.analysisTimeLimitMs;
  if (timeLimit !== undefined) {
    if (typeof timeLimit === 'number' && timeLimit >= MIN_ANALYSIS_TIME_LIMIT_MS) settings.analysisTimeLimitMs = timeLimit;
    else problems.push(`analysisTimeLimitMs must be a number of milliseconds, at least ${MIN_ANALYSIS_TIME_LIMIT_MS}`);
  }

  const workspaceDiagnostics = raw.workspaceDiagnostics;
  if (workspaceDiagnostics !== undefined) {
    if (typeof workspaceDiagnostics === 'boolean') settings.workspaceDiagnostics = workspaceDiagnostics;
    else problems.push('workspaceDiagnostics must be true or false');
  }

  const engineConfig: Record<string, unknown> = {};
  for (const key of ENGINE_KEYS) if (raw[key] !== undefined && raw[key] !== null) engineConfig[key] = raw[key];
  try {
    settings.config = validateConfig(engineConfig, SETTINGS_SOURCE);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) settings.error = new ConfigError(SETTINGS_SOURCE, problems);
  return settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
