// Where things live. Everything the harness creates goes either into the per-user cache
// (reused across runs and clones: code-server) or into test-results/ (git-ignored, per run).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
export const e2eRoot = path.join(repoRoot, 'test/e2e');
export const sampleWorkspace = path.join(repoRoot, 'test/fixtures/sample-workspace');
export const testResults = path.join(repoRoot, 'test-results');

const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
export const cacheRoot = path.join(cacheHome, 'postmortem-authoring');

/** Reads the product manifest, the single source of the extension id and version. */
export function productManifest(): { name: string; publisher: string; version: string } {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
}

export function productExtensionId(): string {
  const { publisher, name } = productManifest();
  return `${publisher}.${name}`;
}
