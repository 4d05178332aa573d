// Deciding about files in a folder, for every front end alike (see postmortemWorkspace.ts).
export { CONFIG_FILE_NAME, GITIGNORE_FILE_NAME, MARKDOWN } from './fileNames';
export type { FileReader } from './fileReader';
export { ConfigFiles, type ConfigFile } from './configFiles';
export { GitignoreRules } from './gitignore';
export { baseName, joinPath, parentFolder, pathInside } from './paths';
export {
  ALWAYS_IGNORED,
  POSTMORTEM_TITLE,
  decidePostmortem,
  matchesGlobs,
  type PostmortemCandidate,
  type PostmortemDecision,
  type PostmortemReason,
} from './postmortemFiles';
export { PostmortemWorkspace, relativePath, type WorkspaceDocument } from './postmortemWorkspace';
