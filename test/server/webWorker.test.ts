// Protocol tests of the web extension's server (dist/web/server.js) in a worker-like sandbox
// (webWorkerHost.ts): it checks documents as the Node server does, and reads .postmortemrc.json
// only through postmortem/readFile, answered here from the sample workspace as the client
// answers from VS Code's file systems.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import {
  ReadFileRequest,
  WorkspaceIndexRequest,
  type ReadFileParams,
  type ReadFileResult,
  type WorkspaceIndexParams,
  type WorkspaceIndexResult,
} from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, SampleWorkspace } from './sampleWorkspace';

const HOST = path.resolve(__dirname, 'webWorkerHost.ts');
const rules = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => String(d.code)))].sort();

describe('server: the web worker bundle', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;
  const reads: string[] = [];

  beforeEach(async () => {
    reads.length = 0;
    workspace = new SampleWorkspace();
    client = new LspClient({ file: process.execPath, args: ['--import', 'tsx', HOST] });
    client.connection.onRequest(ReadFileRequest.method, ({ scheme, authority, path: filePath }: ReadFileParams): ReadFileResult => {
      const uri = `${scheme}://${authority}${filePath}`;
      reads.push(uri);
      try {
        return { text: readFileSync(fileURLToPath(uri), 'utf8') };
      } catch {
        return null;
      }
    });
    await client.initialize(workspace.root);
  });
  afterEach(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('reports the blaming sentences and the ownerless action item of the checkout postmortem', async () => {
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(CHECKOUT));
    assert.deepEqual(rules(diagnostics), ['action-item-owner', 'blaming-language']);
    assert.ok(await client.waitForLog((log) => /started \(web worker\)/.test(log.message)));
  });

  it('reads .postmortemrc.json through postmortem/readFile, and again when it changes', async () => {
    workspace.write('.postmortemrc.json', '{ "rules": { "blaming-language": "off" } }');
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(CHECKOUT));
    assert.deepEqual(rules(diagnostics), ['action-item-owner']);
    assert.ok(reads.includes(workspace.uri('.postmortemrc.json')), `read: ${reads.join(', ')}`);

    const since = client.diagnostics.length;
    workspace.write('.postmortemrc.json', '{ "rules": { "action-item-owner": "off" } }');
    await client.filesChanged([{ uri: workspace.uri('.postmortemrc.json'), type: FileChangeType.Changed }]);
    const after = await client.waitForDiagnostics(workspace.uri(CHECKOUT), undefined, since);
    assert.deepEqual(rules(after.diagnostics), ['blaming-language']);
  });

  it('lists no postmortems for the team views, and says why (it cannot walk the workspace)', async () => {
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    await client.waitForDiagnostics(workspace.uri(CHECKOUT));
    const params: WorkspaceIndexParams = { today: '2024-06-01' };
    const index = await client.connection.sendRequest<WorkspaceIndexResult>(WorkspaceIndexRequest.method, params);
    assert.deepEqual(index.postmortems, []);
    assert.match(index.unavailable ?? '', /^On the web the language server .* cannot read the workspace’s files/);
  });
});
