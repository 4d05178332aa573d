// The engine's entry point: text and configuration in, model and findings out.
import { compileLexicon } from './blame/detect';
import type { PostmortemConfig, ResolvedConfig } from './config';
import { resolveConfig } from './config';
import { buildModel, type PostmortemModel } from './model';
import { checkpoint, type ShouldStop } from './interruption';
import { IncrementalParser } from './parse';
import { ProseAnalyzer } from './prose/analyzer';
import { RULES, ruleUrl } from './rules';
import { applySuppressions } from './suppressions';
import type { Finding, SeveritySetting } from './types';
import type { Profile } from './vocabulary';

export interface AnalysisResult {
  model: PostmortemModel;
  profile: Profile;
  findings: Finding[];
  /** Findings silenced by inline comments (`<!-- postmortem-disable… -->`), for reports that list them. */
  suppressed: Finding[];
}

export interface AnalysisOptions {
  /**
   * Asked at checkpoints (after each chunk parsed, after the model is built, after each
   * sub-batch of prose blocks); true ends the call with AnalysisInterrupted. Analysing the same
   * text again continues where it stopped, with the same result as an uninterrupted analysis.
   */
  shouldStop?: ShouldStop;
  /** The document the text is a version of (its URI): what is kept for it is kept per document; see ParseOptions. */
  document?: string;
  /**
   * Only the rules whose findings in a block the rest of the document cannot change (rule.local):
   * for a first answer about the opening of a large document (parse.ts's openingOf).
   */
  localOnly?: boolean;
}

export const DEFAULT_SEVERITIES: ReadonlyMap<string, SeveritySetting> = new Map(RULES.map((rule) => [rule.id, rule.defaultSeverity]));

/**
 * Analyses documents with one configuration. Keep one per configuration: it caches parsed
 * chunks and the analysis of prose blocks, so re-analysing an edited document only does what changed.
 */
export class PostmortemAnalyzer {
  private readonly prose: ProseAnalyzer;
  private readonly parser = new IncrementalParser();
  private readonly baseline: ResolvedConfig;
  /** The model of the interruptible analysis under way: built once, however often it is interrupted. */
  private unfinished: { text: string; model: PostmortemModel } | undefined;

  /**
   * `proseCacheLimit`: the most prose blocks whose analysis is kept (by default enough for many
   * long open documents). An analyzer that reads many files once each, as the workspace index
   * does, keeps fewer: the analyses of files read once would only fill memory.
   */
  constructor(
    readonly config: PostmortemConfig = {},
    { proseCacheLimit }: { proseCacheLimit?: number } = {},
  ) {
    this.baseline = resolveConfig(config, DEFAULT_SEVERITIES);
    const severity = (id: string) => this.baseline.rules.get(id)?.severity ?? 'off';
    this.prose = new ProseAnalyzer({
      blame:
        severity('blaming-language') === 'off' ? undefined : compileLexicon(this.baseline.blame.extraPhrases, this.baseline.blame.allow),
      inclusiveAllow: severity('inclusive-language') === 'off' ? undefined : this.baseline.inclusive.allow,
      cacheLimit: proseCacheLimit,
    });
  }

  analyze(text: string, options: AnalysisOptions = {}): AnalysisResult {
    const { shouldStop, localOnly = false } = options;
    const model = this.model(text, options);
    // A document may name its own profile in front matter.
    const resolved = model.metadata.profile ? resolveConfig(this.config, DEFAULT_SEVERITIES, model.metadata.profile) : this.baseline;
    this.prose.prepare(
      model.prose.map((block) => block.masked),
      shouldStop,
    );
    // Past the last checkpoint: the rules run in one go (they are a small part of the work).
    if (this.unfinished?.text === text) this.unfinished = undefined;
    const findings: Finding[] = [];
    for (const rule of RULES) {
      const setting = resolved.rules.get(rule.id);
      if (!setting || setting.severity === 'off' || (localOnly && !rule.local)) continue;
      for (const finding of rule.check({
        model,
        profile: resolved.profile,
        options: setting.options,
        severity: setting.severity,
        prose: this.prose,
      })) {
        findings.push({
          ruleId: rule.id,
          severity: setting.severity,
          url: ruleUrl(rule.id),
          explanation: rule.explanation,
          fixes: [],
          ...finding,
        });
      }
    }
    findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset);
    const kept = applySuppressions(model, findings);
    const keptSet = kept.length === findings.length ? undefined : new Set(kept);
    return {
      model,
      profile: resolved.profile,
      findings: kept,
      suppressed: keptSet ? findings.filter((finding) => !keptSet.has(finding)) : [],
    };
  }

  /** Drops what is kept for a document that was closed. */
  forget(document: string): void {
    this.parser.forget(document);
  }

  private model(text: string, options: AnalysisOptions): PostmortemModel {
    const { shouldStop } = options;
    if (this.unfinished?.text === text) return this.unfinished.model;
    // Parsing another text may move the chunks of that model's tree in place (parse.ts): it is of no more use.
    this.unfinished = undefined;
    const model = buildModel(text, this.parser, options);
    if (shouldStop) {
      this.unfinished = { text, model };
      checkpoint(shouldStop);
    }
    return model;
  }
}
