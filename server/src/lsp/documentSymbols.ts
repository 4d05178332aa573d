// The outline of a postmortem: sections nested by heading level, with the timeline's entries and
// the action items as children of the section they are written in.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { toLspRange, type AnalysisResult } from '../engine';

export function documentSymbols(result: AnalysisResult): DocumentSymbol[] {
  const { model } = result;
  const range = (start: number, end: number) => toLspRange(model.lines.range(start, end));
  const symbols: DocumentSymbol[] = model.sections.map((section) => ({
    name: section.title || '(untitled section)',
    kind: SymbolKind.String, // what VS Code's own Markdown outline uses for headings
    range: range(section.headingStart, Math.max(section.end, section.headingEnd)),
    selectionRange: range(section.headingStart, section.headingEnd),
    children: [],
  }));

  const timeline = model.timeline;
  if (timeline && symbols[timeline.section]) {
    for (const entry of timeline.entries) {
      symbols[timeline.section]!.children!.push({
        name: `${entry.time} ${entry.text}`.trim(),
        kind: SymbolKind.Event,
        range: range(entry.start, entry.end),
        selectionRange: range(entry.start, entry.end),
      });
    }
  }
  for (const item of model.actionItems) {
    const details = [
      item.owner?.value ? `owner: ${item.owner.value}` : 'no owner',
      item.due?.value && `due: ${item.due.value}`,
      item.ticket?.value,
    ].filter(Boolean);
    symbols[item.section]?.children!.push({
      name: item.text || '(empty action item)',
      detail: details.join(' · '),
      kind: SymbolKind.Field,
      range: range(item.start, item.end),
      selectionRange: range(item.start, item.end),
    });
  }

  // Sub-sections after the entries and items written before them, in document order.
  const roots: DocumentSymbol[] = [];
  model.sections.forEach((section, index) => {
    const parent = section.parent === undefined ? undefined : symbols[section.parent];
    (parent ? parent.children! : roots).push(symbols[index]!);
  });
  for (const symbol of symbols)
    symbol.children!.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return roots;
}
