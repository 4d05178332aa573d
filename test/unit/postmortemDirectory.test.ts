// postmortem.directory: a folder inside the workspace folder, whatever a repository's settings say.
import * as assert from 'node:assert/strict';
import { postmortemDirectoryParts } from '../../client/src/authoring/postmortemDirectory';

describe('postmortem.directory', () => {
  const inside: [string | undefined, string[]][] = [
    [undefined, ['postmortems']],
    ['', ['postmortems']],
    ['  ', ['postmortems']],
    ['docs/incidents/', ['docs', 'incidents']],
    ['./docs\\incidents', ['docs', 'incidents']],
    ['docs/../incidents', ['incidents']],
    ['a/b/../../c', ['c']],
    ['.', []],
    ['..postmortems', ['..postmortems']],
  ];
  for (const [setting, parts] of inside)
    it(`${JSON.stringify(setting)} is ${JSON.stringify(parts)} under the folder`, () => {
      assert.deepEqual(postmortemDirectoryParts(setting), { parts });
    });

  const absolute = ['/etc', '/', '\\\\server\\share', 'C:\\Users\\me', 'c:/temp', '~/postmortems', 'file:///tmp/x'];
  for (const setting of absolute)
    it(`refuses the absolute path ${JSON.stringify(setting)}`, () => {
      const result = postmortemDirectoryParts(setting);
      assert.ok('problem' in result, JSON.stringify(result));
      assert.match(result.problem, /must be a folder inside the workspace folder.*is an absolute path/);
    });

  const escaping = ['..', '../elsewhere', 'postmortems/../../x', './a/../../'];
  for (const setting of escaping)
    it(`refuses ${JSON.stringify(setting)}, which leads out of the workspace folder`, () => {
      const result = postmortemDirectoryParts(setting);
      assert.ok('problem' in result, JSON.stringify(result));
      assert.match(result.problem, /leads out of it/);
    });
});
