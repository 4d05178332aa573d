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

/** Concatenates source documents (each keeps its own headings) until the text has `lines` lines. */
export function documentOfLines(texts: string[], lines: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const part = texts[i % texts.length]!.trimEnd();
    parts.push(part);
    count += part.split('\n').length + 1;
  }
  return parts.join('\n\n').split('\n').slice(0, lines).join('\n') + '\n';
}
