// Bundles the entry points. unified and its plugins are ESM-only; bundling them
// to CommonJS is what lets VS Code (which loads extensions with require) and the CLI use them.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some dependencies (fdir, under tinyglobby) call createRequire(import.meta.url), which a
  // CommonJS bundle does not have: give them the bundle's own URL.
  define: { 'import.meta.url': 'importMetaUrl' },
};
const importMetaUrl = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

// What the client loads only when it needs it, each in its own file beside dist/client.js: VS Code
// compiles the whole of client.js when it activates the extension, and these were most of it
// (the language client, and the new-postmortem engine with yaml). The client's import() of one
// becomes a require of its file, made on first use.
const clientChunks = [
  { request: 'vscode-languageclient/node', entry: 'vscode-languageclient/node', outfile: 'dist/client.languageClient.js' },
  {
    request: '../../../server/src/engine/authoring/newPostmortem',
    entry: 'server/src/engine/authoring/newPostmortem.ts',
    outfile: 'dist/client.authoring.js',
  },
];
/** @type {import('esbuild').Plugin} */
const clientChunksExternal = {
  name: 'client-chunks',
  setup(build) {
    build.onResolve({ filter: /./ }, (args) => {
      const chunk = args.kind === 'dynamic-import' && clientChunks.find(({ request }) => request === args.path);
      return chunk ? { path: `./${chunk.outfile.slice('dist/'.length)}`, external: true } : undefined;
    });
  },
};

const entries = [
  {
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
    plugins: [clientChunksExternal],
    // import() of a chunk as require(): loaded by the extension host's own require, which provides `vscode`.
    supported: { 'dynamic-import': false },
    banner: { js: importMetaUrl },
  },
  ...clientChunks.map(({ entry, outfile }) => ({
    entryPoints: [entry],
    outfile,
    external: ['vscode'],
    banner: { js: importMetaUrl },
  })),
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: importMetaUrl } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
  // The language server as a command of the npm package, for other editors.
  {
    entryPoints: ['server/src/languageServerBin.ts'],
    outfile: 'dist/language-server.js',
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` },
  },
];

// The web extension (vscode.dev, github.dev): the client in the browser's extension host, the
// server in a web worker it starts. Neither may hold a Node import: the build fails on one, naming
// the module that asked for it, rather than the extension failing on the web.
const nodeBuiltins = new Set(builtinModules);
/** @type {import('esbuild').Plugin} */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ path, importer }) => {
      if (!path.startsWith('node:') && !nodeBuiltins.has(path)) return undefined;
      return { errors: [{ text: `"${path}" is a Node module, which the web extension cannot load (imported by ${importer})` }] };
    });
  },
};
const web = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  // Both run in web workers (the web extension host is one): no DOM, so a package's "worker"
  // build, where it has one, before its "browser" build (decode-named-character-reference's uses document).
  conditions: ['worker'],
  banner: {},
  define: {},
  plugins: [noNodeBuiltins],
};
entries.push(
  // vscode-languageclient/browser: the client is loaded as a CommonJS module by the web extension host.
  { ...web, entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/web/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
);

for (const entry of entries) {
  const options = { ...common, ...entry };
  if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
  } else {
    await esbuild.build(options);
  }
}
