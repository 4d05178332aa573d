import type { PostmortemModel } from '../model';
import type { ProseAnalyzer } from '../prose/analyzer';
import type { JsonSchema } from '../jsonSchema';
import type { RuleFinding, Severity, SeveritySetting } from '../types';
import type { Profile } from '../vocabulary';

export interface RuleContext {
  model: PostmortemModel;
  profile: Profile;
  /** The rule's options from the configuration (`[severity, options]`). */
  options: Record<string, unknown>;
  /** The rule's configured severity, for a rule whose options set some findings' severity apart. */
  severity: Severity;
  prose: ProseAnalyzer;
}

export interface Rule {
  /** Stable, kebab-case, shown to users and used in configuration and inline comments. */
  id: string;
  /** One line, for the README table and settings. */
  description: string;
  /** Why it matters, for hovers: one short paragraph. */
  explanation: string;
  defaultSeverity: SeveritySetting;
  /**
   * JSON schema of the options object in `[severity, options]`, for the rules that take options.
   * The configuration schema and the settings in package.json are generated from it
   * (npm run generate:manifests); without it, a rule takes no options.
   */
  optionsSchema?: JsonSchema;
  /**
   * Its findings in a block depend only on that block and on what comes before it (the headings
   * above, the front matter), so the opening of a document has the findings the whole document
   * has there: a large document's opening is analysed with these rules first (AnalysisOptions.localOnly).
   */
  local?: boolean;
  check(context: RuleContext): RuleFinding[];
}
