// Child processes the harness starts, and the guarantee that each one is ended by us: every
// child leads its own process group (so its helpers - node-gyp, extension hosts - go with it)
// and is killed by group on stop, on Ctrl-C / SIGTERM, and synchronously when Node exits.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';

export function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

/**
 * Runs a command to completion. Output is captured and shown only if the command fails
 * (npm and node-gyp are noisy), unless `inherit` is set.
 */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; inherit?: boolean },
): Promise<void> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = exitOf(child);
  const group = await started(child, exited);
  const code = await exited;
  groups.delete(group);
  if (code !== 0) {
    const tail = output.trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` (in ${options.cwd}) exited with ${code}\n${tail}`);
  }
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
  });
}

export interface LongRunningProcess {
  readonly pid: number;
  /** Resolves with the exit code once the process has exited (on its own or by stop()). */
  readonly exited: Promise<number | null>;
  /** Ends the whole process group: SIGTERM, then SIGKILL if it is still there after 5 s. */
  stop(): Promise<void>;
}

/** Starts a server-like process in its own process group, its output appended to `logFile`. */
export async function startInBackground(
  command: string,
  args: string[],
  options: SpawnOptions & { logFile: string },
): Promise<LongRunningProcess> {
  const logFd = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const exited = exitOf(child);
  const pid = await started(child, exited);
  return {
    pid,
    exited,
    async stop() {
      if (!groups.has(pid)) return;
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // The leader may exit before its children (e.g. an extension host); end the stragglers.
      killGroup(pid, 'SIGKILL');
      groups.delete(pid);
    },
  };
}

/**
 * Polls `ready` until it returns true; fails as soon as `server` exits, or after `timeoutMs`.
 * For states with no event to wait on (a port that starts answering, a file that appears).
 */
export async function pollWhileRunning(
  server: LongRunningProcess,
  ready: () => boolean | Promise<boolean>,
  options: { timeoutMs: number; what: string },
): Promise<void> {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + options.timeoutMs;
  while (!(await ready())) {
    if (exitCode !== undefined) throw new Error(`The server exited (code ${exitCode}) before ${options.what}`);
    if (Date.now() > deadline) throw new Error(`Timed out after ${options.timeoutMs / 1000} s waiting until ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs a command-line entry point: its result is the exit code; a throw is reported and exits 1. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      log(`FAILED: ${(error as Error).stack ?? error}`);
      process.exit(1);
    },
  );
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Process groups we started and have not finished with. A server's group stays here after its
 * leader exits, until stop() has swept its remaining members.
 */
const groups = new Set<number>();
/** Async clean-ups (closing the browser, stopping servers) run on Ctrl-C / SIGTERM. */
const cleanups: Array<() => Promise<void>> = [];
let interrupted = false;

/** Registers a freshly spawned child's group; throws the spawn error (e.g. ENOENT) if it has none. */
async function started(child: ChildProcess, exited: Promise<unknown>): Promise<number> {
  if (child.pid === undefined) await exited; // rejects with the spawn error
  groups.add(child.pid!);
  return child.pid!;
}

export function onInterrupt(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** True once Ctrl-C / SIGTERM arrived: the clean-ups are running and will end the process. */
export function wasInterrupted(): boolean {
  return interrupted;
}

process.on('exit', () => {
  for (const group of groups) killGroup(group, 'SIGKILL');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping everything the harness started`);
    void Promise.allSettled(cleanups.map((cleanup) => cleanup())).then(() => process.exit(130));
  });
}
