// The language server as an editor sees it: spawned from dist/server.js, driven over stdio.
// Keystroke latency is didChange → publishDiagnostics with the debounce at 0.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../server/lspClient';
import { median, percentile } from './timing';

export interface ServerFigures {
  /** From spawning dist/server.js to its answer to initialize. */
  start: number;
  /** didOpen → publishDiagnostics of the first document a new server sees: 2,000 lines (median of new servers). */
  firstDiagnostics: number;
  /** The same for a 200-line postmortem (a usual size). */
  firstDiagnosticsSmall: number;
  /** The peer of the first diagnostics: remark-parse with remark-gfm's first parse of the same texts in a new Node process. */
  firstParse: number;
  firstParseSmall: number;
  keystroke: { p50: number; p95: number; max: number; count: number };
  /** Right after the last document's diagnostics. */
  rssMB: number;
  /** Once the server has been idle long enough to give back what it does not use. */
  settledRssMB: number;
}

/** How long to wait for the resident memory to settle: the server collects after 2 s idle, and V8's memory reducer gives memory back about 10 s after that. */
const SETTLE_MS = 25_000;
/** New servers (and new processes for the peer) per first-time figure: one run is at the mercy of a noisy machine. */
export const FIRST_RUNS = 3;

export async function measureServer(document2000: string, document200: string, samples: string[]): Promise<ServerFigures> {
  const firstDiagnostics = await medianOf(() => firstDiagnosticsOf(document2000));
  const firstDiagnosticsSmall = await medianOf(() => firstDiagnosticsOf(document200));
  const firstParse = await medianOf(async () => firstParseOf(document2000));
  const firstParseSmall = await medianOf(async () => firstParseOf(document200));
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  const spawned = performance.now();
  const client = new LspClient();
  client.settings = { validate: { debounceMs: 0 } };
  try {
    await client.initialize(folder);
    const start = performance.now() - spawned;
    const uri = pathToFileURL(join(folder, 'postmortems', 'long-postmortem.md')).href;
    await client.open(uri, document2000);
    await client.waitForDiagnostics(uri, () => true, 0, 30_000);

    const lines = document2000.split('\n');
    const latencies: number[] = [];
    for (let edit = 0; edit < 200; edit++) {
      const line = Math.floor((edit * 997) % lines.length);
      const since = client.diagnostics.length;
      const started = performance.now();
      const version = await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
      await client.waitForDiagnostics(uri, (params) => params.version === version, since, 30_000);
      latencies.push(performance.now() - started);
    }

    // Twenty open postmortems, then the server's resident memory.
    for (let index = 0; index < 20; index++) {
      const other = pathToFileURL(join(folder, 'postmortems', `incident-${index}.md`)).href;
      const since = client.diagnostics.length;
      await client.open(other, samples[index % samples.length]!);
      await client.waitForDiagnostics(other, () => true, since, 30_000);
    }
    const rssMB = residentMemoryMB(client.pid);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settledRssMB = residentMemoryMB(client.pid);
    return {
      start,
      firstDiagnostics,
      firstDiagnosticsSmall,
      firstParse,
      firstParseSmall,
      keystroke: {
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        max: Math.max(...latencies),
        count: latencies.length,
      },
      rssMB,
      settledRssMB,
    };
  } finally {
    await client.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A new server's time from didOpen to the first diagnostics of `text`. */
async function firstDiagnosticsOf(text: string): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  const client = new LspClient();
  client.settings = { validate: { debounceMs: 0 } };
  try {
    await client.initialize(folder);
    const uri = pathToFileURL(join(folder, 'postmortems', 'postmortem.md')).href;
    const started = performance.now();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, () => true, 0, 30_000);
    return performance.now() - started;
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
