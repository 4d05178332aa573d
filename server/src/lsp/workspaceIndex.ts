// Every postmortem of the workspace folders, open or not: the record the team's views and
// dashboard read, and the findings of closed files for the Problems panel
// (`postmortem.workspaceDiagnostics`). Files are read in the background, one at a time and in
// time slices, so typing in an open document is never kept waiting; open documents give their
// record from the analysis the editor already made. Only records are kept for closed files, never
// their parse trees: a thousand postmortems cost little memory.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  actionItemSummary,
  IncidentIndex,
  MARKDOWN,
  PostmortemAnalyzer,
  postmortemSummary,
  recordOf,
  type PostmortemConfig,
} from '../engine';
import { readProblem, toEnginePath, toFsPath } from '../node/fileReader';
import { MarkdownWalker } from '../node/markdownFiles';
import { FileTooLarge, readRegularFile } from '../node/regularFile';
import type { Configurations } from './configurations';
import { configurationDiagnostic, findingToDiagnostic } from './diagnostics';
import type { DocumentAnalyses, DocumentAnalysis } from './documentAnalyses';
import { decidePostmortem } from './postmortemFiles';
import { WorkspaceIndexChangedNotification, type WorkspaceIndexResult } from './protocol';
import type { IdleCollection } from './idleCollection';
import { analyseInSlices } from './slicedAnalysis';

/** Views are told of changes at most this often: a burst of file events makes one refresh. */
const NOTIFY_DELAY_MS = 300;
/** An open document's record follows its edits after this much quiet. */
const OPEN_DOCUMENT_DELAY_MS = 1000;
/** The index reads on only after this much quiet in the open documents: typing goes first. */
const TYPING_PAUSE_MS = 300;
/** Slices of background analysis: a keystroke that arrives during one waits at most this long. */
const BACKGROUND_SLICE_MS = 8;
/**
 * Files read between two garbage collections: each file's analysis is garbage once its record is
 * taken, and letting it pile up grows the heap to a size V8 keeps (measured: 1,000 files left the
 * server at 200–240 MB resident, with 35 MB in use).
 */
const FILES_PER_COLLECTION = 25;
/** Prose blocks whose analysis the index's own analyzers keep: enough for one long file, not for all. */
const BACKGROUND_PROSE_CACHE = 1_000;

