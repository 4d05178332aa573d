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
import { candidatePatterns, detectBlame, type BlameLexicon, type BlameMatch, type CompiledPattern } from '../blame/detect';
import { mayJudge } from '../blame/judge';
import { sentenceSpans } from '../blame/sentence';
import { checkpoint, type ShouldStop } from '../interruption';
import { BuiltBySettings } from '../builtBySettings';
import { detached } from '../text';
import { EqualityPhrases } from './equalityTrigger';

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
  /** Most block analyses kept; default CACHE_LIMIT. */
  cacheLimit?: number;
}

/**
 * Words that read as minimizers are judged in context by the blaming-language rule ("just
 * pushed" is hindsight, "had just merged" is not); retext-equality would flag every one.
 */
export const INCLUSIVE_DEFAULT_ALLOW = [
  'just',
  'obvious',
  'obviously',
  'simple',
  'simply',
  'of course',
  'clearly',
  // Technical meanings that retext-equality reads as being about people.
  'host',
  'hosts',
  'invalid',
  'disabled',
  'special',
  'pop',
];

const CACHE_LIMIT = 20_000;
/** Blocks per sub-batch of an interruptible `prepare`: on 3,000 blocks, no slower in all than one batch (8 and 16 were). */
const SUB_BATCH = 32;
const parser = new ParseEnglish();

interface EqualitySearch {
  transform: (tree: NlcstRoot, file: VFile) => void;
  phrases: EqualityPhrases;
}

/** Built once per ignore list in this process: both index a thousand phrases. */
const equalitySearches = new BuiltBySettings(16, (ignore: string[]): EqualitySearch => ({
  transform: retextEquality({ ignore }) as EqualitySearch['transform'],
  phrases: new EqualityPhrases(ignore),
}));

export class ProseAnalyzer {
  private readonly cache = new Map<string, BlockAnalysis>();
  /** Undefined when the inclusive-language rule is off. */
  private readonly equality: EqualitySearch | undefined;

