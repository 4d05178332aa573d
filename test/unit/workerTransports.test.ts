// The web client's connection to its server worker, with the library's real browser reader and
// writer over a stand-in worker (an EventTarget, as a Worker is): an error event from the worker
// closes the connection, so that the client's restart policy acts; messages still flow both ways.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { WorkerTransportClasses } from '../../client/src/web/workerTransports';
import { workerTransports, type ServerWorker } from '../../client/src/web/workerTransports';

// vscode-languageclient/browser needs `vscode`; its reader and writer are vscode-jsonrpc's, whose
// package exports its browser build only under the "browser" condition: loaded by its path.
const jsonrpcBrowser = path.join(path.dirname(require.resolve('vscode-jsonrpc')), '..', 'browser', 'main.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file the package's exports do not name
const library = require(jsonrpcBrowser) as WorkerTransportClasses;

class StandInWorker extends EventTarget {
  readonly posted: unknown[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
}

function connect() {
  const worker = new StandInWorker();
  const { reader, writer } = workerTransports(library, worker as unknown as ServerWorker);
  let closed = 0;
  const received: unknown[] = [];
  reader.onClose(() => closed++);
  reader.listen((message) => received.push(message));
  return { worker, writer, received, closed: () => closed };
}

describe('web client: the connection to the server worker', () => {
  it('is closed when the worker reports an error (an exception it did not catch)', () => {
    const { worker, closed } = connect();
    assert.equal(closed(), 0);
    worker.dispatchEvent(new Event('error'));
    assert.equal(closed(), 1);
  });

  it('passes messages both ways', async () => {
    const { worker, writer, received } = connect();
    const message = { jsonrpc: '2.0', method: 'initialized', params: {} };
    await writer.write(message);
    assert.deepEqual(worker.posted, [message]);
    worker.onmessage?.({ data: { jsonrpc: '2.0', id: 1, result: null } });
    assert.deepEqual(received, [{ jsonrpc: '2.0', id: 1, result: null }]);
  });
});
