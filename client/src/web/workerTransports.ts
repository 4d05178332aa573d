// The client's end of the connection to the server's web worker. An error event from a worker is
// an exception nothing in it caught (or a script that did not load): the server may be gone, and
// a worker never says it closed. The reader reports it as closed, so that the client's restart
// policy starts a new worker, as it starts a new process when the desktop server dies, and says so
// once it gives up; left as an error, the client waited for a server that would never answer.
import type { BrowserMessageReader, BrowserMessageWriter, MessageTransports } from 'vscode-languageclient/browser';

/** The worker as the library's reader and writer take it, with the events a worker fires. */
export type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & {
  addEventListener(type: 'error', listener: () => void): void;
};

/** The library's classes (vscode-languageclient/browser, loaded on first use). */
export interface WorkerTransportClasses {
  BrowserMessageReader: typeof BrowserMessageReader;
  BrowserMessageWriter: typeof BrowserMessageWriter;
}

export function workerTransports(library: WorkerTransportClasses, worker: ServerWorker): MessageTransports {
  class WorkerMessageReader extends library.BrowserMessageReader {
    constructor() {
      super(worker);
      worker.addEventListener('error', () => this.fireClose());
    }
  }
  return { reader: new WorkerMessageReader(), writer: new library.BrowserMessageWriter(worker) };
}
