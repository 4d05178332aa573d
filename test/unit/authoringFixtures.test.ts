// "Insert Timeline Entry" and "Add Action Item" on fixtures: test/fixtures/authoring/<command>/
// NAME.md is the document before, NAME.expected.md after (see the README there).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionItemInsertion, timelineEntryInsertion, type AuthoringResult } from '../../server/src/engine';
import { buildModel } from '../../server/src/engine/model';
import { snippetAsText } from './snippetText';

const FIXTURES = join(__dirname, '..', 'fixtures', 'authoring');

function applied(text: string, result: AuthoringResult): string {
  if ('problem' in result) throw new Error(result.problem);
  const { start, end, snippet } = result.insertion;
  // At the start of a line, so that the editor adds no indentation to the snippet's lines.
  assert.ok(
    start === 0 || text[start - 1] === '\n' || (start === text.length && /^\r?\n/.test(snippet)),
    `insertion at ${start} starts no line`,
  );
  return text.slice(0, start) + snippetAsText(snippet) + text.slice(end);
}

function eachFixture(folder: string, run: (text: string) => AuthoringResult): void {
  const directory = join(FIXTURES, folder);
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.md') && !name.endsWith('.expected.md'))) {
    it(file.replace(/\.md$/, '').replace(/-/g, ' '), () => {
      const text = readFileSync(join(directory, file), 'utf8');
      const expected = readFileSync(join(directory, file.replace(/\.md$/, '.expected.md')), 'utf8');
      assert.equal(applied(text, run(text)), expected);
    });
  }
}

describe('Insert Timeline Entry (fixtures)', () => {
  eachFixture('timeline-entry', (text) => {
    const now = /<!-- now: (\S+) -->/.exec(text)?.[1];
    if (!now) throw new Error('A timeline fixture needs <!-- now: ISO-8601 -->');
    return timelineEntryInsertion(buildModel(text), new Date(now));
  });

  it('keeps the line endings of a CRLF document', () => {
    const text = '## Timeline (UTC)\r\n\r\n- 14:00 Paged.\r\n- 14:30 Fixed.\r\n';
    assert.equal(
      applied(text, timelineEntryInsertion(buildModel(text), new Date('2024-03-12T14:10:00Z'))),
      '## Timeline (UTC)\r\n\r\n- 14:00 Paged.\r\n- 14:10 ‸\r\n- 14:30 Fixed.\r\n',
    );
  });

  it('says what to do when there is no timeline', () => {
    const result = timelineEntryInsertion(buildModel('# Outage\n\n## Summary\n\nText.\n'), new Date());
    assert.ok('problem' in result && /no Timeline section/.test(result.problem));
  });
});

describe('Add Action Item (fixtures)', () => {
  eachFixture('action-item', (text) => actionItemInsertion(buildModel(text)));

  it('says what to do when there is no action-item section', () => {
    const result = actionItemInsertion(buildModel('# Outage\n\n## Summary\n\nText.\n'));
    assert.ok('problem' in result && /no Action Items section/.test(result.problem));
  });

  it('inserts a row the model reads as an action item with the typed owner, type and ticket', () => {
    const text = readFileSync(join(FIXTURES, 'action-item', 'table-after-last-row.md'), 'utf8');
    const result = actionItemInsertion(buildModel(text));
    assert.ok('insertion' in result);
    const typed = result.insertion.snippet
      .replace(/\$\{1:[^}]*\}/, 'Alert on pool exhaustion')
      .replace(/\$\{2\|[^}]*\}/, 'detect')
      .replace(/\$\{3:owner\}/, 'tomas')
      .replace(/\$4/, 'PAY-1413');
    const after = buildModel(text.slice(0, result.insertion.start) + typed + text.slice(result.insertion.end));
    const item = after.actionItems[after.actionItems.length - 1]!;
    assert.deepEqual(
      [item.text, item.type, item.owner?.value, item.ticket?.value],
      ['Alert on pool exhaustion', 'detect', 'tomas', 'PAY-1413'],
    );
  });
});
