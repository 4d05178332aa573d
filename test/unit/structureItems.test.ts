// The structure view's rows, from a postmortem/model answer: what each shows and which ids stay
// the same while the author types (the end-to-end suite checks the same in real VS Code).
import assert from 'node:assert/strict';
import { structureItems, structurePathAt, type StructureItem } from '../../client/src/structure/structureItems';
import type { ModelSummary } from '../../server/src/lsp/protocol';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 10 } });

const SUMMARY: ModelSummary = {
  uri: 'file:///w/postmortems/x.md',
  version: 3,
  metadata: { title: 'Outage' },
  profile: { id: 'minimal', label: 'Minimal' },
  requiredSections: [
    { title: 'Summary', status: 'present', range: range(2), findings: 0 },
    { title: 'Impact', status: 'empty', range: range(6), findings: 0 },
    { title: 'Root Causes', status: 'present', range: range(9), findings: 2 },
    { title: 'Timeline', status: 'missing', findings: 0 },
  ],
  sections: [],
  actionItems: [
    { text: 'Add alerting', owner: '@priya', due: '2024-07-01', ticket: 'OPS-1', ownerMissing: false, range: range(20) },
    { text: 'Raise the pool limit', owner: 'TBD', ownerMissing: true, range: range(21) },
  ],
  timeline: {
    section: 5,
    entries: [
      { time: 'yesterday', text: 'no time', range: range(30) },
      { time: '23:50', text: 'Deploy', range: range(31) },
      { time: '00:30', text: 'Resolved', range: range(32) },
    ],
    span: { first: 1, last: 2, durationMinutes: 40 },
  },
  findings: { total: 3, error: 0, warning: 3, info: 0, byRule: {} },
  configurationErrors: [],
};

const flatten = (items: StructureItem[]): StructureItem[] => items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
const row = (item: StructureItem) => [item.id, item.label, item.description ?? '', item.icon];

describe('structure view items', () => {
  it('lists required sections with their status and findings, action items with owners, and the timeline span', () => {
    assert.deepEqual(flatten(structureItems(SUMMARY)).map(row), [
      ['sections', 'Required sections', '3/4 · Minimal', 'list-tree'],
      ['section:Summary', 'Summary', '', 'pass'],
      ['section:Impact', 'Impact', 'empty', 'circle-large-outline'],
      ['section:Root Causes', 'Root Causes', '2 findings', 'warning'],
      ['section:Timeline', 'Timeline', 'missing', 'circle-slash'],
      ['action-items', 'Action items', '1/2 with an owner', 'checklist'],
      ['action-item:0', 'Add alerting', '@priya · due 2024-07-01 · OPS-1', 'person'],
      ['action-item:1', 'Raise the pool limit', 'no owner', 'warning'],
      ['timeline', 'Timeline', '23:50 → 00:30 · 40 min', 'history'],
      ['timeline:first', 'First: 23:50', 'Deploy', 'debug-start'],
      ['timeline:last', 'Last: 00:30', 'Resolved', 'debug-stop'],
      ['timeline:duration', 'Duration: 40 min', '3 entries', 'watch'],
    ]);
  });

  it('makes a missing section insertable and every other row a link to its line', () => {
    const items = flatten(structureItems(SUMMARY));
    const missing = items.find((item) => item.id === 'section:Timeline')!;
    assert.equal(missing.missingSection, 'Timeline');
    assert.equal(missing.contextValue, 'missingSection');
    assert.deepEqual(
      items.filter((item) => item.range).map((item) => item.range!.start.line),
      [2, 6, 9, 20, 21, 31, 32],
    );
  });

  it('keeps every id when the text around changes', () => {
    const edited: ModelSummary = {
      ...SUMMARY,
      version: 4,
      requiredSections: SUMMARY.requiredSections.map((section) => ({
        ...section,
        range: section.range && range(section.range.start.line + 1),
        findings: 0,
      })),
      actionItems: SUMMARY.actionItems.map((item) => ({ ...item, text: `${item.text} now`, range: range(item.range.start.line + 1) })),
    };
    assert.deepEqual(
      flatten(structureItems(edited)).map((item) => item.id),
      flatten(structureItems(SUMMARY)).map((item) => item.id),
    );
  });

  it('says so when there is no timeline or the document was too large or too slow to check', () => {
    const [, , timeline] = structureItems({ ...SUMMARY, timeline: undefined });
    assert.deepEqual([timeline!.description, timeline!.children], ['no timeline section', undefined]);
    assert.deepEqual(
      structureItems({ ...SUMMARY, skipped: 'too-large' }).map((item) => item.label),
      ['Not checked: larger than postmortem.maxFileSizeKB'],
    );
    assert.deepEqual(
      structureItems({ ...SUMMARY, skipped: 'time-limit' }).map((item) => item.label),
      ['Not checked: took longer than postmortem.analysisTimeLimitMs'],
    );
  });

  it("finds the row of the cursor's line, the smallest range first, with its ancestors", () => {
    const wide = (start: number, end: number) => ({ start: { line: start, character: 0 }, end: { line: end, character: 0 } });
    const items = structureItems({
      ...SUMMARY,
      requiredSections: [
        { title: 'Summary', status: 'present', range: wide(2, 2), extent: wide(2, 5), findings: 0 },
        { title: 'Action Items', status: 'present', range: wide(18, 18), extent: wide(18, 23), findings: 0 },
      ],
    });
    assert.deepEqual(
      structurePathAt(items, 21).map((item) => item.id),
      ['action-items', 'action-item:1'],
    );
    assert.deepEqual(
      structurePathAt(items, 19).map((item) => item.id),
      ['sections', 'section:Action Items'],
    );
    assert.deepEqual(
      structurePathAt(items, 3).map((item) => item.id),
      ['sections', 'section:Summary'],
    );
    assert.deepEqual(structurePathAt(items, 40), []);
  });
});
