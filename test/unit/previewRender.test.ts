// The preview renderer on the sample postmortems: source lines, findings in place, missing
// sections as placeholders, the image policy; and how long a 2,000-line document takes (printed,
// not asserted: timing belongs to the benchmark, not to a pass/fail test).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostmortemAnalyzer, requiredSectionStatus, sectionInsertion } from '../../server/src/engine';
import { imageSource, type ImagePolicy } from '../../server/src/preview/imageSources';
import { renderPreview } from '../../server/src/preview/renderPreview';
import { documentOfLines, sourceDocuments } from '../bench/documents';

const SAMPLES = join(__dirname, '..', 'fixtures', 'sample-workspace', 'postmortems');
const CHECKOUT = readFileSync(join(SAMPLES, '2024-03-12-checkout-outage.md'), 'utf8');
const DNS = readFileSync(join(SAMPLES, '2024-05-02-dns-incident.md'), 'utf8');

const WEBVIEW_ROOT = 'https://file+.vscode-resource.vscode-cdn.net/repo';
const POLICY: ImagePolicy = {
  documentUri: 'file:///repo/postmortems/incident.md',
  resourceRoot: { folderUri: 'file:///repo', webviewUri: WEBVIEW_ROOT },
  allowRemoteImages: false,
};

describe('preview: rendering', () => {
  const analyzer = new PostmortemAnalyzer({ profile: 'google-sre' });
  const render = (text: string, policy = POLICY) => renderPreview(analyzer.analyze(text), policy);

  it('gives every block the 0-based source line it starts on', () => {
    const html = render(CHECKOUT);
    const lines = CHECKOUT.split('\n');
    const blocks = [...html.matchAll(/<(h[1-6]|p|li|tr)[^>]*data-line="(\d+)"[^>]*>([^<]{0,30})/g)];
    assert.ok(blocks.length > 40, `${blocks.length} blocks`);
    for (const [, tag, line, text] of blocks) {
      const words = text!.replace(/&#x26;/g, '&').trim();
      if (words) assert.ok(lines[Number(line)]!.includes(words), `<${tag}> "${words}" is not on line ${line}: "${lines[Number(line)]}"`);
    }
  });

  it('marks blaming wording where it is, with the message as its title', () => {
    const html = render(CHECKOUT);
    const marks = [...html.matchAll(/<mark class="finding finding-warning" title="([^"]+)" data-rule="blaming-language">([^<]+)<\/mark>/g)];
    assert.deepEqual(
      marks.map((mark) => mark[2]),
      ['human error', 'should have checked', 'carelessly', 'ignored the alert'],
    );
    assert.ok(marks[0]![1]!.startsWith('&#x22;human error&#x22; blames a person.'));
  });

  it('marks the row of an action item without owner as a whole', () => {
    const html = render(CHECKOUT);
    assert.match(
      html,
      /<tr data-line="53" class="finding-block finding-warning" title="The action item &#x22;Page on CheckoutErrorRateHigh[^"]*has no owner/,
    );
  });

  it('shows missing sections as placeholders where the fix would insert them', () => {
    const result = analyzer.analyze(DNS);
    const html = renderPreview(result, POLICY);
    const order = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>|Missing section: ([\w ]+)</g)].map(
      (match) => match[1] ?? `missing ${match[2]}`,
    );
    assert.deepEqual(order, [
      'Summary',
      'Impact',
      'Root Causes',
      'Trigger',
      'Resolution',
      'missing Detection',
      'Action Items',
      'missing Lessons Learned',
      'Timeline',
    ]);
    // Its line is where the fix inserts the heading: clicking the placeholder goes there.
    const statuses = requiredSectionStatus(result.model, result.profile);
    const insertion = sectionInsertion(
      result.model,
      statuses,
      statuses.findIndex((status) => status.definition.title === 'Detection'),
    )!;
    const line = result.model.lines.point(insertion.start).line - 1;
    assert.match(
      html,
      new RegExp(
        `<div class="missing-section finding-warning" title="The Google SRE profile requires the section &#x22;Detection&#x22;[^"]*" data-line="${line}" data-missing-section="Detection">`,
      ),
    );
  });

  it('leaves front matter out of the body', () => {
    const html = render('---\ntitle: Outage\nseverity: SEV2\n---\n# Outage\n\nText.\n');
    assert.ok(!html.includes('SEV2'), html);
    assert.match(html, /<h1 data-line="4">Outage<\/h1>/);
  });

  it('shows workspace images through the webview root and replaces others with a note', () => {
    const html = render(
      '# Postmortem\n\n![graph](../images/p99.png) ![outside](../../../etc/x.png) ![remote](https://example.com/x.png)\n',
    );
    assert.ok(html.includes(`<img src="${WEBVIEW_ROOT}/images/p99.png" alt="graph">`), html);
    assert.match(html, /<span class="blocked-image" title="Only images from the workspace folder are shown.">\[outside\]<\/span>/);
    assert.match(
      html,
      /<span class="blocked-image" title="Remote images are not loaded. Set postmortem.preview.allowRemoteImages to show them.">\[remote\]<\/span>/,
    );
    assert.match(
      render('# Postmortem\n\n![remote](https://example.com/x.png)\n', { ...POLICY, allowRemoteImages: true }),
      /<img src="https:\/\/example.com\/x.png" alt="remote">/,
    );
  });

  it('refuses image paths that climb out of the workspace folder however they are spelled', () => {
    for (const src of [
      '../../x.png',
      '..%2F..%2Fx.png',
      '%2e%2e/%2e%2e/x.png',
      '/etc/passwd',
      'file:///etc/passwd',
      '//host/share/x.png',
      'vscode-resource:/x',
      '..\\..\\..\\x.png',
    ]) {
      assert.ok('blocked' in imageSource(src, POLICY), src);
    }
    assert.deepEqual(imageSource('diagrams/flow%20chart.png', POLICY), { src: `${WEBVIEW_ROOT}/postmortems/diagrams/flow%20chart.png` });
    assert.ok('blocked' in imageSource('x.png', { ...POLICY, documentUri: 'untitled:Untitled-1' }));
    assert.ok('blocked' in imageSource('x.png', { ...POLICY, resourceRoot: undefined }));
  });

  it('renders a 2,000-line document (time printed)', () => {
    const text = documentOfLines(sourceDocuments().texts, 2_000);
    const fresh = new PostmortemAnalyzer({ profile: 'google-sre' });
    const result = fresh.analyze(text);
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      renderPreview(result, POLICY);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const html = renderPreview(result, POLICY);
    console.log(
      `      2,000 lines (${text.length} chars, ${result.findings.length} findings): render median ${times[3]!.toFixed(1)} ms, first ${times[0]!.toFixed(1)}–${times[6]!.toFixed(1)} ms; ${Math.round(html.length / 1024)} KB of HTML`,
    );
    const lastBlock = result.model.tree.children[result.model.tree.children.length - 1]!;
    assert.ok(html.includes(`data-line="${lastBlock.position!.start.line - 1}"`), 'the last block was rendered');
  });
});
