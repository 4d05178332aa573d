// Protocol tests: code actions, hover, document symbols and the custom requests, answered by
// the bundled server from its cached analysis.
import * as assert from 'node:assert/strict';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InitializeRequest,
  type InitializeResult,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintFileRequest, ModelRequest, type LintFileResult, type ModelSummary } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

describe('server: code actions, hover, symbols, custom requests', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;
  let checkout: Diagnostic[];

  const codeActions = (uri: string, diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only },
    }) as Promise<CodeAction[]>;
  const applied = (relative: string, action: CodeAction) => {
    const edits = action.edit!.changes![workspace.uri(relative)] as TextEdit[];
    return TextDocument.applyEdits(TextDocument.create(workspace.uri(relative), 'markdown', 1, workspace.read(relative)), edits);
  };

  before(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root);
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    checkout = (await client.waitForDiagnostics(workspace.uri(CHECKOUT))).diagnostics;
    await client.waitForDiagnostics(workspace.uri(DNS));
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('offers each fix of a finding as a quick fix, plus guidance and disabling the rule for the line', async () => {
    const humanError = checkout.find((d) => String(d.message).startsWith('"human error"'))!;
    const actions = await codeActions(workspace.uri(CHECKOUT), [humanError]);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.isPreferred ?? false]),
      [
        ['Replace with "a gap in the process"', 'quickfix', false],
        ['Replace with "a missing safeguard in the tooling"', 'quickfix', false],
        ['Show guidance', 'quickfix', false],
        ['Disable blaming-language for this line', 'quickfix', false],
      ],
    );
    const fixed = applied(CHECKOUT, actions[0]!);
    assert.ok(fixed.includes('\nThe outage was caused by a gap in the process.\n'));
    const disabled = applied(CHECKOUT, actions[3]!);
    assert.ok(disabled.includes('\n\n<!-- postmortem-disable-next-line blaming-language -->\nThe outage was caused by human error.\n'));
  });

  it('disables a rule at the end of the line inside a paragraph, where a line of its own would split it', async () => {
    const shouldHave = checkout.find((d) => String(d.message).startsWith('"should have checked"'))!;
    const actions = await codeActions(workspace.uri(CHECKOUT), [shouldHave]);
    const disabled = applied(
      CHECKOUT,
      actions.find((action) => action.title.startsWith('Disable'))!,
    );
    assert.ok(
      disabled.includes('\nBob should have checked the config before deploying. <!-- postmortem-disable-line blaming-language -->\n'),
    );
  });

  it('marks the only, safe fix as preferred', async () => {
    const { diagnostics } = await client.waitForDiagnostics(workspace.uri(DNS));
    const actions = await codeActions(workspace.uri(DNS), [diagnostics[0]!]);
    assert.deepEqual(
      actions.map((action) => [action.title, action.isPreferred ?? false]),
      [
        ['Insert section "Detection"', true],
        ['Show guidance', false],
        ['Disable missing-section for this line', false],
        ['Fix all safe postmortem problems', false],
      ],
    );
  });

  it('refuses fixes carried by diagnostics of another analysis', async () => {
    const stale = checkout.map((d) => ({ ...d, data: { ...(d.data as object), analysis: 0 } }));
    const actions = await codeActions(workspace.uri(CHECKOUT), stale, ['quickfix']);
    assert.deepEqual(actions, []);
  });

  it('source.fixAll.postmortem applies every safe fix, only when asked for', async () => {
    const [fixAll] = await codeActions(workspace.uri(DNS), [], ['source.fixAll.postmortem']);
    assert.equal(fixAll?.kind, 'source.fixAll.postmortem');
    const fixed = applied(DNS, fixAll!);
    assert.ok(fixed.includes('\n## Detection\n') && fixed.includes('\n## Lessons Learned\n'));
    assert.deepEqual(await codeActions(workspace.uri(DNS), []), [], 'not offered without `only`');
    assert.deepEqual(await codeActions(workspace.uri(CHECKOUT), [], ['source.fixAll']), [], 'no safe fix in the checkout postmortem');
  });

  it('explains a finding on hover and says nothing elsewhere', async () => {
    const humanError = checkout.find((d) => String(d.message).startsWith('"human error"'))!;
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: workspace.uri(CHECKOUT) },
      position: humanError.range.start,
    });
    const value = (hover!.contents as MarkupContent).value;
    // VS Code shows the diagnostic's message in the same hover: the explanation comes first, the message not again.
    assert.match(value, /^Blame words stop the investigation at a person\./);
    assert.ok(!value.includes('blames a person'), `the message is repeated: ${value}`);
    assert.match(value, /Suggestions:\n- Replace with "a gap in the process"/);
    assert.match(value, /\[blaming-language\]\(https:\/\/\S+README\.md#blaming-language\)/);
    assert.deepEqual(hover!.range, humanError.range);
    assert.equal(
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: workspace.uri(CHECKOUT) },
        position: { line: 10, character: 3 },
      }),
      null,
    );
  });

  it('outlines sections by level with action items and timeline entries as children', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: workspace.uri(CHECKOUT) },
    })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const outline = (symbol: DocumentSymbol): unknown =>
      symbol.children?.length ? { [symbol.name]: symbol.children.map(outline) } : symbol.name;
    const sections = symbols[0]!.children!;
    assert.deepEqual(
      sections.map((section) => section.name),
      [
        'Summary',
        'Impact',
        'Root Causes',
        'Trigger',
        'Resolution',
        'Detection',
        'Action Items',
        'Lessons Learned',
        'Timeline',
        'Supporting information',
      ],
    );
    assert.deepEqual(outline(sections[7]!), { 'Lessons Learned': ['What went well', 'What went wrong', 'Where we got lucky'] });
    const actionItems = sections[6]!.children!;
    assert.deepEqual(
      actionItems.map((item) => item.detail),
      ['owner: priya · PAY-1412', 'owner: tomas · PAY-1413', 'no owner · PAY-1414', 'owner: sre-payments · PAY-1415'],
    );
    assert.equal(sections[8]!.children!.length, 9);
  });

  it('declares no document symbols to an editor that outlines Markdown itself (VS Code), where a second outline would split its Outline view', async () => {
    const initialize = async (initializationOptions: object | undefined) => {
      const probe = new LspClient();
      try {
        return (
          (await probe.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            capabilities: {},
            initializationOptions,
          })) as InitializeResult
        ).capabilities;
      } finally {
        await probe.dispose();
      }
    };
    assert.equal((await initialize({ workspaceTrusted: true, documentSymbols: false })).documentSymbolProvider, false);
    assert.equal(
      (await initialize(undefined)).documentSymbolProvider,
      true,
      'other editors get the outline with action items and timeline',
    );
  });

  it('answers postmortem/model with a JSON summary, and null for ordinary Markdown', async () => {
    const model = (await client.connection.sendRequest(ModelRequest.method, { uri: workspace.uri(DNS) })) as ModelSummary;
    assert.equal(model.profile.id, 'google-sre');
    assert.deepEqual(
      model.requiredSections.filter((section) => section.status === 'missing').map((section) => section.title),
      ['Detection', 'Lessons Learned'],
    );
    assert.deepEqual(model.findings, { total: 2, error: 0, warning: 2, info: 0, byRule: { 'missing-section': 2 } });
    assert.deepEqual(
      model.actionItems.map((item) => item.owner),
      ['mei', 'netops'],
    );
    assert.equal(model.timeline!.entries[0]!.time, '09:10');
    assert.equal(model.configFile, workspace.path('.postmortemrc.json'));

    await client.open(workspace.uri('README.md'), workspace.read('README.md'));
    assert.equal(await client.connection.sendRequest(ModelRequest.method, { uri: workspace.uri('README.md') }), null);
  });

  it('postmortem/lintFile opts an ordinary Markdown document in', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'Notes\n\nThe outage was caused by human error.\n');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    const since = client.diagnostics.length;
    const result = (await client.connection.sendRequest(LintFileRequest.method, { uri })) as LintFileResult;
    assert.deepEqual(result, { linted: true });
    const { diagnostics } = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0, since);
    assert.ok(diagnostics.some((d) => d.code === 'blaming-language' && d.range.start.line === 2));
    assert.deepEqual(await client.connection.sendRequest(LintFileRequest.method, { uri: 'untitled:never-opened' }), { linted: false });
  });
});
