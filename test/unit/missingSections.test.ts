// "Add Missing Sections": the edits insert every missing required section where the quick fix
// would, in one go, leaving nothing for missing-section to report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUILT_IN_TEMPLATES,
  PostmortemAnalyzer,
  applyEdits,
  missingSectionEdits,
  newPostmortemFromBuiltIn,
  requiredSectionStatus,
} from '../../server/src/engine';

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
    assert.deepEqual(headings(fixed), [
      '## Summary',
      '## Impact',
      '## Root Causes',
      '## Trigger',
      '## Resolution',
      '## Detection',
      '## Action Items',
      '## Lessons Learned',
      '## Timeline',
    ]);
    assert.deepEqual(
      analyzer.analyze(fixed).findings.filter((finding) => finding.ruleId === 'missing-section'),
      [],
    );
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
      assert.deepEqual(
        result.findings.filter((finding) => finding.ruleId === 'missing-section'),
        [],
        template.id,
      );
      const found = requiredSectionStatus(result.model, result.profile).map((status) => status.section!);
      assert.deepEqual(
        [...found].sort((a, b) => a - b),
        found,
        `${template.id}: in profile order`,
      );
    }
  });

  it('writes each section as New Postmortem… does: its TODO prompts, which placeholder-text tracks until answered', () => {
    const fixed = addMissing(sample('2024-05-02-dns-incident.md'));
    const detection = /\n## Detection\n\n([^#]*)\n## /.exec(fixed)?.[1];
    assert.equal(detection, 'TODO: How and when the incident was noticed, and how it could be noticed sooner.\n');
    const lessons = /\n## Lessons Learned\n\n([\s\S]*?)\n## Timeline/.exec(fixed)?.[1];
    assert.equal(
      lessons,
      [
        '### What went well',
        '',
        'TODO: What limited the impact: alerts, tools, runbooks, decisions.',
        '',
        '### What went wrong',
        '',
        'TODO: What made detecting, diagnosing or recovering harder or slower.',
        '',
        '### Where we got lucky',
        '',
        'TODO: What limited the damage by chance rather than by design.',
        '',
      ].join('\n'),
    );
    const todoLines = fixed.split('\n').flatMap((line, index) => (line.startsWith('TODO: ') ? [index + 1] : []));
    const placeholders = analyzer
      .analyze(fixed)
      .findings.filter((finding) => finding.ruleId === 'placeholder-text')
      .map((finding) => finding.range.start.line);
    assert.deepEqual(placeholders, todoLines);
    assert.equal(todoLines.length, 4);
  });

  it("writes Action Items and Timeline with their TODO prompt and the table to fill in, in the profile's own template words", () => {
    const fixed = addMissing('# Outage\n\n## Summary\n\nThe gateway returned errors.\n');
    assert.ok(
      fixed.includes(
        '\n## Action Items\n\nTODO: One row per change: specific, bounded, with an owner and a bug. Types: mitigate, prevent, process, other.\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n',
      ),
      fixed,
    );
    assert.ok(
      fixed.includes(
        '\n## Timeline\n\nTODO: What happened when, from the first sign of trouble to the all-clear.\n\n| Time (UTC) | Event |\n|---|---|\n',
      ),
      fixed,
    );
    const pagerduty = new PostmortemAnalyzer({ profile: 'pagerduty' });
    const { model, profile } = pagerduty.analyze('# Outage\n\n## Impact\n\nSlow.\n');
    const inserted = missingSectionEdits(model, profile)
      .map((edit) => edit.text)
      .join('');
    assert.match(inserted, /^## Overview\n\nTODO: /m, 'the PagerDuty template calls the summary "Overview"');
  });

  it('says what a missing section holds, in words rather than the table a template starts it with', () => {
    const { findings } = analyzer.analyze('# Outage\n\n## Summary\n\nThe gateway returned errors.\n');
    const message = (title: string) =>
      findings.find((finding) => finding.ruleId === 'missing-section' && finding.message.includes(`section "${title}"`))!.message;
    assert.match(
      message('Timeline'),
      /Add it: What happened when, in time order from the first sign of trouble to the all-clear, with the timezone the times are in\.$/,
    );
    assert.match(message('Action Items'), /Add it: One item per change: what will change, who owns it, and its ticket\.$/);
    for (const finding of findings) assert.doesNotMatch(finding.message, /\||a table of items/);
  });

  it('changes nothing in a complete postmortem', () => {
    const { model, profile } = analyzer.analyze(sample('2024-03-12-checkout-outage.md'));
    assert.deepEqual(missingSectionEdits(model, profile), []);
  });
});
