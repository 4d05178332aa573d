// The language server as an editor sees it: spawned from dist/server.js, driven over stdio.
// Keystroke latency is didChange → publishDiagnostics of that version with the debounce at 0, a
// word typed a character at a time where writers type (typing.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { openingOf } from '../../server/src/engine';
import { OPENING_CHARS, OPENING_FIRST_CHARS } from '../../server/src/lsp/documentAnalyses';
import { LspClient } from '../server/lspClient';
import { median, percentile } from './timing';
import { insertAt, PLACES, placeOf, TYPED, TYPING_PATTERNS, withTypingPlaces, type TypingPattern } from './typing';

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

export interface TypingFigures extends Percentiles {
  pattern: TypingPattern;
  lines: number;
}

export interface ServerFigures {
  /** From spawning dist/server.js to its answer to initialize. */
  start: number;
  /** didOpen → publishDiagnostics of the first document a new server sees: 2,000 lines (median of new servers). */
  firstDiagnostics: number;
  /** didOpen → the publication with every finding (a large document's opening is published first; see documentAnalyses.ts). */
  completeDiagnostics: number;
  /** The same for a 200-line postmortem (a usual size). */
  firstDiagnosticsSmall: number;
  /** The peer of the first diagnostics: remark-parse with remark-gfm's first parse of the same texts in a new Node process. */
  firstParse: number;
  firstParseSmall: number;
  /** Keystroke didChange → publishDiagnostics of that version, by pattern and document size. */
  typing: TypingFigures[];
  /** Right after the last document's diagnostics. */
  rssMB: number;
  /** Once the server has been idle long enough to give back what it does not use. */
  settledRssMB: number;
  /** The largest settled RSS of the runs: the memory target has to hold in every run, not only in the median. */
  worstSettledRssMB: number;
}

/** How long to wait for the resident memory to settle: the server collects after 2 s idle, and V8's memory reducer gives memory back about 10 s after that. */
const SETTLE_MS = 25_000;
/** New servers (and new processes for the peer) per figure: one run is at the mercy of a noisy machine. */
export const FIRST_RUNS = 3;

/** Every figure is the median of FIRST_RUNS runs, each in a new server process. */
export async function measureServer(documents: Map<number, string>, samples: string[]): Promise<ServerFigures> {
  const document2000 = withTypingPlaces(documents.get(2_000)!);
  const document200 = withTypingPlaces(documents.get(200)!);
  const first2000: FirstDiagnostics[] = [];
  for (let run = 0; run < FIRST_RUNS; run++) first2000.push(await firstDiagnosticsOf(document2000));
  const firstDiagnostics = median(first2000.map((run) => run.first));
  const completeDiagnostics = median(first2000.map((run) => run.complete));
  const firstDiagnosticsSmall = await medianOf(async () => (await firstDiagnosticsOf(document200)).first);
  const firstParse = await medianOf(async () => firstParseOf(document2000));
  const firstParseSmall = await medianOf(async () => firstParseOf(document200));
  const runs: ServerRun[] = [];
  for (let run = 0; run < FIRST_RUNS; run++) {
    console.log(`  typing, run ${run + 1} of ${FIRST_RUNS}…`);
    runs.push(
      await serverRun(
        new Map([
          [200, document200],
          [2_000, document2000],
        ]),
        samples,
      ),
    );
  }
  const medianBy = (figure: (run: ServerRun) => number) => median(runs.map(figure));
  return {
    start: medianBy((run) => run.start),
    firstDiagnostics,
    completeDiagnostics,
    firstDiagnosticsSmall,
    firstParse,
    firstParseSmall,
    typing: runs[0]!.typing.map((row, index) => ({
      pattern: row.pattern,
      lines: row.lines,
      p50: medianBy((run) => run.typing[index]!.p50),
      p95: medianBy((run) => run.typing[index]!.p95),
      max: medianBy((run) => run.typing[index]!.max),
      count: row.count,
    })),
    rssMB: medianBy((run) => run.rssMB),
    settledRssMB: medianBy((run) => run.settledRssMB),
    worstSettledRssMB: Math.max(...runs.map((run) => run.settledRssMB)),
  };
}

interface ServerRun {
  start: number;
  typing: TypingFigures[];
  rssMB: number;
  settledRssMB: number;
}

/**
 * One new server: the typing runs on each document (the 200-line one closed after its runs), then
 * twenty more postmortems opened beside the 2,000-line one, and its resident memory.
 */
