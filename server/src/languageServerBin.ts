// Entry point of `postmortem-language-server`, the language server as its own command for other
// editors (Neovim, Helix, Zed, Emacs): `postmortem-language-server --stdio`. A command started
// through its #! line cannot pass Node options, so the ones the extension starts the server with
// (lsp/serverProcess.ts) are set here, before the server's code is loaded.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { VERSION } from './version';

const USAGE = `Usage: postmortem-language-server --stdio

The Postmortem Authoring language server: diagnostics, quick fixes, hover, completion and
symbols for incident postmortems written in Markdown, over the Language Server Protocol.
Transports: --stdio, --node-ipc, --socket=<port>, --pipe=<name>. Settings come from
workspace/configuration (section "postmortem") or initializationOptions { "postmortem": { … } }.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (!args.some((arg) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg))) {
  process.stderr.write(`postmortem-language-server: no transport given.\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  // The flags of SERVER_EXEC_ARGV: regular expressions compiled at once, and gc() for idle collection.
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--expose-gc');
  (globalThis as { gc?: () => void }).gc ??= runInNewContext('gc') as () => void;
  void import('./main');
}
