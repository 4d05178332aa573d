// One analysis per document version, shared by every feature: diagnostics, code actions, hover,
// symbols and postmortem/model all read it here, and nothing analyses a version twice. A change
// of configuration (settings, a .postmortemrc.json, workspace trust, an opt-in) starts a new
// generation, after which each version is analysed again on next use. A version number alone does
// not identify the text (a client may repeat one or go back), so the text is compared as well.
//
// The engine runs in time slices (slicedAnalysis.ts). A version that changes, closes or meets new
// settings while analysed is dropped at the next slice, and whoever waited for it gets the newest
// version's analysis instead: requests are answered about the text the editor has now, and no
// second analysis of one version ever runs. A version that takes longer than
// `postmortem.analysisTimeLimitMs` is given up (skipped: 'time-limit'); the next edit tries again.
//
// A large document's first analysis since it was opened goes in two steps: the findings of its
// opening first (the part the writer sees on opening it) from the rules whose findings there the
// rest of the document cannot change (wording, placeholders, action items), handed to `onOpening`;
// then the whole analysis, which reuses the opening's parsed chunks and prose analyses and is the
// one `get` answers with. Parsing a 2,000-line postmortem alone takes a new server longer than
// feedback may (V8 has not compiled the parser yet).
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { openingOf, type AnalysisResult } from '../engine';
import type { Configurations, DocumentConfiguration } from './configurations';
import { decidePostmortem } from './postmortemFiles';
import { analyseInSlices } from './slicedAnalysis';

/**
 * From this size on, a first analysis goes in two steps (see above). A smaller document's first
 * analysis is quick enough in one (about 200 ms for 200 lines in a new server), and one publication
 * is what clients and tests wait for.
 */
export const OPENING_FIRST_CHARS = 32 * 1024;
/** The opening analysed first: about 150 lines, a few screens, which a new server analyses in about 150 ms. */
export const OPENING_CHARS = 8 * 1024;

export interface DocumentAnalysis {
  /** Names this analysis, unique in the server: diagnostics carry it, so a fix applies only to the text it was made for. */
  id: number;
  uri: string;
  version: number;
  /** The text analysed. */
  text: string;
  configuration: DocumentConfiguration;
  /** False for ordinary Markdown: no diagnostics, no symbols, no model. */
  isPostmortem: boolean;
  /** Set when the document is a postmortem but was not analysed: too large, or not done within the time limit. */
  skipped: 'too-large' | 'time-limit' | undefined;
  /** The engine's answer, for an analysed postmortem. */
  result: AnalysisResult | undefined;
  /** How long the engine took (the sum of its slices), for the log. */
  durationMs: number;
  /** The configuration generation it was made in. */
  generation: number;
}

interface Entry {
  version: number;
  text: string;
  generation: number;
  analysis: Promise<DocumentAnalysis>;
}

export class DocumentAnalyses {
  private readonly entries = new Map<string, Entry>();
  private readonly optedIn = new Set<string>();
  private generation = 0;
  private lastId = 0;
  /** Told of the analysis of a large document's opening that comes before its first full one; `result` is the opening's. */
  onOpening: ((analysis: DocumentAnalysis) => void) | undefined;

  constructor(
    private readonly configurations: Configurations,
    /** The open documents: an analysis goes on only while its version is still the open one. */
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** The analysis of the document's current version, computed once. */
  get(document: TextDocument): Promise<DocumentAnalysis> {
    const entry = this.entries.get(document.uri);
    const text = document.getText();
    // Comparing the text is cheap: unchanged, it is the very same string.
    if (entry && entry.version === document.version && entry.generation === this.generation && entry.text === text) return entry.analysis;
    const analysis = this.analyse(document, entry === undefined);
    this.entries.set(document.uri, { version: document.version, text, generation: this.generation, analysis });
    // A failed analysis must not stay cached: the next request tries again.
    analysis.catch(() => {
      if (this.entries.get(document.uri)?.analysis === analysis) this.entries.delete(document.uri);
    });
    return analysis;
  }

  /** False once the document has changed or the configuration has, since `analysis` was made. */
  isCurrent(analysis: Pick<DocumentAnalysis, 'version' | 'generation' | 'text'>, document: TextDocument): boolean {
    return analysis.version === document.version && analysis.generation === this.generation && analysis.text === document.getText();
  }

  /** Configuration changed: every document is analysed again on next use. */
  invalidateAll(): void {
    this.generation++;
  }

  /** "Lint This File": the document counts as a postmortem from now on. */
  optIn(uri: string): void {
    this.optedIn.add(uri);
    this.entries.delete(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private async analyse(document: TextDocument, first: boolean): Promise<DocumentAnalysis> {
    // Read the text before the first await: the document object may move on to a newer version.
    const text = document.getText();
    const { uri, version } = document;
    const generation = this.generation;
    const configuration = await this.configurations.forDocument(uri);
    const base = { id: ++this.lastId, uri, version, text, generation, configuration, skipped: undefined, result: undefined, durationMs: 0 };
    const { postmortem } = await decidePostmortem(configuration, text, this.optedIn.has(uri));
    if (!postmortem) return { ...base, isPostmortem: false };
    if (text.length > configuration.settings.maxFileSizeKB * 1024) return { ...base, isPostmortem: true, skipped: 'too-large' };
    const slices = {
      timeLimitMs: configuration.settings.analysisTimeLimitMs,
      document: uri,
      isWanted: () => {
        const open = this.documents.get(uri);
        return open !== undefined && this.isCurrent(base, open);
      },
    };
    const opening = first && this.onOpening && text.length >= OPENING_FIRST_CHARS ? openingOf(text, OPENING_CHARS) : undefined;
    if (opening !== undefined) {
      const early = await analyseInSlices(configuration.analyzer, opening.text, { ...slices, localOnly: true });
      if (early.outcome === 'done') {
        this.onOpening?.({ ...base, id: ++this.lastId, isPostmortem: true, result: early.result, durationMs: early.durationMs });
      }
    }
    const sliced = await analyseInSlices(configuration.analyzer, text, slices);
    if (sliced.outcome === 'time-limit') return { ...base, isPostmortem: true, skipped: 'time-limit', durationMs: sliced.durationMs };
    if (sliced.outcome === 'done') return { ...base, isPostmortem: true, result: sliced.result, durationMs: sliced.durationMs };
    const newest = this.documents.get(uri);
    // Closed meanwhile: like a document never opened, it has nothing to show (requests answer null).
    return newest ? this.get(newest) : { ...base, isPostmortem: false };
  }
}
