// Completions from the server, at the trigger characters Markdown's defaults still honour (VS Code
// turns quick suggestions off in Markdown): sections after "## ", owners after "@", front matter
// keys and values, action types in an action-item table, and the snippets after "pm-".
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  CompletionRequest,
  CompletionTriggerKind,
  InitializeRequest,
  type CompletionItem,
  type CompletionList,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './lspClient';
import { CHECKOUT, DNS, SampleWorkspace } from './sampleWorkspace';

describe('server: completions as you type', () => {
  let workspace: SampleWorkspace;
  let client: LspClient;

  /** Replaces the document's text with `text` less its "‸", and asks for completions where the ‸ was, as typing `trigger` would. */
  async function completeAt(relative: string, text: string, trigger?: string, on: LspClient = client): Promise<CompletionItem[]> {
    const uri = workspace.uri(relative);
    const offset = text.indexOf('‸');
    const content = text.replace('‸', '');
    await on.change(uri, [{ text: content }]);
    const position = TextDocument.create(uri, 'markdown', 1, content).positionAt(offset);
    const answer = (await on.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context: trigger
        ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: trigger }
        : { triggerKind: CompletionTriggerKind.Invoked },
    })) as CompletionItem[] | CompletionList | null;
    return Array.isArray(answer) ? answer : (answer?.items ?? []);
  }
  const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  const applied = (text: string, item: CompletionItem) => {
    const content = text.replace('‸', '');
    return TextDocument.applyEdits(TextDocument.create('x:y', 'markdown', 1, content), [item.textEdit as TextEdit]);
  };

  before(async () => {
    workspace = new SampleWorkspace();
    // The sample workspace as a git repository, with one commit by someone the postmortems do not name.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace.root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=Kenji Sato', '-c', 'user.email=kenji.sato@example.com', 'commit', '-q', '-m', 'Sample postmortems');
    client = new LspClient();
    await client.initialize(workspace.root);
    await client.open(workspace.uri(DNS), workspace.read(DNS));
    await client.waitForDiagnostics(workspace.uri(DNS));
  });
  after(async () => {
    await client.dispose();
    workspace.dispose();
  });

  it('declares the trigger characters', async () => {
    const probe = new LspClient();
    try {
      const result = (await probe.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
      })) as InitializeResult;
      assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, ['#', ' ', '@', ':', '|', '-']);
    } finally {
      await probe.dispose();
    }
  });

  it('after "## " proposes the profile\'s sections, the missing ones first, each with its template body', async () => {
    const text = workspace.read(DNS).replace('## Action Items', '## ‸\n\n## Action Items');
    const items = sorted(await completeAt(DNS, text, ' '));
    assert.deepEqual(
      items.slice(0, 3).map((item) => [item.label, item.detail]),
      [
        ['Detection', 'missing: required by the Google SRE profile'],
        ['Lessons Learned', 'missing: required by the Google SRE profile'],
        ['Summary', 'already in this postmortem (line 9)'],
      ],
    );
    const detection = applied(text, items[0]!);
    assert.ok(
      detection.includes(
        '\n## Detection\n\n${1:TODO: How and when the incident was noticed, and how it could be noticed sooner.}\n\n## Action Items',
      ),
      detection,
    );
    assert.equal(items.length, 9);
  });

  it('after "@" proposes the owners of the workspace\'s postmortems and the git authors', async () => {
    const text = workspace.read(DNS).replace('| mitigate | netops |', '| mitigate | @‸ |');
    const items = await completeAt(DNS, text, '@');
    const labels = items.map((item) => item.label).sort();
    // netops too: the file on disk still names it.
    assert.deepEqual(labels, [
      '@dev-auth',
      '@kai',
      '@kenji.sato',
      '@lena',
      '@mei',
      '@netops',
      '@noor',
      '@omar',
      '@priya',
      '@qa-auth',
      '@sre-payments',
      '@sre-platform',
      '@tomas',
    ]);
    assert.equal(items.find((item) => item.label === '@kenji.sato')!.detail, 'git author Kenji Sato');
    assert.equal(items.find((item) => item.label === '@priya')!.detail, 'owner in 1 action item');
    assert.ok(
      applied(
        text,
        items.find((item) => item.label === '@priya')!,
      ).includes('| mitigate | @priya |'),
    );
  });

  it('does not run git in an untrusted workspace', async () => {
    const untrusted = new LspClient();
    try {
      await untrusted.initialize(workspace.root, { workspaceTrusted: false });
      await untrusted.open(workspace.uri(CHECKOUT), workspace.read(CHECKOUT));
      await untrusted.waitForDiagnostics(workspace.uri(CHECKOUT));
      const items = await completeAt(CHECKOUT, workspace.read(CHECKOUT).replace('| process | |', '| process | @‸ |'), '@', untrusted);
      assert.deepEqual(items.map((item) => item.label).sort(), [
        '@dev-auth',
        '@kai',
        '@lena',
        '@mei',
        '@netops',
        '@noor',
        '@omar',
        '@priya',
        '@qa-auth',
        '@sre-payments',
        '@sre-platform',
        '@tomas',
      ]);
    } finally {
      await untrusted.dispose();
    }
  });

  it('completes front matter keys, and the values of severity, status, profile and type', async () => {
    const body = workspace.read(DNS);
    const keys = await completeAt(DNS, `---\ntitle: DNS\n‸\n---\n${body}`);
    assert.deepEqual(
      keys.map((item) => item.label),
      ['date', 'severity', 'status', 'authors', 'profile', 'type'],
    );
    assert.equal((keys[1]!.textEdit as TextEdit).newText, 'severity: ${1|SEV1,SEV2,SEV3,SEV4|}');
    const severity = await completeAt(DNS, `---\ntitle: DNS\nseverity:‸\n---\n${body}`, ':');
    assert.deepEqual(
      severity.map((item) => (item.textEdit as TextEdit).newText),
      [' SEV1', ' SEV2', ' SEV3', ' SEV4'],
    );
    const status = await completeAt(DNS, `---\nstatus: ‸\n---\n${body}`, ' ');
    assert.deepEqual(
      status.map((item) => item.label),
      ['draft', 'in review', 'reviewed', 'closed'],
    );
    const profile = await completeAt(DNS, `---\nprofile: pa‸\n---\n${body}`);
    assert.ok(
      applied(
        `---\nprofile: pa‸\n---\n`,
        profile.find((item) => item.label === 'pagerduty')!,
      ).startsWith('---\nprofile: pagerduty\n'),
    );
    assert.deepEqual(
      (await completeAt(DNS, `---\ntype: ‸\n---\n${body}`, ' ')).map((item) => item.label),
      ['postmortem'],
    );
  });

  it('proposes the action types in the Type column of an action-item table, and nothing in its other columns', async () => {
    const row = (cells: string) => workspace.read(DNS).replace('| Alert on upstream', `| Page sooner |${cells}\n| Alert on upstream`);
    const types = await completeAt(DNS, row(' ‸'), ' ');
    assert.deepEqual(
      types.map((item) => item.label),
      ['mitigate', 'prevent', 'detect', 'process', 'repair', 'investigate', 'other'],
    );
    assert.deepEqual(await completeAt(DNS, row(' detect | ‸'), ' '), []);
  });

  it('after "pm-" proposes the contributed snippets, and answers nothing to a space in a sentence', async () => {
    const snippets = await completeAt(DNS, workspace.read(DNS).replace('## Timeline\n', '## Timeline\n\npm-‸\n'), '-');
    assert.ok(
      snippets.some(
        (item) => item.label === 'pm-time-row' && (item.textEdit as TextEdit).newText.includes('${CURRENT_HOUR}:${CURRENT_MINUTE}'),
      ),
    );
    assert.ok(snippets.some((item) => item.label === 'pm-action'));
    assert.deepEqual(await completeAt(DNS, workspace.read(DNS).replace('Services retried,', 'Services retried, ‸'), ' '), []);
  });
});
