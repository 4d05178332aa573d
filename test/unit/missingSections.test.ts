// "Add Missing Sections": the edits insert every missing required section where the quick fix
// would, in one go, leaving nothing for missing-section to report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_TEMPLATES, PostmortemAnalyzer, applyEdits, missingSectionEdits, newPostmortemFromBuiltIn, requiredSectionStatus } from '../../server/src/engine';

const analyzer = new PostmortemAnalyzer({ profile: 'google-sre' });
const sample = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'sample-workspace', 'postmortems', name), 'utf8');
const headings = (text: string) => text.split('\n').filter((line) => /^#{2} /.test(line));

function addMissing(text: string): string {
  const { model, profile } = analyzer.analyze(text);
  const edits = missingSectionEdits(model, profile);
  const { text: result, applied } = applyEdits(text, edits);
  assert.equal(applied.length, edits.length, 'the edits do not overlap');
  return result;
}

describe('Add Missing Sections', () => {
  it('inserts Detection after Resolution and Lessons Learned after Action Items in the DNS postmortem', () => {
    const fixed = addMissing(sample('2024-05-02-dns-incident.md'));
    assert.deepEqual(headings(fixed), ['## Summary', '## Impact', '## Root Causes', '## Trigger', '## Resolution', '## Detection', '## Action Items', '## Lessons Learned', '## Timeline']);
    assert.deepEqual(analyzer.analyze(fixed).findings.filter((finding) => finding.ruleId === 'missing-section'), []);
  });

  it('inserts several sections missing at the same place in profile order, as one edit', () => {
    const text = '# Outage\n\n## Summary\n\nThe gateway returned errors.\n';
    const { model, profile } = analyzer.analyze(text);
    assert.equal(missingSectionEdits(model, profile).length, 1);
    assert.deepEqual(headings(addMissing(text)), ['## Summary', ...profile.sections.slice(1).map((section) => `## ${section.title}`)]);
  });

  it('restores every section removed from each template, in its profile order', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const full = newPostmortemFromBuiltIn(template, { title: 'Outage', date: '2024-03-12', severity: 'SEV3', authors: [] });
      // Keep every other level-2 section only.
      const parts = full.split(/^(?=## )/m);
      const kept = parts.filter((_, index) => index === 0 || index % 2 === 1).join('');
      const result = analyzer.analyze(addMissing(kept));
      assert.deepEqual(result.findings.filter((finding) => finding.ruleId === 'missing-section'), [], template.id);
      const found = requiredSectionStatus(result.model, result.profile).map((status) => status.section!);
      assert.deepEqual([...found].sort((a, b) => a - b), found, `${template.id}: in profile order`);
    }
  });

  it('changes nothing in a complete postmortem', () => {
    const { model, profile } = analyzer.analyze(sample('2024-03-12-checkout-outage.md'));
    assert.deepEqual(missingSectionEdits(model, profile), []);
  });
});