export class WorkspaceIndex {
  private readonly index = new IncidentIndex();
  /** Closed files whose findings this index published, by URI. */
  private readonly published = new Set<string>();
  /** Bumped by each full rebuild: the files of an older one are no longer wanted. */
  private generation = 0;
  private indexing = false;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly openTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When an open document last changed. */
  private lastEdit = 0;
  /**
   * The index's own analyzers, one per configuration: the editor's keep every block of the open
   * documents, these only what one file needs, so that a thousand files read once do not stay in memory.
   */
  private readonly analyzers = new Map<string, PostmortemAnalyzer>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configurations: Configurations,
    private readonly analyses: DocumentAnalyses,
    /** Garbage collection: after a burst of background work, and every few files of a long one. */
    private readonly collection: Pick<IdleCollection, 'afterWork' | 'collectNow'> = {
      afterWork: () => undefined,
      collectNow: () => undefined,
    },
  ) {}

  /** Reads every postmortem of the workspace folders again: at start, and when the configuration changes. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.indexing = true;
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Reading postmortems', 0, 'looking for Markdown files', false);
    try {
      const problems: string[] = [];
      const files: string[] = [];
      for (const folder of this.configurations.workspaceFolders) {
        const walker = new MarkdownWalker(toFsPath(folder), this.configurations.workspace, problems);
        files.push(...(await walker.markdownUnder(toFsPath(folder))));
      }
      for (const problem of problems) this.connection.console.warn(`Workspace index: ${problem}`);
      const seen = new Set(files.map(toEnginePath));
      for (const record of this.index.records()) if (!seen.has(record.path)) this.forgetFile(record.path);
      for (const [done, file] of files.entries()) {
        if (generation !== this.generation) return;
        progress.report(Math.round((done / Math.max(files.length, 1)) * 100), `${done}/${files.length} Markdown files`);
        await this.indexFileSafely(file, generation);
        // Between files, whatever arrived (a keystroke, a request) goes first.
        await new Promise((resolve) => setImmediate(resolve));
        await this.quietTyping();
        if (done % FILES_PER_COLLECTION === FILES_PER_COLLECTION - 1) this.collection.collectNow();
      }
      this.connection.console.info(`Workspace index: ${this.index.size} postmortems in ${files.length} Markdown files.`);
    } finally {
      if (generation === this.generation) this.indexing = false;
      progress.done();
      this.notifySoon();
      this.collection.afterWork();
    }
  }

  /** A watched Markdown file was created, changed or deleted on disk. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    if (!uri.startsWith('file:') || !MARKDOWN.test(uri)) return;
    const filePath = fileURLToPath(uri);
    if (deleted) this.forgetFile(toEnginePath(filePath));
    else await this.indexFileSafely(filePath, this.generation);
    this.notifySoon();
    this.collection.afterWork();
  }

  /** An open document changed: its record follows once the editor's analysis of it is done. */
  documentChanged(document: TextDocument): void {
    this.lastEdit = performance.now();
    clearTimeout(this.openTimers.get(document.uri));
    this.openTimers.set(
      document.uri,
      setTimeout(() => {
        this.openTimers.delete(document.uri);
        const latest = this.documents.get(document.uri);
        if (latest)
          void this.analyses.get(latest).then(
            (analysis) => this.takeAnalysis(analysis),
            () => undefined,
          );
      }, OPEN_DOCUMENT_DELAY_MS),
    );
  }

  /** An open document was closed: its file on disk is what counts again (its unsaved edits are gone). */
  async documentClosed(uri: string): Promise<void> {
    clearTimeout(this.openTimers.get(uri));
    this.openTimers.delete(uri);
    if (!uri.startsWith('file:')) return;
    await this.indexFileSafely(fileURLToPath(uri), this.generation);
    this.notifySoon();
  }

  /** Opening a file hands its diagnostics to the editor's own validation. */
  documentOpened(uri: string): void {
    if (!uri.startsWith('file:')) return;
    this.published.delete(this.publishedUri(fileURLToPath(uri)));
  }

  result(today: string): WorkspaceIndexResult {
    const uriOf = (enginePath: string) => pathToFileURL(toFsPath(enginePath)).href;
    const items = this.index.actionItems(today);
    return {
      indexing: this.indexing,
      postmortems: this.index.records().map((record) => postmortemSummary(record, uriOf)),
      actionItems: items.map((item) => actionItemSummary(item, uriOf)),
      recurringTags: this.index.recurringTags().map(({ tag, paths }) => ({ tag, files: paths.map(uriOf) })),
      problems: this.index.problems().map(({ path, message }) => ({ file: uriOf(path), message })),
      trends: this.index.trends(today),
    };
  }

  /** A file the index cannot analyse (a bug in a rule) is listed with why; the others are still read. */
  private async indexFileSafely(fsPath: string, generation: number): Promise<void> {
    try {
      await this.indexFile(fsPath, generation);
    } catch (error) {
      this.connection.console.error(
        `Workspace index: ${fsPath}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      this.index.setProblem(
        toEnginePath(fsPath),
        `could not be analysed (${error instanceof Error ? error.message : String(error)}); see "Postmortem: Show Output"`,
      );
    }
  }

  private async indexFile(fsPath: string, generation: number): Promise<void> {
    const enginePath = toEnginePath(fsPath);
    const open = this.openDocument(fsPath);
    if (open) {
      this.takeAnalysis(await this.analyses.get(open));
      return;
    }
    const uri = this.publishedUri(fsPath);
    const configuration = await this.configurations.forDocument(uri);
    const limit = configuration.settings.maxFileSizeKB;
    let bytes: Buffer;
    try {
      // Only regular files, and none whose size alone rules it out: a pipe named .md would never end.
      // UTF-8 takes at most three bytes per UTF-16 unit of the text the limit is about.
      bytes = await readRegularFile(fsPath, limit * 1024 * 3);
    } catch (error) {
      // Unread, it is decided by its path alone.
      if ((await decidePostmortem(configuration, '', false)).postmortem)
        this.index.setProblem(enginePath, error instanceof FileTooLarge ? tooLarge(limit) : `cannot be read: ${readProblem(error)}`);
      else this.forgetFile(enginePath);
      return;
    }
    const text = bytes.toString('utf8');
    if (!(await decidePostmortem(configuration, text, false)).postmortem) {
      this.forgetFile(enginePath);
      return;
    }
    if (text.includes('\u0000')) return this.fail(enginePath, 'is not text (it holds NUL bytes)');
    if (text.length > limit * 1024) return this.fail(enginePath, tooLarge(limit));
    const analyzer = this.analyzerFor(configuration.config);
    const sliced = await analyseInSlices(analyzer, text, {
      timeLimitMs: configuration.settings.analysisTimeLimitMs,
      document: uri,
      isWanted: () => generation === this.generation && !this.openDocument(fsPath),
      sliceMs: BACKGROUND_SLICE_MS,
      between: () => this.quietTyping(),
    });
    // Nothing of a closed file is kept but its record.
    analyzer.forget(uri);
    if (sliced.outcome === 'superseded') return;
    if (sliced.outcome === 'time-limit')
      return this.fail(
        enginePath,
        `took longer than postmortem.analysisTimeLimitMs (${configuration.settings.analysisTimeLimitMs} ms) to check`,
      );
    const { result } = sliced;
    this.index.set(recordOf(enginePath, result.model, result.findings));
    if (configuration.settings.workspaceDiagnostics) {
      const diagnostics: Diagnostic[] = configuration.errors.map(configurationDiagnostic);
      // Fixes of a closed file's findings are never applied from here: the file opens and is analysed first.
      result.findings.forEach((finding, index) => diagnostics.push(findingToDiagnostic(finding, index, { id: 0, version: 0 })));
      this.publish(uri, diagnostics);
    } else if (this.published.has(uri)) this.publish(uri, []);
  }

  /** Resolves once no open document has changed for TYPING_PAUSE_MS. */
  private async quietTyping(): Promise<void> {
    for (;;) {
      const quietFor = performance.now() - this.lastEdit;
      if (quietFor >= TYPING_PAUSE_MS) return;
      await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS - quietFor));
    }
  }

  private analyzerFor(config: PostmortemConfig): PostmortemAnalyzer {
    const key = JSON.stringify(config);
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      // Settings typed one key at a time make a configuration per keystroke: only the latest is kept.
      this.analyzers.clear();
      this.analyzers.set(key, (analyzer = new PostmortemAnalyzer(config, { proseCacheLimit: BACKGROUND_PROSE_CACHE })));
    }
    return analyzer;
  }

  private takeAnalysis(analysis: DocumentAnalysis): void {
    if (!analysis.uri.startsWith('file:')) return;
    const enginePath = toEnginePath(fileURLToPath(analysis.uri));
    if (analysis.result) this.index.set(recordOf(enginePath, analysis.result.model, analysis.result.findings));
    else if (!analysis.isPostmortem) this.index.delete(enginePath);
    this.notifySoon();
  }

  private fail(enginePath: string, message: string): void {
    this.index.setProblem(enginePath, message);
    const uri = this.publishedUri(toFsPath(enginePath));
    if (this.published.has(uri)) this.publish(uri, []);
  }

  private forgetFile(enginePath: string): void {
    this.index.delete(enginePath);
    const uri = this.publishedUri(toFsPath(enginePath));
    if (this.published.has(uri)) this.publish(uri, []);
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** The open document of a file, whatever the spelling of its URI (the editor may escape characters differently). */
  private openDocument(fsPath: string): TextDocument | undefined {
    for (const document of this.documents.all()) {
      if (document.uri.startsWith('file:') && fileURLToPath(document.uri) === fsPath) return document;
    }
    return undefined;
  }

  private publishedUri(fsPath: string): string {
    return pathToFileURL(fsPath).href;
  }

  private notifySoon(): void {
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      void this.connection.sendNotification(WorkspaceIndexChangedNotification.method);
    }, NOTIFY_DELAY_MS);
  }
}

const tooLarge = (limit: number) => `is larger than postmortem.maxFileSizeKB (${limit} KB)`;
