// The custom part of the protocol between the VS Code client and the language server, declared
// once for both sides. Plain method names and types, no runtime imports: the client bundle and
// the server bundle each carry their own copy of vscode-languageserver-protocol, so sharing a
// RequestType instance across them would only add a second copy.
import type { ActionItemSummary, PostmortemSummary } from '../engine/incidents/summaries';
import type { Trends } from '../engine/incidents/trends';

/** The settings section the server reads (`postmortem.*`). */
export const SETTINGS_SECTION = 'postmortem';

/** The configuration file looked up from a document's folder up to its workspace folder; .gitignore files exclude documents. */
export { CONFIG_FILE_NAME, GITIGNORE_FILE_NAME } from '../engine/workspace/fileNames';

/** What the client tells the server in `initialize`. */
export interface InitializationOptions {
  /** False in an untrusted workspace: then `.postmortemrc.json` files are ignored. */
  workspaceTrusted: boolean;
  /**
   * False when the editor outlines Markdown itself, as VS Code does: a second document-symbol
   * provider would split its Outline view and breadcrumbs into two groups. Default true.
   */
  documentSymbols?: boolean;
  /** The `postmortem.*` settings, from an editor that pushes them rather than answering workspace/configuration. */
  postmortem?: unknown;
}

/**
 * `postmortem/model`, sent by the client (status bar, later the structure view) to read the
 * cached analysis of an open document. Answers null for a document that is not a postmortem.
 */
export const ModelRequest = { method: 'postmortem/model' } as const;
export interface ModelParams {
  uri: string;
}

/**
 * `postmortem/lintFile`, sent by the client's "Lint This File" command: treat this document as a
 * postmortem for the rest of the session even if its path and title say otherwise.
 */
export const LintFileRequest = { method: 'postmortem/lintFile' } as const;
export interface LintFileParams {
  uri: string;
}
export interface LintFileResult {
  /** False when the document is not open in the server (nothing to lint). */
  linted: boolean;
}

/** `postmortem/workspaceTrusted`, sent by the client when the user grants workspace trust. */
export const WorkspaceTrustedNotification = { method: 'postmortem/workspaceTrusted' } as const;

/** A 0-based LSP position and range, spelled out so the client needs no server types. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** The JSON-safe summary of a document's model that `postmortem/model` answers. */
export interface ModelSummary {
  uri: string;
  version: number;
  /** Why the document was not analysed, when it was not (then the lists below are empty). */
  skipped?: 'too-large' | 'time-limit';
  metadata: {
    title?: string;
    date?: string;
    status?: string;
    severity?: string;
    authors?: string;
    type?: string;
    profile?: string;
    /** As written ("**Duration:** 47 minutes"), when it is. */
    duration?: string;
  };
  profile: { id: string; label: string };
  /** `range`: the heading; `extent`: the heading to the section's end; `findings`: how many findings lie in the extent. */
  requiredSections: { title: string; status: 'present' | 'empty' | 'missing'; range?: Range; extent?: Range; findings: number }[];
  sections: { title: string; level: number; parent?: number; isEmpty: boolean; range: Range; headingRange: Range }[];
  /** `ownerMissing`: no owner, or a placeholder such as TBD (what action-item-owner reports). */
  actionItems: { text: string; owner?: string; due?: string; ticket?: string; ownerMissing: boolean; range: Range }[];
  /** `span`: the first and last timed entries (indexes into `entries`) and the minutes between them. */
  timeline?: {
    section: number;
    entries: { time: string; text: string; range: Range }[];
    span?: { first: number; last: number; durationMinutes?: number };
  };
  findings: { total: number; error: number; warning: number; info: number; byRule: Record<string, number> };
  /** Problems with `.postmortemrc.json` or the settings, each in one sentence. */
  configurationErrors: string[];
  /** The `.postmortemrc.json` that applies, if any (a file path). */
  configFile?: string;
  /** True when a `.postmortemrc.json` exists but was ignored because the workspace is untrusted. */
  configFileIgnored?: boolean;
}

/**
 * `postmortem/preview`, sent by the client's preview panel: the document rendered to sanitized
 * HTML (from the cached analysis), with the figures of the preview's header. Null for a document
 * that is not a postmortem or not open.
 */
export const PreviewRequest = { method: 'postmortem/preview' } as const;
export interface PreviewParams {
  uri: string;
  /** The workspace folder whose images may be shown, and the webview URI that serves it. */
  resourceRoot?: { folderUri: string; webviewUri: string };
  allowRemoteImages: boolean;
}
export interface PreviewHeader {
  title?: string;
  date?: string;
  severity?: string;
  status?: string;
  /** Written in the document, else from the timeline ("47 min"). */
  duration?: string;
  sections: { present: number; required: number };
  actionItems: { owned: number; total: number };
  findings: number;
}
export interface PreviewResult {
  uri: string;
  version: number;
  /** Sanitized HTML of the body; every block carries `data-line` (its 0-based source line). */
  html: string;
  header: PreviewHeader;
}

