// Runs the web server bundle (dist/web/server.js) as a browser would run it in a web worker, with
// its messages over this process's stdio so that LspClient can talk to it: in a fresh V8 context
// holding only what a dedicated worker offers (postMessage, onmessage, timers, URL, TextDecoder…),
// no require, no process, no setImmediate. A Node import left in the bundle fails here.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';

const BUNDLE = path.resolve(__dirname, '../../dist/web/server.js');

const writer = new StreamMessageWriter(process.stdout);
const reader = new StreamMessageReader(process.stdin);
const worker: Record<string, unknown> = {
  postMessage: (message: Message) => void writer.write(message),
  addEventListener: () => undefined,
  onmessage: undefined,
  console: { log: console.error, info: console.error, warn: console.error, error: console.error, debug: console.error },
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  queueMicrotask,
  URL,
  TextEncoder,
  TextDecoder,
  performance,
  crypto,
};
worker.self = worker;
const context = createContext(worker);
runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: BUNDLE });
reader.listen((message) => (worker.onmessage as (event: { data: Message }) => void)({ data: message }));
