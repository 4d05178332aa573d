// npm run bench: speed and size, measured side by side in one run, written to
// test/bench/results.md. Each target prints pass/FAIL; the benchmark itself never fails.
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureAnalysis, type AnalysisRow } from './analysis';
import { documentOfLines, sourceDocuments } from './documents';
import { FIRST_RUNS, measureServer, type ServerFigures } from './languageServer';
import { measureStartup, type SizeFigures } from './startup';
import { ms, verdict } from './timing';
import { PLACES, TYPED } from './typing';
import { measureWorkspace, workspaceSection, type WorkspaceFigures } from './workspace';

const SIZES = [200, 2_000, 20_000];

async function main(): Promise<void> {
  const started = performance.now();
  const { origin, texts } = sourceDocuments();
  const documents = new Map(SIZES.map((lines) => [lines, documentOfLines(texts, lines)]));
  console.log('size and start-up (builds and packages the extension)…');
  const sizes = await measureStartup(join(__dirname, '..', '..', 'test-results', 'bench'));
  console.log('full analysis…');
  const analysis = await measureAnalysis(documents, 20_000);
  console.log('language server…');
  const server = await measureServer(documents, texts);
  console.log('workspace of 1,000 postmortems…');
  const workspace = await measureWorkspace(join(__dirname, '..', '..', 'test-results', 'bench', 'workspace'), texts, documents.get(2_000)!);
  const report = render(origin, analysis, server, sizes, workspace, (performance.now() - started) / 1000);
  writeFileSync(join(__dirname, 'results.md'), report);
  console.log(`\n${report}`);
}

function render(
  origin: string,
  rows: AnalysisRow[],
  server: ServerFigures,
  sizes: SizeFigures,
  workspace: WorkspaceFigures,
  seconds: number,
): string {
  const at = (lines: number) => rows.find((row) => row.lines === lines)!;
  const growth = at(20_000).ours / at(2_000).ours;
  const charGrowth = at(20_000).chars / at(2_000).chars;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const lines = [
    '# Benchmark results',
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}. Documents built from ${origin}. Whole run: ${seconds.toFixed(0)} s.`,
    'All tools ran in the same process on the same text; times are medians.',
    '',
    '## Full analysis',
    '',
    '| lines | chars | remark-parse | remark-parse + GFM | ours (cold) | ours after a one-character edit | markdownlint | alex | ours / parse | ours / parse + GFM | alex / ours |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.lines} | ${row.chars} | ${ms(row.parse)} | ${ms(row.parseGfm)} | ${ms(row.ours)} | ${ms(row.oursAfterEdit)} | ${ms(row.markdownlint)} | ${row.alex === undefined ? '—' : ms(row.alex)} | ${(row.ours / row.parse).toFixed(2)}× | ${(row.ours / row.parseGfm).toFixed(2)}× | ${row.alex === undefined ? '—' : `${(row.alex / row.ours).toFixed(1)}×`} |`,
    ),
    '',
    `Growth from 2,000 to 20,000 lines: ${growth.toFixed(1)}× the time for ${charGrowth.toFixed(1)}× the text.`,
    '',
    '## Language server (debounce 0)',
    '',
    `- start (spawn → initialize answered): ${ms(server.start)}; first diagnostics after didOpen, in a new server: ${ms(server.firstDiagnostics)} (2,000 lines: its opening's; every finding after ${ms(server.completeDiagnostics)}), ${ms(server.firstDiagnosticsSmall)} (200 lines), medians of ${FIRST_RUNS} new servers each`,
    `- peer: remark-parse + GFM's first parse of the same text in a new Node process, modules loaded: ${ms(server.firstParse)} (2,000 lines), ${ms(server.firstParseSmall)} (200 lines)`,
    `- typing: a space and two words ("${TYPED}"), one character per didChange, at ${PLACES.length} places per pattern (${server.typing[0]!.count} keystrokes), didChange → publishDiagnostics of that version; medians over ${FIRST_RUNS} new servers of each run's p50, p95 and max:`,
    '',
    '| where | lines | p50 | p95 | max |',
    '|---|---|---|---|---|',
    ...server.typing.map((row) => `| ${row.pattern} | ${row.lines} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.max)} |`),
    '',
    `- resident memory with 21 open postmortems (the 2,000-line one and 20 others): ${server.rssMB.toFixed(0)} MB right after opening them, ${server.settledRssMB.toFixed(0)} MB once idle for 25 s (medians of ${FIRST_RUNS} servers; idle, the largest of them: ${server.worstSettledRssMB.toFixed(0)} MB)`,
    '',
    ...workspaceSection(workspace).lines,
    '## Size and start-up',
    '',
    `- bundles: ${Object.entries(sizes.bundles)
      .map(([file, bytes]) => `${file} ${kb(bytes)}`)
      .join(', ')}; .vsix ${kb(sizes.vsix)}`,
    `- client bundle load (our part of activation, which does not wait for the language server to start), median of ${FIRST_RUNS} new Node processes: ${ms(sizes.clientLoad)}`,
    '',
    '## Targets',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    `| full analysis ≤ 1.5× remark-parse (2,000 lines) | ${(at(2_000).ours / at(2_000).parse).toFixed(2)}× | ${verdict(at(2_000).ours <= 1.5 * at(2_000).parse)} |`,
    `| ≥ 10× faster than alex (2,000 lines) | ${at(2_000).alex === undefined ? '—' : `${(at(2_000).alex! / at(2_000).ours).toFixed(1)}×`} | ${verdict((at(2_000).alex ?? 0) >= 10 * at(2_000).ours)} |`,
    `| linear growth (2,000 → 20,000 lines within 1.5× of the text growth) | ${(growth / charGrowth).toFixed(2)} | ${verdict(growth <= 1.5 * charGrowth)} |`,
    ...server.typing
      .filter((row) => row.lines === 2_000)
      .map((row) => `| keystroke p95 ≤ 25 ms, ${row.pattern} (2,000 lines) | ${ms(row.p95)} | ${verdict(row.p95 <= 25)} |`),
    `| client load ≤ 50 ms | ${ms(sizes.clientLoad)} | ${verdict(sizes.clientLoad <= 50)} |`,
    `| first diagnostics ≤ 300 ms (200-line postmortem) | ${ms(server.firstDiagnosticsSmall)} (${(server.firstDiagnosticsSmall / server.firstParseSmall).toFixed(1)}× a first parse) | ${verdict(server.firstDiagnosticsSmall <= 300)} |`,
    `| first diagnostics ≤ 300 ms (2,000-line postmortem) | ${ms(server.firstDiagnostics)} (its opening's; ${(server.firstDiagnostics / server.firstParse).toFixed(1)}× a first parse; every finding after ${ms(server.completeDiagnostics)}) | ${verdict(server.firstDiagnostics <= 300)} |`,
    `| .vsix ≤ 2 MB | ${kb(sizes.vsix)} | ${verdict(sizes.vsix <= 2 * 1024 * 1024)} |`,
    `| server RSS ≤ 120 MB (21 open postmortems, idle) | ${server.settledRssMB.toFixed(0)} MB (largest run ${server.worstSettledRssMB.toFixed(0)} MB; ${server.rssMB.toFixed(0)} MB right after opening) | ${verdict(server.settledRssMB <= 120)} |`,
    ...workspaceSection(workspace).targets,
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
