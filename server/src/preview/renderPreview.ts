// The preview's HTML, from the same mdast the rules read (no second parse of the Markdown):
// mdast → hast (mdast-util-to-hast), raw HTML parsed in place (hast-util-raw), everything a
// document may not do removed (hast-util-sanitize, PREVIEW_SCHEMA), then the preview's own
// annotations — source lines, findings, missing-section placeholders, image sources — and
// hast-util-to-html. Pure: no file system, no LSP, so it is tested on fixtures.
import type { Element, ElementContent, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { AnalysisResult } from '../engine';
import { markFindings } from './findingMarks';
import { imageSource, type ImagePolicy } from './imageSources';
import { insertMissingSectionPlaceholders } from './missingSections';
import { PREVIEW_SCHEMA } from './sanitizeSchema';
import { markSourceLines } from './sourceLines';

export function renderPreview(result: AnalysisResult, images: ImagePolicy): string {
  const { model } = result;
  const html = hasRawHtml(model.tree);
  // Front matter is metadata: the header shows it, the body does not.
  let tree = toHast(model.tree, { allowDangerousHtml: html, handlers: { yaml: () => undefined } }) as Root;
  // hast-util-raw runs a full HTML parser over the document; most postmortems have no HTML but
  // comments (which sanitizing drops anyway), so they skip it. `tagfilter` (GFM's, as on GitHub)
  // turns <style>, <textarea>, <title>, <xmp>… into text, so one left open cannot swallow the
  // rest of the document.
  if (html) tree = raw(tree, { file: new VFile(model.text), tagfilter: true }) as Root;
  tree = sanitize(tree, PREVIEW_SCHEMA) as Root;
  const blocks = markSourceLines(tree);
  markFindings(tree, result.findings, model.text, blocks);
  insertMissingSectionPlaceholders(tree, result);
  applyImagePolicy(tree, images);
  return toHtml(tree);
}

/** True when the document holds HTML other than comments. */
function hasRawHtml(node: MdastNodes): boolean {
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  return 'children' in node && node.children.some(hasRawHtml);
}

/** Images the policy refuses become a visible note in their place, with the reason on hover. */
function applyImagePolicy(tree: Root, policy: ImagePolicy): void {
  visit(tree, 'element', (element, index, parent) => {
    if (element.tagName !== 'img' || !parent || index === undefined) return;
    const source =
      typeof element.properties.src === 'string' ? imageSource(element.properties.src, policy) : { blocked: 'The image has no source.' };
    if ('src' in source) {
      element.properties.src = source.src;
      return;
    }
    const alt = typeof element.properties.alt === 'string' && element.properties.alt ? element.properties.alt : 'image';
    const note: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['blocked-image'], title: source.blocked },
      children: [{ type: 'text', value: `[${alt}]` } as ElementContent],
    };
    parent.children[index] = note;
  });
}
