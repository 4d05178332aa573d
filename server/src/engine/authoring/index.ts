// Authoring: what the editor's writing commands insert. Pure like the rest of the engine; the
// language server answers the editing commands with these, the client builds new files with them.
export { actionItemInsertion } from './actionItemEntry';
export { COMPLETION_TRIGGER_CHARACTERS, completionsAt, mayComplete, ownerHandles, type Completion, type KnownOwner } from './completions';
export { missingSectionEdits } from './missingSections';
export {
  SEVERITIES,
  isIsoDate,
  newPostmortemFromBuiltIn,
  newPostmortemFromWorkspaceTemplate,
  postmortemFileName,
  slugify,
  type NewPostmortemAnswers,
} from './newPostmortem';
export type { AuthoringResult, SnippetInsertion } from './snippetSyntax';
export { postmortemSnippets, postmortemSnippetsFile, type Snippet } from './snippets';
export { BUILT_IN_TEMPLATES, builtInTemplate, type BuiltInTemplate, type TemplateSection } from './templates';
export { timelineEntryInsertion } from './timelineEntry';
