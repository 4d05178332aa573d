// Entry point of dist/server.js. The transport comes from the command line: --node-ipc when VS Code
// starts it, --stdio when the protocol tests or another editor do.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodePlatform } from './node/platform';
import { startServer } from './lsp/server';

startServer(createConnection(ProposedFeatures.all), nodePlatform());