async function serverRun(documents: Map<number, string>, samples: string[]): Promise<ServerRun> {
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  const spawned = performance.now();
  const client = new LspClient();
  client.settings = { validate: { debounceMs: 0 } };
  try {
    await client.initialize(folder);
    const start = performance.now() - spawned;
    const typing: TypingFigures[] = [];
    for (const [lines, document] of documents) {
      const uri = pathToFileURL(join(folder, 'postmortems', `postmortem-${lines}.md`)).href;
      await client.open(uri, document);
      // Typing starts once every finding is in, not the opening's alone: a first keystroke would wait for the rest.
      await client.waitForDiagnostics(uri, hasEveryFinding(document), 0, 30_000);
      let text = document;
      for (const pattern of TYPING_PATTERNS) {
        const latencies: number[] = [];
        for (const fraction of PLACES) {
          const place = placeOf(text, pattern, fraction);
          for (const [offset, character] of [...TYPED].entries()) {
            const at = { line: place.line, character: place.character + offset };
            const since = client.diagnostics.length;
            const started = performance.now();
            const version = await client.change(uri, [{ range: { start: at, end: at }, text: character }]);
            await client.waitForDiagnostics(uri, (params) => params.version === version, since, 30_000);
            latencies.push(performance.now() - started);
            text = insertAt(text, at, character);
          }
        }
        typing.push({ pattern, lines, ...percentiles(latencies) });
      }
      if (lines !== 2_000) await client.close(uri);
    }

    // Twenty more open postmortems beside the 2,000-line one, then the server's resident memory.
    for (let index = 0; index < 20; index++) {
      const other = pathToFileURL(join(folder, 'postmortems', `incident-${index}.md`)).href;
      const since = client.diagnostics.length;
      await client.open(other, samples[index % samples.length]!);
      await client.waitForDiagnostics(other, () => true, since, 30_000);
    }
    const rssMB = residentMemoryMB(client.pid);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { start, typing, rssMB, settledRssMB: residentMemoryMB(client.pid) };
  } finally {
    await client.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

function percentiles(latencies: number[]): Percentiles {
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: Math.max(...latencies), count: latencies.length };
}

/**
 * Whether a publication for `text` is its complete one. A document analysed in two steps
 * (documentAnalyses.ts) publishes its opening's findings first, all on its first lines; the
 * benchmark's documents have findings past it.
 */
export function hasEveryFinding(text: string): (params: PublishDiagnosticsParams) => boolean {
  const opening = text.length >= OPENING_FIRST_CHARS ? openingOf(text, OPENING_CHARS) : undefined;
  const openingLines = opening ? text.slice(0, opening.end).split('\n').length : 0;
  return (params) => params.diagnostics.some((diagnostic) => diagnostic.range.start.line >= openingLines);
}

interface FirstDiagnostics {
  /** didOpen → the first publication. */
  first: number;
  /** didOpen → the publication with findings past the opening (the first, for a document analysed in one step). */
  complete: number;
}

/** A new server's time from didOpen to the first diagnostics of `text`, and to all of them. */
async function firstDiagnosticsOf(text: string): Promise<FirstDiagnostics> {
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  const client = new LspClient();
  client.settings = { validate: { debounceMs: 0 } };
  try {
    await client.initialize(folder);
    const uri = pathToFileURL(join(folder, 'postmortems', 'postmortem.md')).href;
    const started = performance.now();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, () => true, 0, 30_000);
    const first = performance.now() - started;
    await client.waitForDiagnostics(uri, hasEveryFinding(text), 0, 30_000);
    return { first, complete: performance.now() - started };
  } finally {
    await client.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * remark-parse with remark-gfm's first parse of `text` in a new Node process, after loading them:
 * what any remark-based tool pays before V8 has compiled the parser, as a new server does.
 */
function firstParseOf(text: string): number {
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  try {
    const file = join(folder, 'postmortem.md');
    writeFileSync(file, text);
    const script = `
      import { readFileSync } from 'node:fs';
      import { unified } from 'unified';
      import remarkParse from 'remark-parse';
      import remarkGfm from 'remark-gfm';
      const text = readFileSync(process.argv[1], 'utf8');
      const started = performance.now();
      unified().use(remarkParse).use(remarkGfm).parse(text);
      console.log(performance.now() - started);`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    return Number(output.trim());
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function medianOf(measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < FIRST_RUNS; run++) times.push(await measure());
  return median(times);
}

function residentMemoryMB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kilobytes / 1024;
}