/**
 * `postmortem/sectionInsertion`, sent by the client's structure view: the edit that inserts a
 * missing required section where the profile puts it (the missing-section rule's own fix). Null
 * when the section is not missing or cannot be inserted (inside an unclosed code fence).
 */
export const SectionInsertionRequest = { method: 'postmortem/sectionInsertion' } as const;
export interface SectionInsertionParams {
  uri: string;
  /** The required section's title, as `requiredSections[].title` gives it. */
  title: string;
}
export interface SectionInsertionResult {
  /** The document version the edit applies to. */
  version: number;
  range: Range;
  newText: string;
}

/** The document a writing command ("Add Missing Sections", "Insert Timeline Entry", "Add Action Item") edits. */
export interface AuthoringParams {
  uri: string;
}

/**
 * What a writing command gets back, for the document `version` it was computed on: edits or a
 * snippet to apply, or `problem`, one sentence for the author saying why nothing can be inserted.
 */
export type AuthoringProblem = { version: number; problem: string };

/**
 * `postmortem/missingSectionEdits`, sent by the client's "Add Missing Sections": the edits that
 * insert every missing required section where the profile puts it (empty when none is missing).
 */
export const MissingSectionEditsRequest = { method: 'postmortem/missingSectionEdits' } as const;
export interface MissingSectionEdits {
  version: number;
  edits: { range: Range; newText: string }[];
}
export type MissingSectionEditsResult = MissingSectionEdits | AuthoringProblem;

/**
 * `postmortem/timelineEntry`, sent by the client's "Insert Timeline Entry": a snippet for an entry
 * stamped with `now` (the client's clock, ISO 8601), at its place in the timeline's time order.
 */
export const TimelineEntryRequest = { method: 'postmortem/timelineEntry' } as const;
export interface TimelineEntryParams extends AuthoringParams {
  now: string;
}

/** `postmortem/actionItem`, sent by the client's "Add Action Item": a snippet for a new action item. */
export const ActionItemRequest = { method: 'postmortem/actionItem' } as const;

/** A snippet (VS Code / LSP snippet syntax) to insert at `range`. */
export interface SnippetEdit {
  version: number;
  range: Range;
  snippet: string;
}
export type SnippetEditResult = SnippetEdit | AuthoringProblem;

/**
 * `postmortem.showGuidance`, a client command that the server's "Show guidance" code action
 * runs: opens `markdown`, the rule's explanation for one finding, beside the editor.
 */
export const SHOW_GUIDANCE_COMMAND = 'postmortem.showGuidance';
export interface ShowGuidanceArguments {
  ruleId: string;
  /** The page's title. */
  title: string;
  markdown: string;
}

/**
 * `postmortem/workspaceIndex`, sent by the client's Postmortems and Action Items views and the
 * dashboard: every postmortem of the workspace folders, open or not, with its action items and
 * the trends across them. `today` (YYYY-MM-DD, the client's local date) decides what is overdue.
 */
export const WorkspaceIndexRequest = { method: 'postmortem/workspaceIndex' } as const;
export interface WorkspaceIndexParams {
  today: string;
}
/** A postmortem of the index; `file` is its URI. */
export type IndexedPostmortem = PostmortemSummary;
/** An action item of the index; `file` is its postmortem's URI, `line` 1-based. */
export type IndexedActionItemSummary = ActionItemSummary;
export interface WorkspaceIndexResult {
  /** The workspace is still being read: the lists are not complete yet. */
  indexing: boolean;
  postmortems: IndexedPostmortem[];
  actionItems: IndexedActionItemSummary[];
  recurringTags: { tag: string; files: string[] }[];
  /** Files named like postmortems that could not be used (by URI), each with why. */
  problems: { file: string; message: string }[];
  trends: Trends;
  /**
   * Why this server lists no postmortems whatever the workspace holds (the server in a web worker
   * cannot walk the workspace's files); the views and the dashboard say so instead of "none yet".
   */
  unavailable?: string;
}

/** `postmortem/workspaceIndexChanged`, sent by the server when a postmortem was added, changed or removed. */
export const WorkspaceIndexChangedNotification = { method: 'postmortem/workspaceIndexChanged' } as const;

/**
 * `postmortem/readFile`, sent by the server in a web worker (which has no file system) to read a
 * .postmortemrc.json or .gitignore through the editor's file systems (vscode-vfs and the like).
 * The client reads only files inside a workspace folder. null: no such file.
 */
export const ReadFileRequest = { method: 'postmortem/readFile' } as const;

/** The parts of the file's URI, so that neither side has to escape a path into a URI string. */
export interface ReadFileParams {
  scheme: string;
  authority: string;
  path: string;
}

export type ReadFileResult = { text: string } | null;
