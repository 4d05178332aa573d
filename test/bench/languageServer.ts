// The language server as an editor sees it: spawned from dist/server.js, driven over stdio.
// Keystroke latency is didChange → publishDiagnostics with the debounce at 0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../server/lspClient';
import { percentile } from './timing';

export interface ServerFigures {
  /** From spawning dist/server.js to its answer to initialize. */
  start: number;
  /** didOpen → publishDiagnostics of the first document a new server sees: 2,000 lines. */
  firstDiagnostics: number;
  /** The same, in another new server, for a 200-line postmortem (a usual size). */
  firstDiagnosticsSmall: number;
  keystroke: { p50: number; p95: number; max: number; count: number };
  /** Right after the last document's diagnostics. */
  rssMB: number;
  /** Once the server has been idle long enough to give back what it does not use. */
  settledRssMB: number;
}

/** How long to wait for the resident memory to settle: the server collects after 2 s idle, and V8's memory reducer gives memory back about 10 s after that. */
const SETTLE_MS = 25_000;

export async function measureServer(document2000: string, document200: string, samples: string[]): Promise<ServerFigures> {
  const firstDiagnosticsSmall = await firstDiagnosticsOf(document200);
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  const spawned = performance.now();
  const client = new LspClient();
  client.settings = { validate: { debounceMs: 0 } };
  try {
    await client.initialize(folder);
    const start = performance.now() - spawned;
    const uri = pathToFileURL(join(folder, 'postmortems', 'long-postmortem.md')).href;
    let started = performance.now();
    await client.open(uri, document2000);
    await client.waitForDiagnostics(uri, () => true, 0, 30_000);
    const firstDiagnostics = performance.now() - started;

    const lines = document2000.split('\n');
    const latencies: number[] = [];
    for (let edit = 0; edit < 200; edit++) {
      const line = Math.floor((edit * 997) % lines.length);
      const since = client.diagnostics.length;
      started = performance.now();
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
      keystroke: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: Math.max(...latencies), count: latencies.length },
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

function residentMemoryMB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kilobytes / 1024;
}
