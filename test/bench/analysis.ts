// Full analysis against its peers, on the same text in the same process: remark-parse alone
// (the lower bound: we must parse), markdownlint, and alex (the same retext plugins as ours).
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PostmortemAnalyzer } from '../../server/src/engine';
import { median, timeRuns } from './timing';

export interface AnalysisRow {
  lines: number;
  chars: number;
  parse: number;
  /** remark-parse with remark-gfm: the parse a tool that reads tables and task lists must do. */
  parseGfm: number;
  ours: number;
  oursAfterEdit: number;
  markdownlint: number;
  alex: number | undefined;
}

const remark = unified().use(remarkParse).freeze();
const remarkWithGfm = unified().use(remarkParse).use(remarkGfm).freeze();

export async function measureAnalysis(documents: Map<number, string>, alexMaxLines: number): Promise<AnalysisRow[]> {
  const { lint } = (await import('markdownlint/sync')) as { lint: (options: { strings: Record<string, string> }) => unknown };
  const { markdown: alex } = (await import('alex')) as { markdown: (value: string) => unknown };
  const rows: AnalysisRow[] = [];
  for (const [lines, text] of documents) {
    const runs = lines <= 200 ? 30 : lines <= 2_000 ? 10 : 3;
    // Warm the JIT and module caches once for every tool, so no tool pays for first use in its timing.
    remark.parse(text);
    remarkWithGfm.parse(text);
    new PostmortemAnalyzer().analyze(text);
    lint({ strings: { doc: text } });
    const parse = median(timeRuns(runs, () => remark.parse(text)));
    const parseGfm = median(timeRuns(runs, () => remarkWithGfm.parse(text)));
    // Cold: a fresh analyzer has no cached chunks or sentences, so this is the full work.
    const ours = median(timeRuns(runs, () => new PostmortemAnalyzer().analyze(text)));
    const warm = new PostmortemAnalyzer();
    warm.analyze(text);
    const oursAfterEdit = median(timeRuns(runs, (run) => warm.analyze(edited(text, run))));
    const markdownlint = median(timeRuns(runs, () => lint({ strings: { doc: text } })));
    const alexTime = lines <= alexMaxLines ? median(timeRuns(lines <= 2_000 ? 3 : 1, () => alex(text))) : undefined;
    rows.push({ lines, chars: text.length, parse, parseGfm, ours, oursAfterEdit, markdownlint, alex: alexTime });
    console.log(
      `  ${lines} lines: parse ${parse.toFixed(1)} ms (with GFM ${parseGfm.toFixed(1)} ms), ours ${ours.toFixed(1)} ms (after an edit ${oursAfterEdit.toFixed(1)} ms), markdownlint ${markdownlint.toFixed(1)} ms, alex ${alexTime === undefined ? 'skipped' : `${alexTime.toFixed(0)} ms`}`,
    );
  }
  return rows;
}

/** One character typed at a different place in each run. */
export function edited(text: string, run: number): string {
  const at = Math.floor((text.length * ((run * 7_919) % 1_000)) / 1_000);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return `${text.slice(0, lineStart)}x${text.slice(lineStart)}`;
}
