// The preview webview's page and messages: the Content-Security-Policy every load gets, and the
// checks on what the webview sends back (it renders text from any repository, so its messages
// are treated as untrusted input).
import assert from 'node:assert/strict';
import { contentSecurityPolicy, previewPageHtml, type PreviewPage } from '../../client/src/preview/previewHtml';
import { parseFromWebview } from '../../client/src/preview/previewMessages';

const PAGE: PreviewPage = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
  nonce: 'bm9uY2Utb2YtdGhpcy1sb2Fk',
  allowRemoteImages: false,
};

describe('preview webview', () => {
  it('allows nothing by default, our script by nonce only, and images from local resources', () => {
    const policy = contentSecurityPolicy(PAGE);
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]),
    );
    assert.deepEqual(directives, {
      'default-src': "'none'",
      'img-src': PAGE.cspSource,
      'style-src': PAGE.cspSource,
      'font-src': PAGE.cspSource,
      'script-src': `'nonce-${PAGE.nonce}'`,
      'form-action': "'none'",
      'base-uri': "'none'",
    });
    assert.ok(!policy.includes('unsafe'), policy);
    assert.match(contentSecurityPolicy({ ...PAGE, allowRemoteImages: true }), /img-src \S+ https:;/);
  });

  it('loads only media/preview.js, with the nonce, and no inline script or style', () => {
    const html = previewPageHtml(PAGE);
    assert.deepEqual(
      [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]),
      [`<script nonce="${PAGE.nonce}" src="${PAGE.scriptUri}">`],
    );
    assert.ok(!/<style\b|\sstyle=|\son\w+=/i.test(html), html);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(PAGE)}">`));
  });

  it('accepts the three messages the script sends, exactly as it sends them', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
    assert.deepEqual(parseFromWebview({ type: 'rendered', version: 3 }), { type: 'rendered', version: 3 });
  });

  it('drops anything else', () => {
    const rejected: unknown[] = [
      undefined,
      null,
      'reveal',
      42,
      [],
      [{ type: 'ready' }],
      { type: 'reveal' },
      { type: 'reveal', line: '12' },
      { type: 'reveal', line: -1 },
      { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: Number.NaN },
      { type: 'reveal', line: Infinity },
      { type: 'reveal', line: 1e12 },
      { type: 'reveal', line: 3, uri: 'file:///etc/passwd' },
      { type: 'ready', command: 'workbench.action.terminal.new' },
      { type: 'rendered', version: '1' },
      { type: 'openLink', href: 'command:workbench.action.terminal.new' },
      { type: 'executeCommand', command: 'x' },
      { type: '__proto__' },
      JSON.parse('{"type":"reveal","line":1,"__proto__":{"x":1}}'),
    ];
    for (const value of rejected) assert.equal(parseFromWebview(value), undefined, JSON.stringify(value));
  });
});
