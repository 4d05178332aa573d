// The Postmortems and Action Items views' rows and the dashboard's page, from a workspace index
// answer built the way the server builds it (the engine's index over small postmortems).
import assert from 'node:assert/strict';
import { actionItemRows, isMine, postmortemRows, severityRank } from '../../client/src/team/teamItems';
import { dashboardHtml, escapeHtml } from '../../client/src/team/dashboardHtml';
import { actionItemSummary, IncidentIndex, PostmortemAnalyzer, postmortemSummary, recordOf } from '../../server/src/engine';
import type { WorkspaceIndexResult } from '../../server/src/lsp/protocol';

const analyzer = new PostmortemAnalyzer({});
const postmortem = (title: string, date: string, severity: string, status: string, items: string[], tags = '') =>
  `---\ntitle: ${title}\ndate: ${date}\nseverity: ${severity}\nstatus: ${status}\n${tags ? `tags: [${tags}]\n` : ''}---\n\n# ${title}\n\n## Timeline (UTC)\n\n- 10:00 Errors began on the API.\n- 10:15 Alert fired.\n- 11:00 Incident resolved.\n\n## Action Items\n\n${items.map((item) => `- ${item}`).join('\n')}\n`;

/** What the server answers for these postmortems (paths as file URIs). */
function indexResult(files: Record<string, string>, today = '2024-06-01'): WorkspaceIndexResult {
  const index = new IncidentIndex();
  for (const [path, text] of Object.entries(files)) {
    const result = analyzer.analyze(text);
    index.set(recordOf(path, result.model, result.findings));
  }
  const uri = (path: string) => `file:///repo/${path}`;
  return {
    indexing: false,
    postmortems: index.records().map((record) => postmortemSummary(record, uri)),
    actionItems: index.actionItems(today).map((item) => actionItemSummary(item, uri)),
    recurringTags: index.recurringTags().map(({ tag, paths }) => ({ tag, files: paths.map(uri) })),
    problems: [],
    trends: index.trends(today),
  };
}

const TEAM = {
  'a.md': postmortem(
    'Cache stampede',
    '2024-01-10',
    'SEV2',
    'complete',
    ['[ ] Add jitter to cache TTLs (owner: @ivy, due 2024-02-01)', '[x] Roll back in one step (owner: Lee Park)'],
    'cache',
  ),
  'b.md': postmortem(
    'Login outage',
    '2024-03-05',
    'SEV1',
    'draft',
    ['[ ] Add jitter to the cache TTLs of sessions', '[ ] Page on login errors (owner: @Ivy)'],
    'cache, auth',
  ),
  'c.md': postmortem('Slow search', '2023-11-20', 'SEV3', 'Complete', []),
};

describe('team views: postmortems', () => {
  it('sorts newest first, by severity most severe first, by status and title', () => {
    const index = indexResult(TEAM);
    const labels = (sort: 'date' | 'severity' | 'status' | 'title') => postmortemRows(index, sort, 'none').map((row) => row.label);
    assert.deepEqual(labels('date'), ['Login outage', 'Cache stampede', 'Slow search']);
    assert.deepEqual(labels('severity'), ['Login outage', 'Cache stampede', 'Slow search']);
    assert.deepEqual(labels('status'), ['Cache stampede', 'Slow search', 'Login outage']);
    assert.deepEqual(labels('title'), ['Cache stampede', 'Login outage', 'Slow search']);
  });

  it('groups by severity, status (in any case) and year, with counts', () => {
    const index = indexResult(TEAM);
    const groups = (group: 'severity' | 'status' | 'year') =>
      postmortemRows(index, 'date', group).map((row) => [row.label, row.children!.length]);
    assert.deepEqual(groups('severity'), [
      ['SEV1', 1],
      ['SEV2', 1],
      ['SEV3', 1],
    ]);
    assert.deepEqual(groups('status'), [
      ['Complete', 2],
      ['Draft', 1],
    ]);
    assert.deepEqual(groups('year'), [
      ['2024', 2],
      ['2023', 1],
    ]);
  });

  it('ranks severities written in the usual ways', () => {
    assert.deepEqual(
      ['SEV3', 'P0', 'Sev 1', 'critical', 'low', null, 'odd'].sort((a, b) => severityRank(a) - severityRank(b)),
      ['P0', 'Sev 1', 'SEV3', 'critical', 'low', 'odd', null],
    );
  });
});

