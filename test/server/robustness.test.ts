// Protocol robustness: malformed or unusual traffic from a client (edits past the end, versions
// out of order, requests for documents the server does not have, cancellations, huge, binary and
// NUL-filled files) must never stop the server. After each case the server still answers a
// request and still publishes the right diagnostics for another open postmortem.
import * as assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  LSPErrorCodes,
  HoverRequest,
  MessageType,
  ResponseError,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { openingOf } from '../../server/src/engine';
import { OPENING_CHARS } from '../../server/src/lsp/documentAnalyses';
import { ModelRequest, type ModelSummary } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, SampleWorkspace } from './sampleWorkspace';

/** `line:rule` for each line with a finding (1-based), as in diagnostics.test.ts. */
const codes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`))];
/** The same for the short test documents, without the sections google-sre (the workspace's profile) finds missing. */
const findings = (diagnostics: Diagnostic[]) => codes(diagnostics.filter((d) => d.code !== 'missing-section'));
const CHECKOUT_CODES = ['25:blaming-language', '28:blaming-language', '45:blaming-language', '54:action-item-owner'];
const at = (line: number, character: number) => ({ line, character });
const BLAMING = '# Postmortem: robustness\n\nThe outage was caused by human error.\n';

/**
 * Whether a publication for `text` has findings past its opening: a large document's first
 * analysis publishes its opening's findings first (documentAnalyses.ts), all on its first lines.
 */
function pastOpening(text: string): (params: PublishDiagnosticsParams) => boolean {
  const openingLines = text.slice(0, openingOf(text, OPENING_CHARS)!.end).split('\n').length;
  return (params) => params.diagnostics.some((diagnostic) => diagnostic.range.start.line >= openingLines);
}

describe('server: robustness', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;
  /** An untitled-style URI per test, so that no case inherits another's document. */
  let scratch: string;
  let counter = 0;

  /** Sends didChange with an explicit version (LspClient.change always counts up). */
  const changeAt = (uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]) =>
    client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  const whole = (text: string): TextDocumentContentChangeEvent[] => [{ range: { start: at(0, 0), end: at(1_000_000, 0) }, text }];
  const model = (uri: string) => client.connection.sendRequest(ModelRequest.method, { uri }) as Promise<ModelSummary | null>;

  /** The server process is alive, answers a request, and re-checks the checkout postmortem after an edit. */
  async function assertHealthy(): Promise<void> {
    process.kill(client.pid!, 0); // throws ESRCH when the server has died
    const uri = workspace.uri(CHECKOUT);
    const since = client.diagnostics.length;
    // An edit that keeps every line where it was: the expected findings stay the same.
    const version = await client.change(uri, [{ range: { start: at(0, 0), end: at(0, 0) }, text: ' ' }]);
    const { diagnostics } = await client.waitForDiagnostics(uri, (params) => params.version === version, since);
    assert.deepEqual(codes(diagnostics), CHECKOUT_CODES);
    assert.equal((await model(uri))?.skipped, undefined);
  }

  beforeEach(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root);
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    assert.deepEqual(codes((await client.waitForDiagnostics(workspace.uri(CHECKOUT))).diagnostics), CHECKOUT_CODES);
    scratch = workspace.uri(`postmortems/robustness-${++counter}.md`);
  });
  afterEach(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('clamps edits whose ranges lie past the end of the document, or run backwards', async () => {
    await client.open(scratch, BLAMING);
    await client.waitForDiagnostics(scratch);
    const edits: TextDocumentContentChangeEvent[][] = [
      [{ range: { start: at(500, 0), end: at(900, 7) }, text: '\nAppended past the end.\n' }],
      [{ range: { start: at(2, 9_999), end: at(2, 99_999) }, text: ' Past the end of a line.' }],
      [{ range: { start: at(3, 0), end: at(1, 0) }, text: '' }], // end before start
      [{ range: { start: at(-1, -5), end: at(0, 0) }, text: '' }], // negative positions
    ];
    for (const edit of edits) await client.change(scratch, edit);
    const since = client.diagnostics.length;
    const version = await client.change(scratch, whole(BLAMING));
    const { diagnostics } = await client.waitForDiagnostics(scratch, (params) => params.version === version, since);
    assert.deepEqual(findings(diagnostics), ['3:blaming-language']);
    await assertHealthy();
  });

  it('follows the text, not the version number, when versions repeat or go backwards', async () => {
    await client.open(scratch, '# Postmortem: one\n\nAll good.\n');
    await client.waitForDiagnostics(scratch);
    // Version 5, then 5 again with other text, then 3 twice: each time the latest text is what counts.
    for (const [version, title, text, expected] of [
      [5, 'two', 'All good here.', []],
      [5, 'three', 'The outage was caused by human error.', ['3:blaming-language']],
      [3, 'four', 'Fine.', []],
      [3, 'five', '\nThe outage was caused by human error.', ['4:blaming-language']],
    ] as const) {
      const since = client.diagnostics.length;
      await changeAt(scratch, version, whole(`# Postmortem: ${title}\n\n${text}\n`));
      // Ask for the model at once, then wait for the debounced publication: both describe this text.
      assert.equal((await model(scratch))?.metadata.title, `Postmortem: ${title}`, `model at version ${version}`);
      const published = await client.waitForDiagnostics(scratch, (params) => params.version === version, since);
      assert.deepEqual(findings(published.diagnostics), expected, `diagnostics of "${title}" at version ${version}`);
    }
    await assertHealthy();
  });

  it('offers no quick fix made for an earlier text that had the same version number', async () => {
    await client.open(scratch, BLAMING);
    const { diagnostics } = await client.waitForDiagnostics(scratch);
    const humanError = diagnostics.find((d) => d.code === 'blaming-language')!;
    const quickFixes = () =>
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: scratch },
        range: humanError.range,
        context: { diagnostics: [humanError], only: ['quickfix'] },
      });
    assert.ok((await quickFixes())?.length, 'offered for the text they were made for');
    // Version 1 again, with other words where "human error" was: its replacement would overwrite them.
    await changeAt(scratch, 1, whole('# Postmortem: robustness\n\nThe outage was caused by a full disk here.\n'));
    assert.deepEqual(await quickFixes(), []);
    await assertHealthy();
  });

  it('answers null to requests about unknown or closed documents', async () => {
    await client.open(scratch, BLAMING);
    await client.waitForDiagnostics(scratch);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: scratch } });
    for (const uri of [workspace.uri('postmortems/never-opened.md'), scratch, 'untitled:Untitled-9', 'not a uri at all']) {
      const range = { start: at(0, 0), end: at(0, 0) };
      assert.equal(
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(2, 30) }),
        null,
        `hover ${uri}`,
      );
      assert.equal(
        await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } }),
        null,
        `codeAction ${uri}`,
      );
      assert.equal(
        await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
        null,
        `documentSymbol ${uri}`,
      );
      assert.equal(await model(uri), null, `postmortem/model ${uri}`);
    }
    // Edits to a closed document are dropped, not applied to a ghost.
    await changeAt(scratch, 9, whole('x'));
    assert.equal(await model(scratch), null);
    await assertHealthy();
  });

  it('survives a request cancelled with $/cancelRequest', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(
      DocumentSymbolRequest.type,
      { textDocument: { uri: workspace.uri(CHECKOUT) } },
      source.token,
    );
    source.cancel();
    try {
      // Either the answer was already on its way, or the request ends with RequestCancelled.
      const symbols = await pending;
      assert.ok(Array.isArray(symbols));
    } catch (error) {
      assert.ok(error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled, String(error));
    }
    await assertHealthy();
  });

  /** 10 MB of postmortem: the checkout postmortem's body repeated under one title. */
  function tenMegabytes(): string {
    const body = workspace.read(CHECKOUT).replace(/^# .*\n/, '');
    const copies = Math.ceil((10 * 1024 * 1024) / body.length);
    return `# Postmortem: ten megabytes\n${body.repeat(copies)}`;
  }

  it('skips a 10 MB document above postmortem.maxFileSizeKB with one information message', async () => {
    const text = tenMegabytes();
    const since = client.diagnostics.length;
    await client.open(scratch, text);
    assert.deepEqual((await client.waitForDiagnostics(scratch, () => true, since)).diagnostics, []);
    const message = await client.waitForMessage((params) => params.type === MessageType.Info);
    assert.match(message.message, /robustness-\d+\.md is larger than 1024 KB/);
    assert.equal((await model(scratch))?.skipped, 'too-large');
    // An edit that keeps it large: still skipped, not announced again.
    const version = await client.change(scratch, [{ range: { start: at(0, 0), end: at(0, 0) }, text: ' ' }]);
    assert.equal((await model(scratch))?.skipped, 'too-large');
    assert.equal(client.messages.filter((params) => params.type === MessageType.Info).length, 1);
    assert.ok(version > 1);
    await assertHealthy();
  });

  it('analyses a 10 MB document when the limit is raised, and keeps serving', async function () {
    this.timeout(300_000);
    // Time is not what this case is about: a slow machine must not give the analysis up.
    client.settings = { maxFileSizeKB: 20 * 1024, analysisTimeLimitMs: 600_000 };
    await client.settingsChanged(client.settings);
    const text = tenMegabytes();
    const since = client.diagnostics.length;
    const started = performance.now();
    await client.open(scratch, text);
    const { diagnostics } = await client.waitForDiagnostics(scratch, pastOpening(text), since, 280_000);
    const elapsedMs = performance.now() - started;
    const copies = (text.match(/caused by human error/g) ?? []).length;
    assert.ok(copies > 1000);
    assert.equal(diagnostics.filter((d) => d.code === 'action-item-owner').length, copies, 'one ownerless action item per copy');
    assert.equal(client.messages.filter((params) => params.type === MessageType.Info).length, 0, 'no "too large" message');
    console.log(
      `      10 MB (${(text.length / 1024 / 1024).toFixed(1)} M characters): didOpen → ${diagnostics.length} diagnostics in ${Math.round(elapsedMs)} ms`,
    );
    await assertHealthy();
  });

  it('answers a request about a small document while a 10 MB one is analysed, before the big one is published', async function () {
    this.timeout(120_000);
    client.settings = { maxFileSizeKB: 20 * 1024, analysisTimeLimitMs: 600_000 };
    await client.settingsChanged(client.settings);
    const small = workspace.uri(`postmortems/robustness-small-${counter}.md`);
    await client.open(small, BLAMING);
    await client.waitForDiagnostics(small); // analysed: answering about it needs nothing from the client
    const events: string[] = [];
    const since = client.diagnostics.length;
    let answered: Promise<ModelSummary | null> | undefined;
    // Sent right behind the big document's settings, so the server reads it once that analysis has
    // begun: a server that analysed in one go would answer it only after publishing the big one.
    client.afterSettingsOf(scratch, () => {
      answered = model(small).then((summary) => {
        events.push('small document answered');
        return summary;
      });
    });
    const big = tenMegabytes();
    await client.open(scratch, big);
    await client.waitForDiagnostics(scratch, pastOpening(big), since, 110_000);
    events.push('big document published');
    assert.equal((await answered!)?.metadata.title, 'Postmortem: robustness');
    assert.deepEqual(events, ['small document answered', 'big document published']);
    await assertHealthy();
  });

  it('never publishes a version that changed while it was analysed', async function () {
    this.timeout(120_000);
    client.settings = { maxFileSizeKB: 20 * 1024, analysisTimeLimitMs: 600_000, validate: { debounceMs: 0 } };
    await client.settingsChanged(client.settings);
    const text = tenMegabytes();
    const since = client.diagnostics.length;
    let changed: Promise<number> | undefined;
    // Version 2 arrives once the analysis of version 1 has begun (see above).
    client.afterSettingsOf(scratch, () => {
      changed = client.change(scratch, [{ range: { start: at(0, 0), end: at(0, 0) }, text: ' ' }]).then(() => 2);
    });
    await client.open(scratch, text); // version 1, analysed at once
    const { diagnostics } = await client.waitForDiagnostics(scratch, pastOpening(text), since, 110_000);
    assert.equal(await changed, 2);
    assert.equal(diagnostics.filter((d) => d.code === 'action-item-owner').length, (text.match(/caused by human error/g) ?? []).length);
    await assertHealthy();
    // Version 1's opening may have been published while it was the open version: never the rest of it.
    const versions = client.diagnostics
      .slice(since)
      .filter((params) => params.uri === scratch && pastOpening(text)(params))
      .map((params) => params.version);
    assert.deepEqual(versions, [2], 'version 1 never published in full, version 2 once');
  });

  it('gives up a version analysed longer than postmortem.analysisTimeLimitMs, says so once, and keeps serving', async function () {
    this.timeout(120_000);
    client.settings = { maxFileSizeKB: 20 * 1024, analysisTimeLimitMs: 100 };
    await client.settingsChanged(client.settings);
    const since = client.diagnostics.length;
    await client.open(scratch, tenMegabytes());
    const tookTooLong = (params: { message: string }) => params.message.includes('took longer than');
    const message = await client.waitForMessage(tookTooLong, 60_000);
    assert.equal(message.type, MessageType.Info);
    assert.match(message.message, /^robustness-\d+\.md took longer than 100 ms to check, .* raise postmortem\.analysisTimeLimitMs/);
    // Its opening's findings may come first (analysed within the limit), then none: the document is not checked.
    const published = await client.waitForDiagnostics(scratch, (params) => params.diagnostics.length === 0, since);
    assert.equal(client.diagnostics.indexOf(published), client.diagnostics.map((params) => params.uri).lastIndexOf(scratch));
    assert.equal((await model(scratch))?.skipped, 'time-limit');
    // The next version is tried again (and given up again, without a second message).
    const v2 = await client.change(scratch, [{ range: { start: at(0, 0), end: at(0, 0) }, text: ' ' }]);
    const summary = await model(scratch);
    assert.deepEqual([summary?.version, summary?.skipped], [v2, 'time-limit']);
    assert.equal(client.messages.filter(tookTooLong).length, 1, 'said once');
    // With time enough, the same text is checked.
    const raised = client.diagnostics.length;
    await client.settingsChanged({ maxFileSizeKB: 20 * 1024, analysisTimeLimitMs: 600_000 });
    await client.waitForDiagnostics(scratch, (params) => params.diagnostics.length > 0, raised, 110_000);
    await assertHealthy();
  });

  it('checks a file whose bytes were not valid UTF-8 (decoded to U+FFFD) and one with NUL bytes', async () => {
    const invalid = Buffer.concat([
      Buffer.from('# Postmortem: bytes\n\n'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x0a, 0xf0, 0x9f]),
      Buffer.from('\nThe outage was caused by human error.\n'),
    ]);
    const decoded = invalid.toString('utf8');
    assert.ok(decoded.includes('\uFFFD'));
    const withNul =
      '# Postmortem: nul\u0000\n\n\u0000\u0000The outage was caused by human error.\u0000\n## Timeline\n\u0000\n- [ ] \u0000 fix it\n';
    for (const [name, text] of [
      ['invalid-utf8', decoded],
      ['nul', withNul],
      ['binary', Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)).toString('utf8')],
    ] as const) {
      const uri = workspace.uri(`postmortems/${name}.md`);
      const since = client.diagnostics.length;
      await client.open(uri, text);
      const { diagnostics } = await client.waitForDiagnostics(uri, () => true, since);
      if (name !== 'binary')
        assert.ok(
          diagnostics.some((d) => d.code === 'blaming-language'),
          `${name}: ${JSON.stringify(codes(diagnostics))}`,
        );
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(2, 10) });
    }
    await assertHealthy();
  });

  it('never publishes an older version after a newer one, even when the older analysis is slow', async function () {
    this.timeout(120_000);
    client.settings = { maxFileSizeKB: 20 * 1024, validate: { debounceMs: 0 } };
    await client.settingsChanged(client.settings);
    const big = workspace.read(CHECKOUT).repeat(400); // ~1 MB: an analysis of a good fraction of a second
    const since = client.diagnostics.length;
    await client.open(scratch, big); // version 1, analysed at once
    // While version 1 is analysed, the text changes twice: small, then large again.
    const v2 = await client.change(scratch, whole(BLAMING));
    const v3 = await client.change(scratch, whole(big.slice(0, big.length / 2)));
    const v4 = await client.change(scratch, whole(BLAMING));
    await client.waitForDiagnostics(scratch, (params) => params.version === v4, since, 110_000);
    const published = client.diagnostics.slice(since).filter((params) => params.uri === scratch);
    const versions = published.map((params) => params.version!);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      `published in order ${versions.join(', ')}`,
    );
    assert.equal(versions.at(-1), v4);
    assert.ok(v2 < v3);
    assert.deepEqual(findings(published.at(-1)!.diagnostics), ['3:blaming-language']);
    await assertHealthy();
  });
});
