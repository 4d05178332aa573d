// The built-in templates of "New Postmortem…" against the rules they share their vocabulary
// with. Decision: a template's prompts are "TODO: …" lines, so a new postmortem's only findings
// are placeholder-text, one per unanswered prompt (the Problems panel is the author's to-do list);
// no other rule may fire, and once the prompts are answered nothing is left.
import assert from 'node:assert/strict';
import {
  BUILT_IN_TEMPLATES,
  PostmortemAnalyzer,
  newPostmortemFromBuiltIn,
  newPostmortemFromWorkspaceTemplate,
  type NewPostmortemAnswers,
} from '../../server/src/engine';
import { requiredSectionStatus } from '../../server/src/engine/sectionMatching';

const answers: NewPostmortemAnswers = {
  title: 'Checkout outage: payment requests rejected',
  date: '2024-03-12',
  severity: 'SEV2',
  authors: ['Priya Natarajan'],
};
// Every rule on, the optional ones too; the configured profile differs from every template's.
const analyzer = new PostmortemAnalyzer({
  profile: 'custom',
  sections: ['Glossary'],
  rules: { 'action-item-due': 'warning', 'action-item-ticket': 'warning' },
});

describe('built-in templates', () => {
  it('are the four profiles', () => {
    assert.deepEqual(
      BUILT_IN_TEMPLATES.map((template) => template.id),
      ['google-sre', 'pagerduty', 'atlassian', 'minimal'],
    );
  });

  for (const template of BUILT_IN_TEMPLATES) {
    describe(template.label, () => {
      const text = newPostmortemFromBuiltIn(template, answers);
      const result = analyzer.analyze(text);

      it('is checked against its own profile, named in front matter', () => {
        assert.equal(result.profile.id, template.id);
        assert.deepEqual(
          [result.model.metadata.type, result.model.metadata.status, result.model.metadata.severity, result.model.metadata.date],
          ['postmortem', 'draft', 'SEV2', '2024-03-12'],
        );
        assert.equal(result.model.metadata.title, answers.title);
      });

      it('has every required section, in profile order', () => {
        const found = requiredSectionStatus(result.model, result.profile).map((status) => status.section);
        assert.ok(
          found.every((index) => index !== undefined),
          'no section missing',
        );
        assert.deepEqual(
          [...found].sort((a, b) => a! - b!),
          found,
          'in profile order',
        );
      });

      it('reports one placeholder-text per TODO prompt and nothing else', () => {
        const prompts = text.split('\n').flatMap((line, index) => (line.startsWith('TODO: ') ? [index + 1] : []));
        assert.ok(prompts.length >= template.profile.sections.length);
        assert.deepEqual(
          result.findings.map((finding) => `${finding.range.start.line} ${finding.ruleId}`),
          prompts.map((line) => `${line} placeholder-text`),
        );
      });

      it('has no finding left once the prompts are answered', () => {
        const answered = text.replace(/^TODO: .*$/gm, 'The gateway returned errors for 12 minutes.');
        assert.deepEqual(
          analyzer.analyze(answered).findings.map((finding) => finding.message),
          [],
        );
      });
    });
  }

  it('writes the Google SRE action-item table and the three lessons-learned questions', () => {
    const text = newPostmortemFromBuiltIn(BUILT_IN_TEMPLATES[0]!, answers);
    assert.match(text, /^\| Action Item \| Type \| Owner \| Bug \|$/m);
    assert.match(text, /## Lessons Learned\n\n### What went well\n\n.+\n\n### What went wrong\n\n.+\n\n### Where we got lucky\n/);
  });

  it('uses the headings PagerDuty and Atlassian use, which count as the profile sections', () => {
    const [, pagerduty, atlassian] = BUILT_IN_TEMPLATES.map((template) => newPostmortemFromBuiltIn(template, answers));
    for (const heading of ['Overview', 'What Happened', 'Contributing Factors', 'Responders', "How'd We Do?", 'Messaging'])
      assert.match(pagerduty!, new RegExp(`^## ${heading.replace('?', '\\?')}$`, 'm'));
    for (const heading of ['Incident Summary', 'Leadup', 'Fault', 'Recovery', 'Five Whys', 'Corrective Actions'])
      assert.match(atlassian!, new RegExp(`^## ${heading}$`, 'm'));
  });
});

describe('workspace templates', () => {
  it('keep their own front matter (a profile decides the checks) with the answers set over it', () => {
    const template =
      '---\nprofile: pagerduty\ntitle: Replace me\nteam: payments # who reviews\n---\n# {{title}}\n\nSeverity {{ severity }} on {{date}}, by {{authors}}.\n';
    const text = newPostmortemFromWorkspaceTemplate(template, 'payments', answers);
    assert.equal(
      text,
      '---\nprofile: pagerduty\ntitle: "Checkout outage: payment requests rejected"\nteam: payments # who reviews\ndate: 2024-03-12\nseverity: SEV2\nstatus: draft\nauthors:\n  - Priya Natarajan\ntemplate: payments\ntype: postmortem\n---\n\n# Checkout outage: payment requests rejected\n\nSeverity SEV2 on 2024-03-12, by Priya Natarajan.\n',
    );
    assert.equal(analyzer.analyze(text).profile.id, 'pagerduty');
  });

  it('get front matter when they have none, and are never evaluated', () => {
    const text = newPostmortemFromWorkspaceTemplate('# ${process.exit(1)} {{title}}\n', 'plain', { ...answers, authors: [] });
    assert.match(text, /^---\ntitle: .+\nauthors: \[\]\ntemplate: plain\ntype: postmortem\n---\n\n# \$\{process\.exit\(1\)\} Checkout/s);
  });

  it('say which template has broken front matter', () => {
    assert.throws(
      () => newPostmortemFromWorkspaceTemplate('---\ntitle: [unclosed\n---\n', 'broken', answers),
      /template "broken" is not valid YAML/,
    );
    assert.throws(
      () => newPostmortemFromWorkspaceTemplate('---\n- a list\n---\n', 'list', answers),
      /template "list" is not a list of "key: value" fields/,
    );
  });
});