  constructor(private readonly options: ProseAnalyzerOptions) {
    this.equality = options.inclusiveAllow && equalitySearches.get([...INCLUSIVE_DEFAULT_ALLOW, ...options.inclusiveAllow]);
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
   * phrases again for every paragraph it searches, so the sentences that need it are searched as
   * one paragraph; results are then split back per block.
   */
  prepare(blocks: Iterable<string>, shouldStop?: ShouldStop): void {
    // Interruptible: the blocks not cached yet, a few dozen at a time, each sub-batch cached before
    // the checkpoint. Only then: without `shouldStop` the batch stays one, as it always was.
    if (shouldStop) {
      const pending = [...new Set(blocks)].filter((masked) => !this.cache.has(masked));
      for (let start = 0; start < pending.length; start += SUB_BATCH) {
        this.prepare(pending.slice(start, start + SUB_BATCH));
        checkpoint(shouldStop);
      }
      return;
    }
    const batch: { masked: string; blame: CompiledPattern[]; judge: boolean; equality: boolean }[] = [];
    for (const masked of new Set(blocks)) {
      if (this.cache.has(masked)) continue;
      const needs = this.needs(masked);
      if (needs.blame.length > 0 || needs.judge || needs.equality) batch.push({ masked, ...needs });
      else this.store(masked, { blame: [], equality: [] });
    }
    if (batch.length === 0) return;
    const results = batch.map((): BlockAnalysis => ({ blame: [], equality: [] }));
    // Each block is parsed on its own (joined into one text, the English parser reads "master."
    // followed by another block's "just" as an abbreviation); each message of the search finds
    // its block through its sentence.
    const blockOfSentence = new Map<Sentence, number>();
    batch.forEach(({ masked, blame, judge, equality }, block) => {
      // A block that only the judgement of who did what reads needs no English parse: its sentences are cut more cheaply.
      if (blame.length === 0 && !equality) {
        for (const { start, end } of sentenceSpans(masked)) this.judgeOnly(masked.slice(start, end), start, results[block]!);
        return;
      }
      for (const sentence of sentencesOf(parser.parse(masked))) {
        if (blame.length > 0 || judge) this.findBlame(sentence, blame, judge, results[block]!);
        // Phrases never run across sentences, so a sentence without all the words of one has nothing to find.
        if (equality && this.equality!.phrases.mayMatch(masked.slice(sentence.position!.start.offset, sentence.position!.end.offset))) {
          blockOfSentence.set(sentence, block);
        }
      }
    });
    if (blockOfSentence.size > 0) {
      const single: NlcstRoot = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [...blockOfSentence.keys()] }] };
      for (const { sentence, match } of equalityIn(
        single,
        batch.map(({ masked }) => masked),
        blockOfSentence,
        this.equality!.transform,
        this.options.blame,
      )) {
        results[blockOfSentence.get(sentence)!]!.equality.push(match);
      }
    }
    batch.forEach(({ masked }, index) => this.store(masked, results[index]!));
  }

  private findBlame(sentence: Sentence, candidates: CompiledPattern[], judge: boolean, result: BlockAnalysis): void {
    const offset = sentence.position?.start.offset ?? 0;
    const text = nlcstToString(sentence);
    for (const match of detectBlame(text, this.options.blame!, candidates, judge && mayJudge(text))) {
      result.blame.push({ ...match, start: match.start + offset, end: match.end + offset });
    }
  }

  private judgeOnly(text: string, offset: number, result: BlockAnalysis): void {
    if (!mayJudge(text)) return;
    for (const match of detectBlame(text, this.options.blame!, [], true)) {
      result.blame.push({ ...match, start: match.start + offset, end: match.end + offset });
    }
  }

  /** Cheap tests first: most blocks have no word either analysis could report. */
  private needs(masked: string): { blame: CompiledPattern[]; judge: boolean; equality: boolean } {
    if (!/\p{L}/u.test(masked)) return { blame: [], judge: false, equality: false };
    return {
      blame: this.options.blame ? candidatePatterns(masked, this.options.blame) : [],
      judge: this.options.blame !== undefined && mayJudge(masked),
      equality: this.equality?.phrases.mayMatch(masked) ?? false,
    };
  }

  private store(masked: string, result: BlockAnalysis): void {
    if (this.cache.size >= (this.options.cacheLimit ?? CACHE_LIMIT)) this.evictOldest();
    // Most blocks are slices of the document: kept as they are, each would keep its whole version alive.
    this.cache.set(detached(masked), result);
  }

  private evictOldest(): void {
    let toDrop = (this.options.cacheLimit ?? CACHE_LIMIT) / 2;
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
  batch: string[],
  blockOfSentence: Map<Sentence, number>,
  transform: (tree: NlcstRoot, file: VFile) => void,
  blame: BlameLexicon | undefined,
): { sentence: Sentence; match: EqualityMatch }[] {
  const file = new VFile();
  transform(tree, file);
  return file.messages.flatMap((message) => {
    // retext-equality names the sentence of each match as its ancestor; offsets are in that sentence's block.
    const sentence = message.ancestors?.[0] as Sentence | undefined;
    const block = sentence ? blockOfSentence.get(sentence) : undefined;
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    if (sentence === undefined || block === undefined || start === undefined || end === undefined) return [];
    const expected = (message.expected ?? []) as string[];
    return [
      {
        sentence,
        match: {
          start,
          end,
          actual: message.actual ?? batch[block]!.slice(start, end),
          // retext-equality suggests "careless" for "turned a blind eye to": never propose blame.
          suggestions: blame ? expected.filter((suggestion) => detectBlame(suggestion, blame).length === 0) : expected,
          note: message.note ?? undefined,
          patternId: message.ruleId ?? 'equality',
        },
      },
    ];
  });
}