describe('team views: action items', () => {
  it('filters open, ownerless, overdue, repeats and mine, under their postmortem', () => {
    const index = indexResult(TEAM);
    const shown = (filters: string[], me: string[] = []) =>
      actionItemRows(index, new Set(filters as never[]), me).flatMap((group) =>
        group.children!.map((row) => `${group.label}: ${row.label}`),
      );
    assert.equal(shown([]).length, 4);
    assert.deepEqual(shown(['open', 'ownerless']), ['Login outage: Add jitter to the cache TTLs of sessions']);
    assert.deepEqual(shown(['overdue']), ['Cache stampede: Add jitter to cache TTLs (owner: @ivy, due 2024-02-01)']);
    assert.deepEqual(shown(['repeats']), ['Login outage: Add jitter to the cache TTLs of sessions']);
    assert.deepEqual(shown(['open', 'mine'], ['ivy']), [
      'Login outage: Page on login errors (owner: @Ivy)',
      'Cache stampede: Add jitter to cache TTLs (owner: @ivy, due 2024-02-01)',
    ]);
    assert.deepEqual(shown(['mine'], ['Lee Park']), ['Cache stampede: Roll back in one step (owner: Lee Park)']);
  });

  it('says in each row what matters: owner or its absence, due, overdue, the item it repeats', () => {
    const index = indexResult(TEAM);
    const rows = actionItemRows(index, new Set(), []).flatMap((group) => group.children!);
    const repeat = rows.find((row) => row.label.startsWith('Add jitter to the cache TTLs of sessions'))!;
    assert.equal(repeat.description, 'no owner · repeats a.md:19');
    assert.equal(repeat.contextValue, 'actionItem.ownerless');
    const overdue = rows.find((row) => row.label.startsWith('Add jitter to cache TTLs'))!;
    assert.equal(overdue.description, '@ivy · due 2024-02-01 · overdue');
    assert.equal(overdue.icon, 'watch');
  });

  it('knows "mine" by name or handle, in any case, among several owners', () => {
    assert.ok(isMine('@Ivy', ['ivy']));
    assert.ok(isMine('Lee Park, @ivy', ['@IVY']));
    assert.ok(isMine('lee park and ivy', ['Lee Park']));
    assert.ok(!isMine('ivyana', ['ivy']));
    assert.ok(!isMine(null, ['ivy']));
    assert.ok(!isMine('@ivy', ['']));
  });
});

describe('team views: dashboard page', () => {
  const page = (files: Record<string, string>) =>
    dashboardHtml({
      index: indexResult(files),
      cspSource: 'vscode-webview://x',
      styleUri: 'vscode-webview://x/media/dashboard.css',
      today: '2024-06-01',
    });

  it('allows no script and no inline style, only the extension stylesheet', () => {
    const html = page(TEAM);
    assert.match(html, /content="default-src &#39;none&#39;; style-src vscode-webview:\/\/x; img-src vscode-webview:\/\/x;"/);
    assert.doesNotMatch(html, /<script|\sstyle="|\son\w+=/i);
  });

  it('draws each chart with a table of its numbers, and the summary tiles', () => {
    const html = page(TEAM);
    for (const title of [
      'Incidents per month by severity',
      'Time to detect and resolve, per incident',
      'Action items open and done over time',
      'Most frequent tags and contributing factors',
    ])
      assert.ok(html.includes(`aria-label="${title}"`), title);
    assert.match(html, /<span class="value">3<\/span><span class="label">open action items<\/span>/);
    assert.match(html, /<tr><td>2024-02<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><\/tr>/, 'a quiet month is a zero row');
    assert.match(html, /<td>cache<\/td><td>2<\/td><td>Cache stampede; Login outage<\/td>/);
  });

  it('escapes every text from a postmortem', () => {
    const html = page({
      'x.md': postmortem('<img src=x onerror=alert(1)>', '2024-01-10', '<b>SEV1</b>', 'draft', [
        '[ ] "quoted" & <script>alert(1)</script>',
      ]),
    });
    assert.doesNotMatch(html, /<img|<b>|<script/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('says so when there are no postmortems yet, or they are still being read', () => {
    const empty = indexResult({});
    assert.match(
      dashboardHtml({ index: empty, cspSource: 'c', styleUri: 's', today: '2024-06-01' }),
      /No postmortems in this workspace yet/,
    );
    assert.match(
      dashboardHtml({ index: { ...empty, indexing: true }, cspSource: 'c', styleUri: 's', today: '2024-06-01' }),
      /Reading the workspace/,
    );
  });

  it('says why it lists nothing where the server cannot read the workspace (the web), escaped', () => {
    const html = dashboardHtml({
      index: { ...indexResult({}), unavailable: 'On the web <the server> cannot read files' },
      cspSource: 'c',
      styleUri: 's',
      today: '2024-06-01',
    });
    assert.match(html, /On the web &#60;the server&#62; cannot read files/);
    assert.doesNotMatch(html, /No postmortems in this workspace yet/);
  });
});
