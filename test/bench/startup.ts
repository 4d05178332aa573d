// Start-up and size: the bundles, the packaged .vsix, and how long the client bundle takes to
// load (the part of activation that is ours; VS Code then starts the server in its own process).
import { statSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { packageExtension } from '../e2e/harness/packaging';

const repoRoot = join(__dirname, '..', '..');

export interface SizeFigures {
  bundles: Record<string, number>;
  vsix: number;
  clientLoad: number;
}

export async function measureStartup(outDir: string): Promise<SizeFigures> {
  const vsix = await packageExtension(outDir); // builds dist/ first
  const bundles = Object.fromEntries(
    ['client.js', 'server.js', 'cli.js'].map((file) => [file, statSync(join(repoRoot, 'dist', file)).size]),
  );
  return { bundles, vsix: statSync(vsix).size, clientLoad: clientLoadTime() };
}

/** Requires dist/client.js with a stand-in for the `vscode` module, which only the extension host has. */
function clientLoadTime(): number {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof load })._load = (request, ...rest) =>
    request === 'vscode' ? new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) }) : load(request, ...rest);
  try {
    const started = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- what is measured is require() of the bundle
    require(join(repoRoot, 'dist', 'client.js'));
    return performance.now() - started;
  } finally {
    (Module as unknown as { _load: typeof load })._load = load;
  }
}
