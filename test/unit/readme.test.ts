// The README documents every rule with its id and default severity, so the docs links of the
// findings (README.md#<rule-id>) always land on a section.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

  it('has a section and a table row with the default severity for every rule', () => {
    for (const rule of RULES) {
      assert.match(readme, new RegExp(`^### ${rule.id}$`, 'm'), `no "### ${rule.id}" section`);
      assert.match(readme, new RegExp(`^\\| \\[\`${rule.id}\`\\]\\(#${rule.id}\\) \\| ${rule.defaultSeverity} \\|`, 'm'), `no table row for ${rule.id} with default ${rule.defaultSeverity}`);
    }
  });
});
