// Benchmark documents of a given number of lines, built from the real postmortems of
// ../shared/corpus/real/ when that folder exists, else generated from the sample workspace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
const CORPUS = join(repoRoot, '..', 'shared', 'corpus', 'real');
const SAMPLES = join(repoRoot, 'test', 'fixtures', 'sample-workspace', 'postmortems');

export function sourceDocuments(): { origin: string; texts: string[] } {
  if (existsSync(CORPUS)) {
    const texts = readdirSync(CORPUS)
      .filter((file) => file.endsWith('.md') && file !== 'README.md')
      .sort()
      .map((file) => readFileSync(join(CORPUS, file), 'utf8'));
    return { origin: `${texts.length} real postmortems of ../shared/corpus/real`, texts };
  }
  console.log('note: ../shared/corpus/real is absent; documents are generated from the sample workspace');
  const texts = readdirSync(SAMPLES)
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(SAMPLES, file), 'utf8'));
  return { origin: 'the sample workspace postmortems (corpus absent)', texts };
}

/**
 * Concatenates source documents (each keeps its own headings) until the text has `lines` lines.
 * Each is a postmortem of its own: a code fence one leaves open is closed at its end, so it does
 * not turn every document after it into code. Past the last source document they come round
 * again, each round's copies with a word added to their blocks (see `roundCopy`).
 */
export function documentOfLines(texts: string[], lines: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const round = Math.floor(i / texts.length);
    const source = withFencesClosed(texts[i % texts.length]!.trimEnd());
    const part = round === 0 ? source : roundCopy(source, round);
    parts.push(part);
    count += part.split('\n').length + 1;
  }
  return parts.join('\n\n').split('\n').slice(0, lines).join('\n') + '\n';
}

function withFencesClosed(text: string): string {
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    if (open === undefined) open = fence[1];
    else if (fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2]!.trim() === '') open = undefined;
  }
  return open === undefined ? text : `${text}\n${open}`;
}

/**
 * A source document as it comes round again: "r<round>" at the end of each paragraph, list item
 * and table row, outside code. The analyser keeps each chunk's parse and each block's prose
 * analysis by text, so a document repeating its sources word for word would be analysed once per
 * source and measure the cache, not the work. The blocks keep their structure and wording; only
 * headings, code and HTML lines come round unchanged, as they do in real postmortems.
 */
export function roundCopy(text: string, round: number): string {
  const lines = text.split('\n');
  let open: string | undefined;
  return lines
    .map((line, index) => {
      const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (fence) {
        if (open === undefined) open = fence[1];
        else if (fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2]!.trim() === '') open = undefined;
        return line;
      }
      if (open !== undefined || !/\p{L}/u.test(line) || /^ {0,3}(?:#|<|\[[^\]]+\]:)/.test(line)) return line;
      if (/\|\s*$/.test(line)) return line.replace(/\|\s*$/, ` r${round} |`);
      const next = lines[index + 1];
      // The last line of a block, or of a list item followed by another: never the middle of a sentence.
      const endsBlock = next === undefined || next.trim() === '' || /^\s*(?:[-*+]|\d+[.)])\s/.test(next);
      return endsBlock ? `${line} r${round}` : line;
    })
    .join('\n');
}
