// The engine's public surface, for the language server, the CLI and the tests.
export { PostmortemAnalyzer, DEFAULT_SEVERITIES, type AnalysisOptions, type AnalysisResult } from './analyze';
export { AnalysisInterrupted, type ShouldStop } from './interruption';
export { DEFAULT_MAX_FILE_SIZE_KB } from './defaults';
export { formatDuration } from './timelineClock';
export * from './incidents';
export {
  ConfigError,
  DEFAULT_FILES,
  DEFAULT_PROFILE,
  mergeConfigs,
  parseConfigText,
  validateConfig,
  type PostmortemConfig,
} from './config';
export { applyEdits, fixPlaceholder, safeFixEdits, type PlaceholderFix } from './fixes';
export type { ActionItem, PostmortemModel, Section, Timeline, TimelineEntry } from './model';
export { openingOf, type Opening } from './parse';
export { LineIndex, toLspPosition, toLspRange } from './positions';
export { RULES, RULES_BY_ID, ruleUrl, type Rule } from './rules';
export { requiredSectionStatus, sectionInsertion, type RequiredSectionStatus } from './sectionMatching';
export {
  BLAME_CATEGORIES,
  type BlameCategory,
  type Finding,
  type Fix,
  type Point,
  type Range,
  type Severity,
  type SeveritySetting,
  type TextEdit,
} from './types';
export * from './workspace';
export { BUILT_IN_PROFILES, SECTION_DEFINITIONS, type Profile, type SectionDefinition } from './vocabulary';
// Templates, snippets and the insertions of the writing commands; listed in authoring/index.ts.
export * from './authoring';
