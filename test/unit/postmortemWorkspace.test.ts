// The engine's decisions about files in a folder, made once for the editor and the CLI: whether a
// document is a postmortem, and which .postmortemrc.json applies. An in-memory file reader stands
// for the file system.
import * as assert from 'node:assert/strict';
import {
  DEFAULT_FILES,
  PostmortemWorkspace,
  decidePostmortem,
  parentFolder,
  pathInside,
  type FileReader,
  type PostmortemCandidate,
} from '../../server/src/engine';

const check = (
  relativePath: string | undefined,
  text: string,
  files = DEFAULT_FILES,
  optedIn = false,
  more: Partial<PostmortemCandidate> = {},
) => decidePostmortem({ relativePath, text, files, ignores: [], gitignored: false, optedIn, ...more }).postmortem;

/** Files by engine path; a value of null is a file that exists but cannot be read. */
class MemoryReader implements FileReader {
  readonly reads: string[] = [];
  constructor(readonly files: Record<string, string | null>) {}
  async readText(path: string): Promise<string | undefined> {
    this.reads.push(path);
    const text = this.files[path];
    if (text === null) throw new Error('permission denied');
    return text;
  }
}

describe('which files are postmortems', () => {
  it('matches the default globs against the path inside the root, in any case', () => {
    assert.equal(check('postmortems/2024-03-12-checkout-outage.md', '# Notes'), true);
    assert.equal(check('docs/Incidents/db.md', '# Notes'), true);
    assert.equal(check('PostMortems/db.md', '# Notes'), true);
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

  it('takes any file the user opted in, even an ignored one', () => {
    assert.equal(check('notes/todo.md', '# Todo', DEFAULT_FILES, true), true);
    assert.equal(check(undefined, 'no heading at all', DEFAULT_FILES, true), true);
    assert.equal(check('vendor/postmortems/x.md', '# Postmortem', DEFAULT_FILES, true, { gitignored: true, ignores: ['vendor/**'] }), true);
  });

  it('leaves out what `ignores`, .gitignore, node_modules and .git exclude, whatever the path or title say', () => {
    const postmortem = '---\ntype: postmortem\n---\n# Postmortem: queue\n';
    assert.deepEqual(
      decidePostmortem({
        relativePath: 'postmortems/drafts/a.md',
        text: postmortem,
        files: DEFAULT_FILES,
        ignores: ['postmortems/drafts/**'],
        gitignored: false,
        optedIn: false,
      }),
      { postmortem: false, reason: 'ignores' },
    );
    assert.deepEqual(
      decidePostmortem({
        relativePath: 'postmortems/a.md',
        text: postmortem,
        files: DEFAULT_FILES,
        ignores: [],
        gitignored: true,
        optedIn: false,
      }),
      { postmortem: false, reason: 'gitignore' },
    );
    assert.equal(check('node_modules/pkg/postmortems/a.md', postmortem), false);
    assert.equal(check('.git/postmortem.md', postmortem), false);
    assert.equal(check('.github/incidents/a.md', '# Notes'), true, 'other dot folders count');
  });
});

describe('engine paths', () => {
  it('finds parents and paths inside folders, POSIX and drive-letter alike', () => {
    assert.equal(parentFolder('/repo/a/b.md'), '/repo/a');
    assert.equal(parentFolder('/repo'), '/');
    assert.equal(parentFolder('/'), undefined);
    assert.equal(parentFolder('C:/repo'), 'C:/');
    assert.equal(parentFolder('C:/'), undefined);
    assert.equal(pathInside('/repo', '/repo/a/b.md'), 'a/b.md');
    assert.equal(pathInside('/repo/', '/repo/a.md'), 'a.md');
    assert.equal(pathInside('/repo', '/repo'), '');
    assert.equal(pathInside('/repo', '/repository/a.md'), undefined);
  });
});

describe('which configuration applies', () => {
  const rc = (profile: string) => JSON.stringify({ profile });

  it('takes the nearest .postmortemrc.json up to the root, and none above the root', async () => {
    const reader = new MemoryReader({ '/home/.postmortemrc.json': rc('pagerduty'), '/home/repo/docs/.postmortemrc.json': rc('atlassian') });
    const workspace = new PostmortemWorkspace(reader);
    assert.equal((await workspace.configFileFor({ path: '/home/repo/docs/pm/a.md', root: '/home/repo' }))?.config?.profile, 'atlassian');
    assert.equal(
      await workspace.configFileFor({ path: '/home/repo/postmortems/a.md', root: '/home/repo' }),
      undefined,
      'the file above the root is not read',
    );
    assert.ok(!reader.reads.includes('/home/.postmortemrc.json'));
  });

  it('looks up to the file-system root for a document outside its root, or with no root', async () => {
    const workspace = new PostmortemWorkspace(new MemoryReader({ '/home/.postmortemrc.json': rc('pagerduty') }));
    assert.equal((await workspace.configFileFor({ path: '/home/elsewhere/a.md', root: '/home/repo' }))?.config?.profile, 'pagerduty');
    assert.equal((await workspace.configFileFor({ path: '/home/repo/a.md', root: undefined }))?.config?.profile, 'pagerduty');
    assert.equal(await workspace.configFileFor({ path: undefined, root: '/home/repo' }), undefined);
  });

  it('reports a broken or unreadable file as a ConfigError naming it, and reads each path once until invalidated', async () => {
    const reader = new MemoryReader({ '/r/.postmortemrc.json': '{ "profile": ', '/r/sub/.postmortemrc.json': null });
    const workspace = new PostmortemWorkspace(reader);
    const broken = await workspace.configFileFor({ path: '/r/a.md', root: '/r' });
    assert.match(broken!.error!.message, /^\/r\/\.postmortemrc\.json: is not valid JSON/);
    const unreadable = await workspace.configFileFor({ path: '/r/sub/a.md', root: '/r' });
    assert.equal(unreadable!.error!.message, '/r/sub/.postmortemrc.json: cannot be read (permission denied)');
    await workspace.configFileFor({ path: '/r/b.md', root: '/r' });
    assert.equal(reader.reads.filter((path) => path === '/r/.postmortemrc.json').length, 1);
    reader.files['/r/.postmortemrc.json'] = rc('minimal');
    workspace.invalidate('/r/.postmortemrc.json');
    assert.equal((await workspace.configFileFor({ path: '/r/a.md', root: '/r' }))?.config?.profile, 'minimal');
  });
});

describe('.gitignore', () => {
  const postmortem = '# Postmortem: queue\n';
  const decide = (workspace: PostmortemWorkspace, path: string) =>
    workspace.decide({ path, root: '/r' }, postmortem, {}).then((decision) => decision.postmortem);

  it('reads .gitignore files from the root down, deeper rules and "!" winning', async () => {
    const workspace = new PostmortemWorkspace(
      new MemoryReader({
        '/r/.gitignore': 'vendor/\n*.draft.md\n/build\n',
        '/r/postmortems/.gitignore': '!keep.draft.md\nold/\n',
      }),
    );
    assert.equal(await decide(workspace, '/r/vendor/postmortems/a.md'), false);
    assert.equal(await decide(workspace, '/r/docs/vendor/postmortem.md'), false, '"vendor/" matches a folder at any depth');
    assert.equal(await decide(workspace, '/r/postmortems/a.draft.md'), false);
    assert.equal(await decide(workspace, '/r/postmortems/keep.draft.md'), true);
    assert.equal(await decide(workspace, '/r/postmortems/old/a.md'), false);
    assert.equal(await decide(workspace, '/r/build/postmortem.md'), false);
    assert.equal(await decide(workspace, '/r/docs/build/postmortem.md'), true, '"/build" is anchored to its folder');
    assert.equal(await decide(workspace, '/r/postmortems/a.md'), true);
  });

  it('applies only inside the root, and sees a changed .gitignore once told', async () => {
    const reader = new MemoryReader({ '/r/.gitignore': '' });
    const workspace = new PostmortemWorkspace(reader);
    assert.equal(await decide(workspace, '/r/postmortems/a.md'), true);
    reader.files['/r/.gitignore'] = 'postmortems/\n';
    assert.equal(await decide(workspace, '/r/postmortems/a.md'), true, 'remembered until invalidated');
    workspace.invalidate('/r/.gitignore');
    assert.equal(await decide(workspace, '/r/postmortems/a.md'), false);
    assert.equal((await workspace.decide({ path: '/elsewhere/postmortems/a.md', root: '/r' }, postmortem, {})).postmortem, true);
  });
});
