// Code actions that leave the writer ready to act, for a client that declares what VS Code does
// (snippet edits, disabled actions): the owner placeholder selected, a constructive action and
// "Show guidance" on every blaming finding, and fix-all in the quick-fix menu and as a source
// action, with a reason when nothing is safe to fix.
import * as assert from 'node:assert/strict';
import {
  CodeActionKind,
  CodeActionRequest,
  CodeActionTriggerKind,
  type CodeAction,
  type ClientCapabilities,
  type Diagnostic,
  type SnippetTextEdit,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ShowGuidanceArguments } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

const VSCODE_LIKE: ClientCapabilities = {
  workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
  textDocument: { codeAction: { disabledSupport: true } },
};

describe('server: code actions that lead somewhere', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;
  let checkout: Diagnostic[];
  let dns: Diagnostic[];

  const request = (
    relative: string,
    diagnostics: Diagnostic[],
    only?: string[],
    triggerKind: CodeActionTriggerKind = CodeActionTriggerKind.Invoked,
  ) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: workspace.uri(relative) },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only, triggerKind },
    }) as Promise<CodeAction[]>;
  const applied = (relative: string, edits: TextEdit[]) =>
    TextDocument.applyEdits(TextDocument.create(workspace.uri(relative), 'markdown', 1, workspace.read(relative)), edits);
  const finding = (diagnostics: Diagnostic[], start: string) => diagnostics.find((d) => String(d.message).startsWith(start))!;

  before(async () => {
    workspace = new SampleWorkspace();
    client = new LspClient();
    await client.initialize(workspace.root, { capabilities: VSCODE_LIKE });
    await client.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    checkout = (await client.waitForDiagnostics(workspace.uri(CHECKOUT))).diagnostics;
    dns = (await client.waitForDiagnostics(workspace.uri(DNS))).diagnostics;
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('"Add owner placeholder" writes " @owner " in the empty cell as a snippet edit that leaves it selected', async () => {
    const ownerless = checkout.find((d) => d.code === 'action-item-owner')!;
    const actions = await request(CHECKOUT, [ownerless]);
    const add = actions.find((action) => action.title === 'Add owner placeholder')!;
    const [change] = add.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change!.textDocument, { uri: workspace.uri(CHECKOUT), version: 1 });
    const [edit] = change!.edits as SnippetTextEdit[];
    assert.deepEqual(edit!.snippet, { kind: 'snippet', value: ' ${1:@owner} ' });
    const row = applied(CHECKOUT, [{ range: edit!.range, newText: ' @owner ' }])
      .split('\n')
      .find((line) => line.startsWith('| Page on'));
    assert.equal(row, '| Page on `CheckoutErrorRateHigh` after 5 minutes instead of creating a ticket | process | @owner | PAY-1414 |');
  });

  it('"Add owner placeholder" is a plain edit for a client without snippet edits', async () => {
    const plain = new LspClient();
    try {
      await plain.initialize(workspace.root);
      await plain.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
      const { diagnostics } = await plain.waitForDiagnostics(workspace.uri(CHECKOUT));
      const ownerless = diagnostics.find((d) => d.code === 'action-item-owner')!;
      const actions = (await plain.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: workspace.uri(CHECKOUT) },
        range: ownerless.range,
        context: { diagnostics: [ownerless] },
      })) as CodeAction[];
      const add = actions.find((action) => action.title === 'Add owner placeholder')!;
      assert.deepEqual(
        add.edit!.changes![workspace.uri(CHECKOUT)]!.map((edit) => edit.newText),
        [' @owner '],
      );
      assert.ok(!actions.some((action) => action.disabled), 'no disabled actions for a client that cannot show them');
    } finally {
      await plain.dispose();
    }
  });

  it('a counterfactual offers a reframing question under its paragraph, then guidance, then Disable', async () => {
    const shouldHave = finding(checkout, '"should have checked"');
    const actions = await request(CHECKOUT, [shouldHave], [CodeActionKind.QuickFix]);
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Reframe as a question: "What made not having checked the config before deploying reasonable at the time?"',
        'Show guidance',
        'Disable blaming-language for this line',
      ],
    );
    const question = applied(CHECKOUT, actions[0]!.edit!.changes![workspace.uri(CHECKOUT)]!);
    assert.ok(
      question.includes(
        'exhaust the pool.\n\nTODO: What made not having checked the config before deploying reasonable at the time?\n\n## Trigger',
      ),
      question,
    );
  });

  it('"Show guidance" runs the client\'s command with the rule\'s explanation for the finding', async () => {
    const humanError = finding(checkout, '"human error"');
    const actions = await request(CHECKOUT, [humanError], [CodeActionKind.QuickFix]);
    const guidance = actions.find((action) => action.title === 'Show guidance')!;
    assert.equal(guidance.command?.command, 'postmortem.showGuidance');
    const [args] = guidance.command!.arguments as ShowGuidanceArguments[];
    assert.equal(args!.ruleId, 'blaming-language');
    assert.match(args!.markdown, /^# blaming-language\n\n\*Wording that blames people/);
    assert.ok(args!.markdown.includes('> "human error" blames a person.'));
    assert.ok(args!.markdown.includes('Blame words stop the investigation at a person.'), "the finding's explanation");
    assert.ok(args!.markdown.includes('- Replace with "a gap in the process"'));
    assert.match(args!.markdown, /\(https:\/\/\S+README\.md#blaming-language\)\n$/);
  });

  it('every blaming finding of the checkout postmortem offers something besides Disable and guidance', async () => {
    for (const diagnostic of checkout.filter((d) => d.code === 'blaming-language')) {
      const titles = (await request(CHECKOUT, [diagnostic], [CodeActionKind.QuickFix])).map((action) => action.title);
      assert.ok(
        titles.filter((title) => title !== 'Show guidance' && !title.startsWith('Disable')).length > 0,
        `${diagnostic.message}: ${JSON.stringify(titles)}`,
      );
    }
  });

  it('lists "Fix all safe postmortem problems" in the quick-fix menu when it does more than the finding\'s own fix', async () => {
    const detection = finding(dns, 'The Google SRE profile requires the section "Detection"');
    const actions = await request(DNS, [detection], [CodeActionKind.QuickFix]);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind]),
      [
        ['Insert section "Detection"', 'quickfix'],
        ['Show guidance', 'quickfix'],
        ['Disable missing-section for this line', 'quickfix'],
        ['Fix all safe postmortem problems', 'quickfix'],
      ],
    );
    const fixed = applied(DNS, actions[3]!.edit!.changes![workspace.uri(DNS)]!);
    assert.ok(fixed.includes('\n## Detection\n') && fixed.includes('\n## Lessons Learned\n'));
    const checkoutActions = await request(CHECKOUT, [finding(checkout, '"human error"')], [CodeActionKind.QuickFix]);
    assert.ok(!checkoutActions.some((action) => action.title.startsWith('Fix all')), 'nothing safe to fix in the checkout postmortem');
  });

  it('answers Source Action… and Fix All with fix-all, or with a disabled one that says why nothing is fixed', async () => {
    const [dnsFixAll] = await request(DNS, [], [CodeActionKind.Source]);
    assert.deepEqual(
      [dnsFixAll?.title, dnsFixAll?.kind, dnsFixAll?.disabled],
      ['Fix all safe postmortem problems', 'source.fixAll.postmortem', undefined],
    );
    const [nothing, ...more] = await request(CHECKOUT, [], [CodeActionKind.SourceFixAll]);
    assert.deepEqual(more, []);
    assert.equal(nothing?.kind, 'source.fixAll.postmortem');
    assert.equal(nothing?.edit, undefined);
    assert.match(
      nothing!.disabled!.reason,
      /^Nothing in this postmortem can be fixed automatically: each remaining finding needs your own words\./,
    );
    assert.deepEqual(
      await request(CHECKOUT, [], [CodeActionKind.SourceFixAll], CodeActionTriggerKind.Automatic),
      [],
      'nothing on save, where nobody reads a reason',
    );
  });
});
