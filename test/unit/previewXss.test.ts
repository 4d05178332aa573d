// The preview renders Markdown from any repository: nothing in test/fixtures/preview/xssPayloads.ts
// may come out able to run code, load a resource from elsewhere or restyle the page. The output
// is parsed again with an HTML parser (as the webview will) and every element and attribute is
// checked against what the preview means to emit. test/e2e/ui/previewXss.check.ts renders the
// same corpus in the real webview.
import assert from 'node:assert/strict';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { PostmortemAnalyzer } from '../../server/src/engine';
import type { ImagePolicy } from '../../server/src/preview/imageSources';
import { renderPreview } from '../../server/src/preview/renderPreview';
import { END_OF_CORPUS, XSS_PAYLOADS, xssCorpusDocument } from '../fixtures/preview/xssPayloads';

type Node = DefaultTreeAdapterMap['node'];

const WEBVIEW_ROOT = 'https://file+.vscode-resource.vscode-cdn.net/work/repo';
const policy = (allowRemoteImages: boolean): ImagePolicy => ({
  documentUri: 'file:///work/repo/postmortems/xss.md',
  resourceRoot: { folderUri: 'file:///work/repo', webviewUri: WEBVIEW_ROOT },
  allowRemoteImages,
});

const ELEMENTS = new Set([
  'p',
  'blockquote',
  'pre',
  'hr',
  'br',
  'div',
  'span',
  'details',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'code',
  'kbd',
  'samp',
  'var',
  'del',
  's',
  'strike',
  'ins',
  'sub',
  'sup',
  'q',
  'abbr',
  'mark',
  'ruby',
  'rt',
  'rp',
  'img',
  'input',
  'section',
]);
const ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'width',
  'height',
  'type',
  'disabled',
  'checked',
  'class',
  'id',
  'title',
  'lang',
  'dir',
  'start',
  'align',
  'colspan',
  'rowspan',
  'cite',
  'open',
  'aria-describedby',
  'aria-label',
  'data-line',
  'data-rule',
  'data-missing-section',
  'data-footnote-ref',
  'data-footnote-backref',
  'data-footnotes',
]);

/** Every problem found in the HTML: one line each, empty when the HTML is safe. */
function problems(html: string, allowRemoteImages: boolean): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      if (!ELEMENTS.has(node.tagName)) found.push(`element <${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (!ATTRIBUTES.has(name)) found.push(`attribute ${name} on <${node.tagName}>`);
        if (name === 'href' && !/^(?:https?:|mailto:|#|[^:]*$)/i.test(value.trim())) found.push(`href ${value}`);
        if (name === 'src' && !(value.startsWith(`${WEBVIEW_ROOT}/`) || (allowRemoteImages && /^https:/i.test(value))))
          found.push(`src ${value}`);
        if (name === 'id' && !value.startsWith('user-content-')) found.push(`unprefixed id ${value}`);
        if (name === 'type' && value !== 'checkbox') found.push(`input type ${value}`);
      }
      if (node.tagName === 'input' && !node.attrs.some((attribute) => attribute.name === 'disabled')) found.push('an enabled input');
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parseFragment(html));
  return found;
}

describe('preview: XSS corpus', () => {
  const analyzer = new PostmortemAnalyzer();

  it('has at least 50 payloads of every kind', () => {
    assert.ok(XSS_PAYLOADS.length >= 50, `${XSS_PAYLOADS.length} payloads`);
    const kinds = new Set(XSS_PAYLOADS.map((payload) => payload.kind));
    assert.deepEqual([...kinds].sort(), ['css', 'data: URL', 'event handler', 'javascript: URL', 'malformed', 'other', 'script', 'svg']);
  });

  for (const allowRemoteImages of [false, true]) {
    it(`renders every payload alone to safe HTML (remote images ${allowRemoteImages ? 'allowed' : 'off'})`, () => {
      XSS_PAYLOADS.forEach((payload, index) => {
        const document = `# Postmortem: payload ${index + 1}\n\n## Summary\n\n${payload.markdown}\n`;
        const html = renderPreview(analyzer.analyze(document), policy(allowRemoteImages));
        assert.deepEqual(problems(html, allowRemoteImages), [], `payload ${index + 1}: ${payload.markdown}\n${html}`);
      });
    });
  }

  it('renders the whole corpus to safe HTML, every payload before the end marker included', () => {
    const html = renderPreview(analyzer.analyze(xssCorpusDocument()), policy(false));
    assert.deepEqual(problems(html, false), []);
    assert.ok(html.includes(END_OF_CORPUS), 'a payload swallowed the rest of the document');
    for (let number = 1; number <= XSS_PAYLOADS.length; number++)
      assert.ok(html.includes(`Payload ${number} (`), `payload ${number} is missing`);
    // No remote request is even attempted: remote sources are replaced, never kept.
    assert.ok(!html.includes('src="http://127.0.0.1'), 'a remote image source survived');
  });
});
