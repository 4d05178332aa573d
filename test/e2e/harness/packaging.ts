// The two .vsix files the harness installs into code-server: the product, and a small
// test-runner extension that runs the mocha suites inside VS Code's extension host.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { e2eRoot, productManifest, repoRoot } from './paths';
import { log, run } from './processes';

const vsceCli = path.join(repoRoot, 'node_modules/@vscode/vsce/vsce');

async function vscePackage(extensionDir: string, outFile: string): Promise<string> {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  // The flags keep vsce from prompting (CI has no stdin) instead of faking metadata.
  await run(process.execPath, [vsceCli, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', outFile], {
    cwd: extensionDir,
  });
  return outFile;
}

/** A minified build, then the product .vsix (contents chosen by the root .vscodeignore). */
export async function packageExtension(outDir: string): Promise<string> {
  log('building the extension (npm run build -- --production)');
  await run('npm', ['run', 'build', '--', '--production'], { cwd: repoRoot });
  const { name, version } = productManifest();
  log('packaging the extension');
  return vscePackage(repoRoot, path.join(outDir, `${name}-${version}.vsix`));
}

/**
 * Bundles `entry` (which must export the mocha runner) to `outDir/<entryName>.js` and every
 * test/e2e/suite/*.test.ts to `outDir/<name>.test.js` beside it, where suite/index.ts looks
 * for them. `vscode` is provided by the extension host.
 */
export async function bundleSuites(entry: string, entryName: string, outDir: string): Promise<void> {
  const suiteDir = path.join(e2eRoot, 'suite');
  const tests = fs.readdirSync(suiteDir).filter((file) => file.endsWith('.test.ts'));
  const entryPoints: Record<string, string> = { [entryName]: entry };
  for (const test of tests) entryPoints[test.replace(/\.ts$/, '')] = path.join(suiteDir, test);
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode resolves worker files at run time; the suites run serially.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}

/** The test-runner extension, staged in `stagingDir` (out of the product and out of git). */
export async function packageTestRunner(stagingDir: string, outFile: string): Promise<string> {
  fs.rmSync(stagingDir, { recursive: true, force: true });
  const extensionDir = path.join(e2eRoot, 'extension');
  await bundleSuites(path.join(extensionDir, 'src/extension.ts'), 'extension', path.join(stagingDir, 'dist'));
  fs.copyFileSync(path.join(extensionDir, 'package.json'), path.join(stagingDir, 'package.json'));
  fs.writeFileSync(path.join(stagingDir, 'README.md'), 'Runs test/e2e/suite inside VS Code. Not for users.\n');
  return vscePackage(stagingDir, outFile);
}
