// Entry point of dist/web/server.js: the language server in the web worker the web client starts.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { webPlatform } from './platform';

// The worker's own scope: messages come from, and go to, the extension host that started it.
const worker = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
startServer(connection, webPlatform(connection));
