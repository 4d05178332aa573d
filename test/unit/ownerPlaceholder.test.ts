// "Add owner placeholder" leaves the writer ready to type: " @owner " padded like the other cells
// (never against the pipe), selected by editors, and the finding then says the owner is a
// placeholder rather than repeating that there is none.
import assert from 'node:assert/strict';
import { PostmortemAnalyzer, applyEdits, fixPlaceholder } from '../../server/src/engine';

const analyzer = new PostmortemAnalyzer({ profile: 'minimal' });
const table = (row: string) => `# Postmortem: X\n\n## Action Items\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n${row}\n`;
const ownerFinding = (text: string) => analyzer.analyze(text).findings.find((finding) => finding.ruleId === 'action-item-owner');

function addPlaceholder(text: string): string {
  const [fix] = ownerFinding(text)!.fixes;
  assert.equal(fix?.title, 'Add owner placeholder');
  assert.equal(fixPlaceholder(fix!), '@owner', 'editors select the placeholder');
  return applyEdits(text, fix!.edits).text;
}

describe('action-item-owner: the owner placeholder', () => {
  it('fills an empty cell with " @owner ", whatever blanks it had', () => {
    for (const cell of ['| |', '|  |', '||', '|\t|']) {
      const row = `| Page on X | process ${cell} PAY-1 |`;
      assert.equal(addPlaceholder(table(row)).split('\n')[6], '| Page on X | process | @owner | PAY-1 |', JSON.stringify(row));
    }
    assert.equal(
      addPlaceholder(table('| Page on X | process |')).split('\n')[6],
      '| Page on X | process | @owner |',
      'a row that stops before the owner cell',
    );
  });

  it('replaces a stand-in such as TBD, and writes "(owner: @owner)" after a list item', () => {
    assert.equal(addPlaceholder(table('| Page on X | process | TBD | PAY-1 |')).split('\n')[6], '| Page on X | process | @owner | PAY-1 |');
    assert.equal(
      addPlaceholder('# Postmortem: X\n\n## Action Items\n\n- Page on X\n'),
      '# Postmortem: X\n\n## Action Items\n\n- Page on X (owner: @owner)\n',
    );
  });

  it('says "placeholder owner" once the placeholder is in, and offers no fix to put it in again', () => {
    const before = ownerFinding(table('| Page on X | process | | PAY-1 |'))!;
    assert.match(before.message, /^The action item "Page on X" has no owner\. Name the person or team/);
    const after = ownerFinding(addPlaceholder(table('| Page on X | process | | PAY-1 |')))!;
    assert.match(after.message, /^The action item "Page on X" has a placeholder owner, "@owner"\. Name the person or team accountable/);
    assert.deepEqual(after.fixes, []);
    assert.match(ownerFinding(table('| Page on X | process | TBD | PAY-1 |'))!.message, /has a placeholder owner, "TBD"\./);
    assert.match(ownerFinding(table('| Page on X | process | n/a | PAY-1 |'))!.message, /has no owner\./);
  });
});
