// The team's view at scale: a workspace of 1,000 postmortems built from the same sources as the
// documents (each source again with a word added per round, so no two files are the same text).
// Measured side by side in this process: `postmortem-lint report` reading and analysing all of
// them cold, and markdownlint linting the same files. Then a new language server on that
// workspace: how long its index takes, its memory once the index is built, and keystrokes in an
// open 2,000-line postmortem while the index is being built.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/cli/main';
import { WorkspaceIndexRequest, type WorkspaceIndexResult } from '../../server/src/lsp/protocol';
import { LspClient } from '../server/lspClient';
import { roundCopy } from './documents';
import { hasEveryFinding } from './languageServer';
import { ms, percentile, verdict } from './timing';

export const WORKSPACE_FILES = 1_000;
/** How long the server is left idle before its memory is read again. */
const SETTLE_MS = 15_000;
/** Keystrokes typed into the open postmortem while the index is built. */
const KEYSTROKES = 100;

export interface WorkspaceFigures {
  files: number;
  /** `postmortem-lint report --format json` over the workspace, in this process, cold (new analyzer and index). */
  report: number;
  postmortems: number;
  actionItems: number;
  /** markdownlint's lint of the same files. */
  markdownlint: number;
  /** A new server: initialized → the index holds every postmortem. */
  index: number;
  /** The server's resident memory right after the index is built (an open 2,000-line postmortem included), and once idle. */
  rssMB: number;
  settledRssMB: number;
  /** Keystrokes in the open postmortem while the index was being built: didChange → publishDiagnostics. */
  keystroke: { p50: number; p95: number; max: number; count: number };
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Writes the workspace: postmortems/0000.md … 0999.md. */
export function writeWorkspace(folder: string, texts: string[]): string[] {
  const files: string[] = [];
  mkdirSync(join(folder, 'postmortems'), { recursive: true });
  for (let index = 0; index < WORKSPACE_FILES; index++) {
    const round = Math.floor(index / texts.length);
    const source = texts[index % texts.length]!;
    const file = join(folder, 'postmortems', `${String(index).padStart(4, '0')}.md`);
    writeFileSync(file, round === 0 ? source : roundCopy(source, round));
    files.push(file);
  }
  return files;
}

export async function measureWorkspace(folder: string, texts: string[], openDocument: string): Promise<WorkspaceFigures> {
  rmSync(folder, { recursive: true, force: true });
  const files = writeWorkspace(folder, texts);

  const out = new Sink();
  const started = performance.now();
  await main(['report', '--format', 'json'], { cwd: folder, stdout: out, stderr: new Sink(), env: {} });
  const report = performance.now() - started;
  const parsed = JSON.parse(out.text) as { postmortems: unknown[]; actionItems: unknown[] };

  const { lint } = (await import('markdownlint/promise')) as { lint: (options: { files: string[] }) => Promise<unknown> };
  const linted = performance.now();
  await lint({ files });
  const markdownlint = performance.now() - linted;

  const server = await measureIndexing(folder, openDocument);
  return {
    files: files.length,
    report,
    postmortems: parsed.postmortems.length,
    actionItems: parsed.actionItems.length,
    markdownlint,
    ...server,
  };
}

async function measureIndexing(
  folder: string,
  openDocument: string,
): Promise<Pick<WorkspaceFigures, 'index' | 'rssMB' | 'settledRssMB' | 'keystroke'>> {
  const client = new LspClient();
  client.settings = { validate: { debounceMs: 0 } };
  try {
    await client.initialize(folder);
    const started = performance.now();
    // The writer opens a postmortem of their own at once and types while the workspace is read.
    const uri = pathToFileURL(join(folder, 'postmortems', 'zz-being-written.md')).href;
    await client.open(uri, openDocument);
    await client.waitForDiagnostics(uri, hasEveryFinding(openDocument), 0, 60_000);
    const lastLine = openDocument.split('\n').length - 1;
    const latencies: number[] = [];
    let indexed: WorkspaceIndexResult | undefined;
    let index = Number.NaN;
    for (let edit = 0; edit < KEYSTROKES; edit++) {
      const since = client.diagnostics.length;
      const typed = performance.now();
      const version = await client.change(uri, [
        { range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'x' },
      ]);
      await client.waitForDiagnostics(uri, (params) => params.version === version, since, 60_000);
      latencies.push(performance.now() - typed);
      if (edit % 10 === 9) {
        indexed = (await client.connection.sendRequest(WorkspaceIndexRequest.method, { today: '2026-01-01' })) as WorkspaceIndexResult;
        if (!indexed.indexing) break;
      }
    }
    while (!indexed || indexed.indexing) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      indexed = (await client.connection.sendRequest(WorkspaceIndexRequest.method, { today: '2026-01-01' })) as WorkspaceIndexResult;
    }
    index = performance.now() - started;
    const rssMB = residentMemoryMB(client.pid);
    // The server collects after 2 s of quiet; V8 gives memory back some seconds later.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return {
      index,
      rssMB,
      settledRssMB: residentMemoryMB(client.pid),
      keystroke: {
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        max: Math.max(...latencies),
        count: latencies.length,
      },
    };
  } finally {
    await client.dispose();
  }
}

function residentMemoryMB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kilobytes / 1024;
}

/** The section of results.md, and the rows of its targets table. */
export function workspaceSection(figures: WorkspaceFigures): { lines: string[]; targets: string[] } {
  const ratio = figures.report / figures.markdownlint;
  const { keystroke } = figures;
  return {
    lines: [
      `## A workspace of ${figures.files.toLocaleString('en')} postmortems`,
      '',
      `- \`postmortem-lint report --format json\`, cold: ${ms(figures.report)} for ${figures.postmortems} postmortems and ${figures.actionItems} action items; markdownlint over the same files: ${ms(figures.markdownlint)} (${ratio.toFixed(2)}×)`,
      `- a new language server's workspace index: every postmortem read in ${ms(figures.index)}, while a 2,000-line postmortem was open and typed in; resident memory then ${figures.rssMB.toFixed(0)} MB, ${figures.settledRssMB.toFixed(0)} MB once idle`,
      `- keystrokes in that postmortem while the index was built, over ${keystroke.count} edits: p50 ${ms(keystroke.p50)}, p95 ${ms(keystroke.p95)}, max ${ms(keystroke.max)}`,
      '',
    ],
    targets: [
      `| report of 1,000 postmortems ≤ 2× markdownlint | ${ratio.toFixed(2)}× | ${verdict(ratio <= 2)} |`,
      `| server RSS with the index of 1,000 postmortems ≤ 200 MB (idle) | ${figures.settledRssMB.toFixed(0)} MB (${figures.rssMB.toFixed(0)} MB right after) | ${verdict(figures.settledRssMB <= 200)} |`,
      `| keystroke p95 ≤ 50 ms while the index is built | ${ms(keystroke.p95)} | ${verdict(keystroke.p95 <= 50)} |`,
    ],
  };
}
