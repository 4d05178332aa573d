// When diagnostics are computed and published: at once for a newly opened document, after
// `postmortem.validate.debounceMs` of quiet for edits, and for every open document when the
// configuration changes. Also where the user hears, once, about a broken configuration, a file
// too large to check or one that took too long.
import { MessageType, ShowMessageNotification, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisLog } from './analysisLog';
import { configurationDiagnostic, configurationMessage, findingToDiagnostic } from './diagnostics';
import type { Configurations } from './configurations';
import type { DocumentAnalyses, DocumentAnalysis } from './documentAnalyses';

export class Validation {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents validated at least once since they were opened. */
  private readonly seen = new Set<string>();
  /** Documents whose last publication was empty. */
  private readonly publishedEmpty = new Set<string>();
  /**
   * The id of the analysis last published per document. A validation whose version was
   * superseded while analysed is handed the newest version's analysis, which that version's own
   * validation publishes as well: once is enough.
   */
  private readonly lastPublished = new Map<string, number>();
  /** Messages already shown, so that each distinct problem is announced once per session. */
  private readonly shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: DocumentAnalyses,
    private readonly configurations: Configurations,
    private readonly log: AnalysisLog,
  ) {
    analyses.onOpening = (analysis) => this.publishOpening(analysis);
  }

  validateSoon(document: TextDocument): void {
    const uri = document.uri;
    this.cancel(uri);
    if (!this.seen.has(uri)) {
      this.seen.add(uri);
      void this.validateNow(document);
      return;
    }
    // The debounce is a setting of the document, read from the cached settings.
    void this.debounceDelay(document).then((delay) => {
      this.cancel(uri);
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri);
          const latest = this.documents.get(uri);
          if (latest) void this.validateNow(latest);
        }, delay),
      );
    });
  }

  validateAll(): void {
    for (const document of this.documents.all()) {
      this.cancel(document.uri);
      void this.validateNow(document);
    }
  }

  async validateNow(document: TextDocument): Promise<void> {
    let analysis: DocumentAnalysis;
    try {
      analysis = await this.analyses.get(document);
    } catch (error) {
      // A bug in a rule must cost the user this document's diagnostics, not the server.
      this.connection.console.error(
        `Analysing ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return;
    }
    const latest = this.documents.get(document.uri);
    // Superseded by an edit or a configuration change: that newer validation publishes instead.
    if (!latest || !this.analyses.isCurrent(analysis, latest) || this.lastPublished.get(analysis.uri) === analysis.id) return;
    this.lastPublished.set(analysis.uri, analysis.id);
    this.announce(analysis);
    this.log.published(analysis);
    const diagnostics = this.diagnostics(analysis);
    // Ordinary Markdown gets one empty publication, not one per keystroke.
    if (diagnostics.length === 0 && this.publishedEmpty.has(analysis.uri)) return;
    if (diagnostics.length === 0) this.publishedEmpty.add(analysis.uri);
    else this.publishedEmpty.delete(analysis.uri);
    void this.connection.sendDiagnostics({ uri: analysis.uri, version: analysis.version, diagnostics });
  }

  /**
   * The findings of a large document's opening, while the rest is analysed
   * (documentAnalyses.ts): the full analysis of the same version publishes every finding next.
   * None, nothing is sent.
   */
  private publishOpening(analysis: DocumentAnalysis): void {
    const latest = this.documents.get(analysis.uri);
    if (!latest || !this.analyses.isCurrent(analysis, latest)) return;
    const diagnostics = this.diagnostics(analysis);
    if (diagnostics.length > 0) void this.connection.sendDiagnostics({ uri: analysis.uri, version: analysis.version, diagnostics });
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.seen.delete(uri);
    this.publishedEmpty.delete(uri);
    this.lastPublished.delete(uri);
    this.log.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private diagnostics(analysis: DocumentAnalysis): Diagnostic[] {
    if (!analysis.isPostmortem) return [];
    const diagnostics = analysis.configuration.errors.map(configurationDiagnostic);
    const result = analysis.result;
    if (result) {
      result.findings.forEach((finding, index) => diagnostics.push(findingToDiagnostic(finding, index, analysis)));
    }
    return diagnostics;
  }

  private announce(analysis: DocumentAnalysis): void {
    if (!analysis.isPostmortem) return;
    for (const error of analysis.configuration.errors) this.showOnce(MessageType.Error, configurationMessage(error));
    if (analysis.skipped === 'too-large') {
      const limit = analysis.configuration.settings.maxFileSizeKB;
      this.showOnce(
        MessageType.Info,
        `${fileName(analysis.uri)} is larger than ${limit} KB, so Postmortem Authoring does not check it. Raise postmortem.maxFileSizeKB to check it anyway.`,
      );
    }
    if (analysis.skipped === 'time-limit') {
      const limit = analysis.configuration.settings.analysisTimeLimitMs;
      this.showOnce(
        MessageType.Info,
        `${fileName(analysis.uri)} took longer than ${limit} ms to check, so Postmortem Authoring stopped checking this version. The next edit tries again, reusing what was checked; raise postmortem.analysisTimeLimitMs to allow more time.`,
      );
    }
  }

  private showOnce(type: MessageType, message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  private async debounceDelay(document: TextDocument): Promise<number> {
    try {
      return (await this.configurations.settingsFor(document.uri)).debounceMs;
    } catch {
      return 0;
    }
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
