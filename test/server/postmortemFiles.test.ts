// Which Markdown files the server treats as postmortems (no server process needed).
import * as assert from 'node:assert/strict';
import { DEFAULT_FILES } from '../../server/src/engine';
import { isPostmortem } from '../../server/src/lsp/postmortemFiles';

const check = (relativePath: string | undefined, text: string, globs = DEFAULT_FILES, optedIn = false) => isPostmortem({ relativePath, text, globs, optedIn });

describe('server: which files are postmortems', () => {
  it('matches the default globs against the workspace-relative path, in any case', () => {
    assert.equal(check('postmortems/2024-03-12-checkout-outage.md', '# Notes'), true);
    assert.equal(check('docs/Incidents/db.md', '# Notes'), true);
    assert.equal(check('2024-q1-PostMortem.md', '# Notes'), true);
    assert.equal(check('README.md', '# Sample workspace\n\nholds two incident postmortems'), false);
    assert.equal(check('docs/guide.md', '# Guide'), false);
  });

  it('uses the configured globs instead of the defaults', () => {
    assert.equal(check('reviews/db.md', '# Notes', ['reviews/**/*.md']), true);
    assert.equal(check('postmortems/db.md', '# Notes', ['reviews/**/*.md']), false);
  });

  it('recognises front matter type: postmortem', () => {
    assert.equal(check('notes/db.md', '---\ntitle: DB\ntype: postmortem\n---\n# DB\n'), true);
    assert.equal(check('notes/db.md', '---\ntype: "Postmortem"\n---\n'), true);
    assert.equal(check('notes/db.md', '---\ntype: runbook\n---\n# DB failover\n'), false);
  });

  it('reads front matter where the parser does: closed by a "---" line, whatever the line endings', () => {
    assert.equal(check('notes/a.md', '---\rtype: postmortem\r---\r# Notes\r', []), true);
    // "..." ends a YAML document, but not front matter for the parser, which reads no profile there either.
    assert.equal(check('notes/a.md', '---\ntype: postmortem\n...\n# Notes\n', []), false);
  });

  it('recognises a postmortem title in front matter or the first heading', () => {
    assert.equal(check('notes/db.md', '# Post-mortem: database failover\n'), true);
    assert.equal(check('notes/db.md', 'Incident Report 42\n==================\n'), true);
    assert.equal(check('notes/db.md', '---\ntitle: Q3 retrospective\n---\n# Notes\n'), true);
    assert.equal(check(undefined, '## Incident review\n'), true);
  });

  it('reads only the first heading, and not headings inside code fences', () => {
    assert.equal(check('notes/db.md', '# Runbook\n\n## How to write a postmortem\n'), false);
    assert.equal(check('notes/db.md', '```\n# Postmortem\n```\n# Runbook\n'), false);
  });

  it('takes any file the user opted in', () => {
    assert.equal(check('notes/todo.md', '# Todo', DEFAULT_FILES, true), true);
    assert.equal(check(undefined, 'no heading at all', DEFAULT_FILES, true), true);
  });
});
