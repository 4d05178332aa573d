// The engine's entry point: text and configuration in, model and findings out.
import { compileLexicon } from './blame/detect';
import type { PostmortemConfig, ResolvedConfig } from './config';
import { resolveConfig } from './config';
import { buildModel, type PostmortemModel } from './model';
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

  constructor(readonly config: PostmortemConfig = {}) {
    this.baseline = resolveConfig(config, DEFAULT_SEVERITIES);
    const severity = (id: string) => this.baseline.rules.get(id)?.severity ?? 'off';
    this.prose = new ProseAnalyzer({
      blame: severity('blaming-language') === 'off' ? undefined : compileLexicon(this.baseline.blame.extraPhrases, this.baseline.blame.allow),
      inclusiveAllow: severity('inclusive-language') === 'off' ? undefined : this.baseline.inclusive.allow,
    });
  }

  analyze(text: string): AnalysisResult {
    const model = buildModel(text, this.parser);
    // A document may name its own profile in front matter.
    const resolved = model.metadata.profile ? resolveConfig(this.config, DEFAULT_SEVERITIES, model.metadata.profile) : this.baseline;
    this.prose.prepare(model.prose.map((block) => block.masked));
    const findings: Finding[] = [];
    for (const rule of RULES) {
      const setting = resolved.rules.get(rule.id);
      if (!setting || setting.severity === 'off') continue;
      for (const finding of rule.check({ model, profile: resolved.profile, options: setting.options, prose: this.prose })) {
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
    return { model, profile: resolved.profile, findings: applySuppressions(model, findings) };
  }
}
