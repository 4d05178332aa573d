// Runs postmortem-lint's main() in-process on a temporary repository, capturing what it writes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../../server/src/cli/main';

export class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function run(
  args: string[],
  cwd: string,
  options: { stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {},
): Promise<CliRun> {
  const stdout = new Capture(options.tty);
  const stderr = new Capture();
  const code = await main(args, { cwd, stdout, stderr, stdin: Readable.from([Buffer.from(options.stdin ?? '')]), env: options.env ?? {} });
  return { code, out: stdout.text, err: stderr.text };
}

/** A new folder holding `files` (relative path → text). */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'postmortem-lint-'));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), text);
  }
}

/** One message, no stack trace: what bad input must get. */
export function oneClearMessage(err: string): string {
  const lines = err
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('Run "postmortem-lint --help"'));
  if (lines.length !== 1 || /\n\s+at /.test(err)) throw new Error(`expected one message, got:\n${err}`);
  return lines[0]!;
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

/** A postmortem without findings under the minimal profile. */
export const CLEAN = BLAMING.replace('Obviously, the queue filled up. Bob should have checked the dashboard.', 'The queue filled up.');

/** Messages of ESLint JSON by file name (the last path segment). */
export function messagesByFile(json: string): Record<string, { ruleId: string; line: number; column: number }[]> {
  const results = JSON.parse(json) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
  return Object.fromEntries(results.map((result) => [result.filePath, result.messages]));
}
