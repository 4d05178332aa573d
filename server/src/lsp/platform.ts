// What the language server needs of the platform it runs on, given to startServer: Node reads the
// workspace's files itself (node/platform.ts); the web worker has no file system, so there the
// server checks the documents the editor sends it with the user's settings and nothing else
// (web/platform.ts). Keeping these behind one interface is what lets the web bundle hold no Node import.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileReader, KnownOwner } from '../engine';
import type { Configurations } from './configurations';
import type { DocumentAnalyses } from './documentAnalyses';
import type { IdleCollection } from './idleCollection';
import type { WorkspaceIndexResult } from './protocol';
import type { FolderWatcherFactory } from './watchedFiles';

/** The record of every postmortem of the workspace (lsp/workspaceIndex.ts on Node). */
export interface WorkspaceIndexService {
  rebuild(): Promise<void>;
  fileChanged(uri: string, deleted: boolean): Promise<void>;
  documentChanged(document: TextDocument): void;
  documentClosed(uri: string): Promise<void>;
  documentOpened(uri: string): void;
  result(today: string): WorkspaceIndexResult;
}

/** The people the "@" completion proposes (lsp/workspaceOwners.ts on Node). */
export interface OwnerSource {
  owners(folder: string | undefined, globs: string[], trusted: boolean, current: string[]): Promise<KnownOwner[]>;
}

export interface ServerPlatform {
  /** For the first line of the log: "Node v20.19.0, pid 123". */
  readonly description: string;
  /** Reads the files around a document: .postmortemrc.json, .gitignore, workspace templates. */
  readonly fileReader: FileReader;
  /** The engine path ("/"-separated) of a document or folder URI whose files the reader reads; undefined for others. */
  enginePath(uri: string): string | undefined;
  /** An engine path as the user's system writes it. */
  displayPath(enginePath: string): string;
  readonly owners: OwnerSource;
  workspaceIndex(
    connection: Connection,
    documents: TextDocuments<TextDocument>,
    configurations: Configurations,
    analyses: DocumentAnalyses,
    collection: IdleCollection,
  ): WorkspaceIndexService;
  /** How the server watches the workspace folders itself when the editor cannot watch files for it; none on the web. */
  readonly startFolderWatcher?: FolderWatcherFactory;
}
