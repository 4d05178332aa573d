// Start-up and size: the bundles, the packaged .vsix, and how long the client bundle takes to
// load (the part of activation that is ours; VS Code then starts the server in its own process).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageExtension } from '../e2e/harness/packaging';
import { FIRST_RUNS } from './languageServer';
import { median } from './timing';

const repoRoot = join(__dirname, '..', '..');

export interface SizeFigures {
  bundles: Record<string, number>;
  vsix: number;
  clientLoad: number;
}

export async function measureStartup(outDir: string): Promise<SizeFigures> {
  const vsix = await packageExtension(outDir); // builds dist/ first
  const bundles = Object.fromEntries(
    // Every bundle, the client's chunks loaded on first use (client.*.js) among them.
    readdirSync(join(repoRoot, 'dist'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file, statSync(join(repoRoot, 'dist', file)).size]),
  );
  return { bundles, vsix: statSync(vsix).size, clientLoad: clientLoadTime() };
}

/**
 * Requires dist/client.js in a new Node process (a stand-in for the `vscode` module, which only the
 * extension host has), FIRST_RUNS times: the median of those loads.
 */
function clientLoadTime(): number {
  const script = `
    const Module = require('node:module');
    const load = Module._load;
    const stub = new Proxy(function () {}, { get: () => stub });
    Module._load = (request, ...rest) => (request === 'vscode' ? stub : load(request, ...rest));
    const started = performance.now();
    require(process.argv[1]);
    console.log(performance.now() - started);`;
  const times = Array.from({ length: FIRST_RUNS }, () =>
    Number(execFileSync(process.execPath, ['-e', script, join(repoRoot, 'dist', 'client.js')], { encoding: 'utf8' }).trim()),
  );
  return median(times);
}
