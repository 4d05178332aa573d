// Installing what users install, as their tools do, with no network: npm is pointed at a registry
// address where nothing listens, and given an empty cache, so an install that needed a download
// fails instead of quietly using the network or what `npm ci` left in the cache.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(__dirname, '..', '..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
/** What `npm run package:cli` made (test:package runs it first). */
export const CLI_TARBALL = join(ROOT, 'dist', `postmortem-lint-${VERSION}.tgz`);

const run = promisify(execFile);

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `postmortem-${prefix}-`));
}

export function offlineNpm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--cache', tempFolder('npm-cache')], {
    cwd,
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false' },
  });
}

/** Installs `tarball` into a new, empty project folder; returns the folder. */
export async function installInEmptyFolder(tarball: string): Promise<string> {
  const folder = tempFolder('install');
  writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
  await offlineNpm(['install', tarball], folder);
  return folder;
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command and returns its exit code and output, whatever the code. */
export async function runCommand(file: string, args: string[], cwd: string): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

export const BLAMING = `# Postmortem: queue outage

## Summary

Obviously, the queue filled up. Bob should have checked the dashboard.

## Impact

Orders were delayed for 20 minutes.

## Timeline (UTC)

- 10:00 Queue depth alert.

## Root Causes

The consumer pool was too small.

## Action Items

| Action Item | Owner |
|---|---|
| Autoscale consumers | @priya |
`;

export const README = '# Our service\n\nTODO: write the README. Obviously.\n';
