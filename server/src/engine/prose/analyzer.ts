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

  /** The analysis of one block (from the cache when `prepare` or an earlier call did it). */
  analyze(masked: string): BlockAnalysis {
    const cached = this.cache.get(masked);
    if (cached) return cached;
    this.prepare([masked]);
    return this.cache.get(masked)!;
  }

  /**
   * Analyses every block not cached yet in one batch. retext-equality indexes its thousand
   * phrases again for every paragraph it searches, so the blocks that need it are parsed as one
   * text and searched as one paragraph; results are then split back per block.
   */
  prepare(blocks: Iterable<string>): void {
    const batch: string[] = [];
    for (const masked of new Set(blocks)) {
      if (this.cache.has(masked)) continue;
      if (this.needsParsing(masked)) batch.push(masked);
      else this.store(masked, { blame: [], equality: [] });
    }
    if (batch.length === 0) return;
    // Blocks never contain a blank line, so one between them keeps them separate paragraphs.
    const starts: number[] = [];
    let text = '';
    for (const masked of batch) {
      starts.push(text.length);
      text += `${masked}\n\n`;
    }
    const tree = parser.parse(text);
    const results = batch.map((): BlockAnalysis => ({ blame: [], equality: [] }));
    const blockAt = (offset: number) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return low;
    };
    const sentences = sentencesOf(tree);
    if (this.options.blame) {
      for (const sentence of sentences) {
        const offset = sentence.position?.start.offset ?? 0;
        const block = blockAt(offset);
        for (const match of detectBlame(nlcstToString(sentence), this.options.blame)) {
          results[block]!.blame.push({ ...match, start: match.start + offset - starts[block]!, end: match.end + offset - starts[block]! });
        }
      }
    }
    if (this.equality) {
      const single: NlcstRoot = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
      for (const match of equalityIn(single, text, this.equality, this.options.blame)) {
        const block = blockAt(match.start);
        results[block]!.equality.push({ ...match, start: match.start - starts[block]!, end: match.end - starts[block]! });
      }
    }
    batch.forEach((masked, index) => this.store(masked, results[index]!));
  }

  /** Cheap tests first: most blocks have no word either analysis could report. */
  private needsParsing(masked: string): boolean {
    if (!/\p{L}/u.test(masked)) return false;
    if (this.options.blame?.trigger.test(masked.replace(/’/g, "'"))) return true;
    return this.equality !== undefined && mayHaveEqualityMatch(masked);
  }

  private store(masked: string, result: BlockAnalysis): void {
    if (this.cache.size >= CACHE_LIMIT) this.evictOldest();
    this.cache.set(masked, result);
  }

  private evictOldest(): void {
    let toDrop = CACHE_LIMIT / 2;
    for (const key of this.cache.keys()) {
      if (toDrop-- <= 0) break;
      this.cache.delete(key);
    }
  }
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
