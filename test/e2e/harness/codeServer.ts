// code-server = real VS Code (1.96.4) served to a browser. Installed once per machine into the
// cache, following shared/notes/real-vscode.md: a plain `npm install code-server` fails here
// (root postinstall, a GitHub tarball in the shrinkwrap, ripgrep downloading a binary).
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { cacheRoot, repoRoot } from './paths';
import { log, pollWhileRunning, run, startInBackground, type LongRunningProcess } from './processes';

export const CODE_SERVER_VERSION = '4.96.4';
const installDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const packageDir = path.join(installDir, 'package');
/** Written last: its presence means every step below finished. */
const marker = path.join(installDir, 'installed.json');
export const codeServerEntry = path.join(packageDir, 'out/node/entry.js');

// kerberos is left out: it needs krb5 headers and code-server runs without it.
const NATIVE_MODULES = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'];

export async function ensureCodeServer(): Promise<string> {
  if (fs.existsSync(marker)) return codeServerEntry;
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) log(`warning: code-server ${CODE_SERVER_VERSION} is built for Node 20, this is Node ${process.versions.node}`);

  log(`installing code-server ${CODE_SERVER_VERSION} into ${installDir} (once per machine: about a minute, longer on a slow network)`);
  const started = Date.now();
  // A half-finished install (no marker) is redone from scratch rather than repaired.
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });
  const npm = (cwd: string, ...args: string[]) => run('npm', [...args, '--no-audit', '--no-fund'], { cwd });

  log('1/5 downloading the code-server package (~170 MB unpacked)');
  await npm(installDir, 'pack', `code-server@${CODE_SERVER_VERSION}`);
  const tarball = path.join(installDir, `code-server-${CODE_SERVER_VERSION}.tgz`);
  await run('tar', ['-xzf', tarball], { cwd: installDir });
  fs.rmSync(tarball);

  log('2/5 installing code-server dependencies');
  await npm(packageDir, 'install', '--omit=dev', '--ignore-scripts');
  await npm(packageDir, 'rebuild', 'argon2');

  log('3/5 installing VS Code dependencies');
  const vscodeDir = path.join(packageDir, 'lib/vscode');
  // The shrinkwrap pins @vscode/proxy-agent to a GitHub tarball, unreachable without internet.
  fs.rmSync(path.join(vscodeDir, 'npm-shrinkwrap.json'), { force: true });
  await npm(vscodeDir, 'install', '--omit=dev', '--ignore-scripts');

  log('4/5 compiling native modules (about a minute)');
  await npm(vscodeDir, 'rebuild', ...NATIVE_MODULES);
  // VS Code loads its node_modules through the .asar path in built products.
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));

  log('5/5 checking that it starts');
  await run(process.execPath, [codeServerEntry, '--version'], { cwd: installDir });
  const seconds = Math.round((Date.now() - started) / 1000);
  fs.writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, seconds }, null, 2));
  log(`code-server installed in ${seconds} s`);
  return codeServerEntry;
}

/** user-data-dir + extensions-dir: the state of one VS Code "installation". */
export interface Profile {
  userDataDir: string;
  extensionsDir: string;
}

const profileArgs = (profile: Profile) => ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];

export async function installExtensions(vsixFiles: string[], profile: Profile): Promise<void> {
  // --force: reinstall even when this version is already there (local builds keep the version).
  const installs = vsixFiles.flatMap((vsix) => ['--install-extension', vsix]);
  await run(process.execPath, [codeServerEntry, ...profileArgs(profile), '--force', ...installs], { cwd: repoRoot });
}

export interface CodeServer {
  readonly port: number;
  /** The URL that opens `workspace` in the browser. */
  readonly url: string;
  readonly process: LongRunningProcess;
  stop(): Promise<void>;
}

export async function startCodeServer(
  options: Profile & {
    workspace: string;
    logFile: string;
    port?: number;
    env?: NodeJS.ProcessEnv;
    /** Keep VS Code's workspace trust on (default: off, every workspace trusted); its settings then decide. */
    workspaceTrust?: boolean;
  },
): Promise<CodeServer> {
  const port = options.port ?? (await freeLoopbackPort());
  const args = [
    codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    ...profileArgs(options),
    options.workspace,
  ];
  const server = await startInBackground(process.execPath, args, {
    cwd: options.workspace,
    env: { ...process.env, ...options.env },
    logFile: options.logFile,
  });
  const base = `http://127.0.0.1:${port}`;
  const answers = () =>
    fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
  try {
    await pollWhileRunning(server, answers, { timeoutMs: 60_000, what: `code-server answered on ${base}` });
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}; see ${options.logFile}`, { cause: error });
  }
  return {
    port,
    url: `${base}/?folder=${encodeURIComponent(options.workspace)}`,
    process: server,
    stop: () => server.stop(),
  };
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
