// The injection grammar, tokenized the way VS Code does it: vscode-textmate with the oniguruma
// WebAssembly build, injected into VS Code's own Markdown grammar (test/fixtures/grammar/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const INJECTION = 'markdown.postmortem.injection';
const grammarFiles: Record<string, string> = {
  'text.html.markdown': join(root, 'test/fixtures/grammar/markdown.tmLanguage.json'),
  [INJECTION]: join(root, 'syntaxes/postmortem.injection.tmLanguage.json'),
};

async function markdownGrammar(): Promise<IGrammar> {
  await oniguruma.loadWASM(readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      if (file) return parseRawGrammar(readFileSync(file, 'utf8'), file);
      // Markdown drops its front matter rule when YAML is missing; a stand-in keeps it (other embedded languages are not needed).
      if (scopeName === 'source.yaml')
        return parseRawGrammar(JSON.stringify({ scopeName, patterns: [{ match: '.+', name: 'string.unquoted.yaml' }] }), 'yaml.json');
      return null;
    },
    // What package.json's `injectTo` does in VS Code.
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  return (await registry.loadGrammar('text.html.markdown'))!;
}

/** Each token as "line: text", with the postmortem scope it got (or none). */
function tokenize(grammar: IGrammar, text: string): { line: string; text: string; scope: string | undefined }[] {
  let state = INITIAL;
  return text.split('\n').flatMap((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      line,
      text: line.slice(token.startIndex, token.endIndex),
      scope: token.scopes.find((scope) => scope.endsWith('.postmortem')),
    }));
  });
}

describe('postmortem injection grammar', () => {
  let tokens: ReturnType<typeof tokenize>;
  before(async () => {
    tokens = tokenize(await markdownGrammar(), readFileSync(join(root, 'test/fixtures/grammar/postmortem.md'), 'utf8'));
  });
  const scopesOf = (text: string) => tokens.filter((token) => token.text === text).map((token) => token.scope ?? 'none');
  const scoped = (name: string) => tokens.filter((token) => token.scope === name).map((token) => token.text);

  it('scopes timestamps, with their date and timezone, as numbers', () => {
    assert.deepEqual(scoped('constant.numeric.timestamp.postmortem'), [
      '2024-03-12',
      '13:58',
      '14:02 UTC',
      '2:05 PM PST',
      '2024-03-12T14:10Z',
      '14:20',
    ]);
  });

  it('scopes @owners as variables, not the @ of an e-mail address', () => {
    assert.deepEqual(scoped('variable.other.owner.postmortem'), ['@priya', '@sre-payments', '@tomas', '@priya', '@tomas', '@sre']);
  });

  it('scopes severities as keywords', () => {
    assert.deepEqual(scoped('keyword.other.severity.postmortem'), ['SEV2', 'P1', 'SEV-1']);
  });

  it('scopes ticket references as links, not standards or severities', () => {
    assert.deepEqual(scoped('markup.underline.link.ticket.postmortem'), ['PAY-1410', '#4521', 'PAY-1412', 'PAY-1413']);
  });

  it('scopes action-item types in a Type cell, in brackets and after "type:", not in prose', () => {
    assert.deepEqual(scoped('support.type.action-item.postmortem'), ['prevent', 'detect', 'mitigate']);
  });

  it('leaves front matter, code, fenced blocks and link destinations alone', () => {
    assert.deepEqual(scopesOf('14:03'), ['none']);
    for (const line of ['date: 2024-03-12', 'at: 15:00 UTC', 'owner: @nobody', 'ticket: OPS-1']) {
      assert.deepEqual(
        tokens.filter((token) => token.line === line && token.scope),
        [],
        line,
      );
    }
    assert.deepEqual(
      tokens.filter((token) => token.line.startsWith('See [') && token.scope),
      [],
    );
  });
});
