// Natural-language analysis of prose blocks, cached by block text.
//
// A block's masked text fully determines what the wording rules find in it, so the result is
// cached by that text: on a keystroke only the edited block is analysed again, and a block that
// moves (lines inserted above it) is found again at its new offset.
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import { detectBlame, type BlameLexicon, type BlameMatch } from '../blame/detect';
import { mayHaveEqualityMatch } from './equalityTrigger';

export interface EqualityMatch {
  /** Offsets in the block. */
  start: number;
  end: number;
  actual: string;
  suggestions: string[];
  note: string | undefined;
  patternId: string;
}

export interface BlockAnalysis {
  /** Offsets in the block. */
  blame: BlameMatch[];
  equality: EqualityMatch[];
}

export interface ProseAnalyzerOptions {
  /** Undefined when the blaming-language rule is off. */
  blame: BlameLexicon | undefined;
  /** Undefined when the inclusive-language rule is off; else phrases not to report. */
  inclusiveAllow: string[] | undefined;
}

/**
 * Words that read as minimizers are judged in context by the blaming-language rule ("just
 * pushed" is hindsight, "had just merged" is not); retext-equality would flag every one.
 */
export const INCLUSIVE_DEFAULT_ALLOW = [
  'just', 'obvious', 'obviously', 'simple', 'simply', 'of course', 'clearly',
  // Technical meanings that retext-equality reads as being about people.
  'host', 'hosts', 'invalid', 'disabled', 'special', 'pop',
];

const CACHE_LIMIT = 20_000;
const parser = new ParseEnglish();

export class ProseAnalyzer {
  private readonly cache = new Map<string, BlockAnalysis>();
  private readonly equality: ((tree: NlcstRoot, file: VFile) => void) | undefined;

  constructor(private readonly options: ProseAnalyzerOptions) {
    this.equality = options.inclusiveAllow
      ? (retextEquality({ ignore: [...INCLUSIVE_DEFAULT_ALLOW, ...options.inclusiveAllow] }) as (tree: NlcstRoot, file: VFile) => void)
      : undefined;
  }

  analyze(masked: string): BlockAnalysis {
    let result = this.cache.get(masked);
    if (!result) {
      result = this.analyzeUncached(masked);
      if (this.cache.size >= CACHE_LIMIT) this.evictOldest();
      this.cache.set(masked, result);
    }
    return result;
  }

  private analyzeUncached(masked: string): BlockAnalysis {
    if (!/\p{L}/u.test(masked)) return { blame: [], equality: [] };
    const blame = this.options.blame !== undefined && this.options.blame.trigger.test(masked.replace(/’/g, "'")) ? this.options.blame : undefined;
    const equality = this.equality !== undefined && mayHaveEqualityMatch(masked) ? this.equality : undefined;
    if (!blame && !equality) return { blame: [], equality: [] };
    const tree = parser.parse(masked);
    return {
      blame: blame ? blameIn(tree, blame) : [],
      equality: equality ? equalityIn(tree, masked, equality, this.options.blame) : [],
    };
  }

  private evictOldest(): void {
    let toDrop = CACHE_LIMIT / 2;
    for (const key of this.cache.keys()) {
      if (toDrop-- <= 0) break;
      this.cache.delete(key);
    }
  }
}

function blameIn(tree: NlcstRoot, lexicon: BlameLexicon): BlameMatch[] {
  const found: BlameMatch[] = [];
  for (const sentence of sentencesOf(tree)) {
    const offset = sentence.position?.start.offset ?? 0;
    for (const match of detectBlame(nlcstToString(sentence), lexicon)) {
      found.push({ ...match, start: match.start + offset, end: match.end + offset });
    }
  }
  return found;
}

function sentencesOf(tree: NlcstRoot): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child);
  }
  return sentences;
}

function equalityIn(
  tree: NlcstRoot,
  masked: string,
  transform: (tree: NlcstRoot, file: VFile) => void,
  blame: BlameLexicon | undefined,
): EqualityMatch[] {
  const file = new VFile(masked);
  transform(tree, file);
  return file.messages.flatMap((message) => {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    if (start === undefined || end === undefined) return [];
    const expected = (message.expected ?? []) as string[];
    return [{
      start,
      end,
      actual: message.actual ?? masked.slice(start, end),
      // retext-equality suggests "careless" for "turned a blind eye to": never propose blame.
      suggestions: blame ? expected.filter((suggestion) => detectBlame(suggestion, blame).length === 0) : expected,
      note: message.note ?? undefined,
      patternId: message.ruleId ?? 'equality',
    }];
  });
}
