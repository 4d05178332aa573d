// A missing required section appears in the preview as a placeholder where the missing-section
// fix would insert it, so the reader sees the gap in the document's own order.
import type { Element, Root } from 'hast';
import { requiredSectionStatus, sectionInsertion, type AnalysisResult } from '../engine';

export function insertMissingSectionPlaceholders(tree: Root, { model, profile, findings }: AnalysisResult): void {
  const statuses = requiredSectionStatus(model, profile);
  const placeholders: { offset: number; element: Element }[] = [];
  for (const finding of findings) {
    if (finding.ruleId !== 'missing-section') continue;
    const index = statuses.findIndex((status) => status.section === undefined && status.definition.id === finding.category);
    if (index < 0) continue;
    const { definition } = statuses[index]!;
    const offset = sectionInsertion(model, statuses, index)?.start ?? model.text.length;
    placeholders.push({
      offset,
      element: {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['missing-section', `finding-${finding.severity}`],
          title: finding.message,
          dataLine: model.lines.point(offset).line - 1,
          dataMissingSection: definition.title,
        },
        children: [
          {
            type: 'element',
            tagName: 'strong',
            properties: {},
            children: [{ type: 'text', value: `Missing section: ${definition.title}` }],
          },
          { type: 'text', value: ` — ${definition.prompt}` },
        ],
      },
    });
  }
  // Stable: placeholders at the same place keep the profile's order.
  placeholders.sort((a, b) => a.offset - b.offset);
  const children: Root['children'] = [];
  let next = 0;
  for (const child of tree.children) {
    const start = child.position?.start.offset;
    while (start !== undefined && next < placeholders.length && placeholders[next]!.offset <= start)
      children.push(placeholders[next++]!.element);
    children.push(child);
  }
  for (; next < placeholders.length; next++) children.push(placeholders[next]!.element);
  tree.children = children;
}
