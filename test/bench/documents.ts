// Benchmark documents of a given number of lines, built from the real postmortems of
// ../shared/corpus/real/ when that folder exists, else generated from the sample workspace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
const CORPUS = join(repoRoot, '..', 'shared', 'corpus', 'real');
const SAMPLES = join(repoRoot, 'test', 'fixtures', 'sample-workspace', 'postmortems');

export function sourceDocuments(): { origin: string; texts: string[] } {
  if (existsSync(CORPUS)) {
    const texts = readdirSync(CORPUS).filter((file) => file.endsWith('.md') && file !== 'README.md').sort().map((file) => readFileSync(join(CORPUS, file), 'utf8'));
    return { origin: `${texts.length} real postmortems of ../shared/corpus/real`, texts };
  }
  console.log('note: ../shared/corpus/real is absent; documents are generated from the sample workspace');
  const texts = readdirSync(SAMPLES).filter((file) => file.endsWith('.md')).map((file) => readFileSync(join(SAMPLES, file), 'utf8'));
  return { origin: 'the sample workspace postmortems (corpus absent)', texts };
}

/**
 * Concatenates source documents (each keeps its own headings) until the text has `lines` lines.
 * Each is a postmortem of its own: a code fence one leaves open is closed at its end, so it does
 * not turn every document after it into code.
 */
export function documentOfLines(texts: string[], lines: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const part = withFencesClosed(texts[i % texts.length]!.trimEnd());
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
