// Shared vocabulary of the engine. Positions follow unist: line and column are 1-based,
// offset is a 0-based UTF-16 index into the document text (what JavaScript strings use).

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Replace `text.slice(start, end)` with `text`. Offsets refer to the analysed document. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** Shown as the quick-fix title, e.g. `Replace with "a gap in the process"`. */
  title: string;
  edits: TextEdit[];
  /** Safe fixes keep the author's meaning and lose no text; only they run on `--fix` and fix-all. */
  safe: boolean;
}

export const BLAME_CATEGORIES = [
  'blame-word',
  'counterfactual',
  'hindsight',
  'character',
  'person-as-cause',
  'team-blame',
  'self-blame',
  'responsibility-shift',
] as const;

export type BlameCategory = (typeof BLAME_CATEGORIES)[number];

/**
 * How strongly a blaming finding speaks. `warning`: a person or team made the cause, judged, or told
 * what they failed to do. `info`: softer: the writers' own self-criticism, hindsight about an
 * analysis or process, responsibility pushed around.
 */
export type BlameTier = 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Why this matters, in one short paragraph: the hover text. */
  explanation: string;
  /** Documentation of the rule. */
  url: string;
  /** Finer grouping inside a rule, e.g. the blame category. */
  category?: string;
  /** For blaming wording: how strongly it blames (its severity follows from the tier and the rule's options). */
  tier?: BlameTier;
  fixes: Fix[];
}

/** What a rule reports; the engine adds the rule id, the configured severity and the docs URL. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity' | 'url' | 'explanation' | 'fixes'> & {
  explanation?: string;
  fixes?: Fix[];
  /** A severity of its own, where the rule's options give one (else the rule's configured severity). */
  severity?: Severity;
};
