// The extension as the Marketplace and Open VSX get it: `vsce package` on a fresh clone of the
// repository (its committed files only, node_modules linked from this checkout) must build the
// minified bundles itself (vscode:prepublish), warn about nothing, and pack what a listing needs.
import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { ROOT, VERSION, tempFolder } from './install';

const run = promisify(execFile);

describe('the .vsix from a fresh clone', () => {
  let output: string;
  let files: Map<string, JSZip.JSZipObject>;
  let manifest: Record<string, unknown>;

  before(async () => {
    const clone = join(tempFolder('clone'), 'repo');
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const vsix = join(clone, '..', 'extension.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const { stdout, stderr } = await run(process.execPath, [vsce, 'package', '--out', vsix], { cwd: clone });
    output = `${stdout}\n${stderr}`;
    const zip = await JSZip.loadAsync(readFileSync(vsix));
    files = new Map(Object.entries(zip.files).filter(([, file]) => !file.dir));
    manifest = JSON.parse(await files.get('extension/package.json')!.async('string'));
  });

  it('packs without a warning, after building the bundles itself', () => {
    assert.match(output, /Executing prepublish script 'npm run vscode:prepublish'/);
    assert.doesNotMatch(output, /WARNING|warn/i, output);
  });

  it('holds the minified bundles and no source maps, CLI bundle or sources', async () => {
    for (const bundle of ['extension/dist/client.js', 'extension/dist/server.js']) {
      const text = await files.get(bundle)!.async('string');
      assert.doesNotMatch(text, /sourceMappingURL/, bundle);
      // Minified: long lines (an unminified bundle averages about 40 characters a line).
      const perLine = text.length / text.split('\n').length;
      assert.ok(perLine > 500, `${bundle}: ${Math.round(perLine)} characters a line`);
    }
    const names = [...files.keys()];
    assert.deepEqual(
      names.filter((name) => /\.map$|dist\/cli\.js|language-server\.js|\.ts$|node_modules/.test(name)),
      [],
    );
  });

  it('carries what a Marketplace and Open VSX listing shows', async () => {
    for (const name of ['extension/LICENSE.txt', 'extension/changelog.md', 'extension/readme.md', 'extension/media/icon.png'])
      assert.ok(files.has(name), `${name} is missing: ${[...files.keys()].join(', ')}`);
    assert.match(await files.get('extension/LICENSE.txt')!.async('string'), /^MIT License/);
    assert.match(await files.get('extension/changelog.md')!.async('string'), new RegExp(`^## \\[${VERSION.replace(/\./g, '\\.')}\\]`, 'm'));
    const png = await files.get('extension/media/icon.png')!.async('nodebuffer');
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // 128×128 at least, the Marketplace's minimum (width and height in the IHDR chunk).
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128);
    for (const field of ['icon', 'galleryBanner', 'keywords', 'categories', 'homepage', 'bugs', 'repository', 'license'])
      assert.ok(manifest[field] !== undefined, `package.json has no ${field}`);
  });
});
