// The language server in another editor: Debian's Neovim, headless, runs neovim.lua beside this
// file, an init.lua's plain vim.lsp.start_client against dist/server.js, and reports what it saw:
// settings from init_options and from didChangeConfiguration (Lua's empty tables included), a
// .postmortemrc.json written on disk, and a quick fix applied. Neovim is installed with apt-get
// when missing, as the e2e harness installs chromium; only when that fails is the test skipped.
import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { CHECKOUT, SampleWorkspace } from '../sampleWorkspace';

const SERVER = path.resolve(__dirname, '../../../dist/server.js');
const SCRIPT = path.join(__dirname, 'neovim.lua');
const run = promisify(execFile);

interface NeovimResults {
  started: boolean;
  initOptionsApplied: boolean;
  dnsCodesFirst: string[];
  pushedSettingsApplied: boolean;
  configFileSeen: boolean;
  ownerlessFound: boolean;
  actionTitles?: string[];
  fixedLine?: string;
  fixRechecked?: boolean;
  findingsOnFixedLine?: string[];
}

function hasNeovim(): boolean {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why Neovim cannot be had, or undefined once it is installed. */
async function ensureNeovim(): Promise<string | undefined> {
  if (hasNeovim()) return undefined;
  process.stdout.write("      nvim is missing: installing Debian's neovim with apt-get\n");
  const isRoot = process.getuid?.() === 0;
  const [command, prefix] = isRoot ? ['apt-get', []] : ['sudo', ['-n', 'apt-get']];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await run(command, [...prefix, 'update'], { env });
    await run(command, [...prefix, 'install', '-y', '--no-install-recommends', 'neovim'], { env });
  } catch (error) {
    return `apt-get could not install neovim (${(error as Error).message.split('\n')[0]})`;
  }
  return hasNeovim() ? undefined : 'apt-get installed neovim but nvim does not run';
}

describe('server: in Neovim', function () {
  this.timeout(240_000);
  let workspace: SampleWorkspace;
  let results: NeovimResults;

  before(async function () {
    const missing = await ensureNeovim();
    if (missing) {
      process.stdout.write(`      Skipping the Neovim test: ${missing}. Install neovim to run it.\n`);
      this.skip();
    }
    workspace = new SampleWorkspace();
    // Settings decide the profile until the test writes its own .postmortemrc.json.
    workspace.remove('.postmortemrc.json');
    const resultsFile = path.join(workspace.root, '..', `${path.basename(workspace.root)}-nvim.json`);
    await run('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${SCRIPT}`], {
      cwd: workspace.root,
      timeout: 120_000,
      env: {
        ...process.env,
        POSTMORTEM_NVIM_ROOT: workspace.root,
        POSTMORTEM_NVIM_NODE: process.execPath,
        POSTMORTEM_NVIM_SERVER: SERVER,
        POSTMORTEM_NVIM_RESULTS: resultsFile,
      },
    });
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as NeovimResults;
    fs.rmSync(resultsFile, { force: true });
  });
  after(() => workspace?.dispose());

  it('starts the server and applies settings from init_options (rules = {} sent as [])', () => {
    assert.equal(results.started, true);
    assert.equal(results.initOptionsApplied, true, JSON.stringify(results));
    assert.ok(!results.dnsCodesFirst.includes('configuration'), `no settings error: ${JSON.stringify(results.dnsCodesFirst)}`);
  });

  it('applies settings pushed with workspace/didChangeConfiguration', () => {
    assert.equal(results.pushedSettingsApplied, true, JSON.stringify(results));
  });

  it('sees a .postmortemrc.json written on disk, though Neovim 0.7 watches no files for it', () => {
    assert.equal(results.configFileSeen, true, JSON.stringify(results));
  });

  it('applies the "Add owner placeholder" quick fix, and the server checks the edited buffer', () => {
    assert.equal(results.ownerlessFound, true, JSON.stringify(results));
    assert.ok(results.actionTitles?.includes('Add owner placeholder'), JSON.stringify(results.actionTitles));
    assert.match(results.fixedLine ?? '', /\| process \| @owner \| PAY-1414 \|$/);
    assert.equal(results.fixRechecked, true, JSON.stringify(results));
    // The placeholder is there to be typed over: the finding now asks for a name instead of an owner.
    assert.deepEqual(
      results.findingsOnFixedLine?.map((finding) => /has a placeholder owner, "@owner"/.test(finding)),
      [true],
      JSON.stringify(results.findingsOnFixedLine),
    );
    assert.ok(!fs.readFileSync(workspace.path(CHECKOUT), 'utf8').includes('@owner'), 'the edit stays in the buffer, unsaved');
  });
});
