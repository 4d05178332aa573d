// The team's view in real VS Code: the Postmortems and Action Items views list the sample
// workspace's postmortems and their action items, filters work, a postmortem written to disk
// appears in the view and its findings in the Problems panel without being opened, and the
// dashboard renders. Through the views the extension returns from activate().
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import type { TeamRow } from '../../../client/src/team/teamItems';
import { EXTENSION_ID, waitForDiagnostics, waitForEvent } from './helpers';

const NEW = 'postmortems/2024-07-01-cache-stampede.md';
const NEW_TEXT = `---
title: "Postmortem: cache stampede"
date: 2024-07-01
severity: SEV3
---

# Postmortem: cache stampede

## Timeline (UTC)

- 10:00 Cache hit rate drops; database load begins to climb.
- 10:20 Alert fired.
- 10:45 Incident resolved.

## Root Causes

Obviously, the on-call engineer should have scaled the cache.

## Action Items

- [ ] Add jitter to cache expiry times
- [x] Raise the cache memory limit (owner: @ola)
`;

const api = () => vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();
const labels = (rows: TeamRow[]) => rows.map((row) => row.label);
const itemLabels = (rows: TeamRow[]) => rows.flatMap((group) => (group.children ?? []).map((row) => row.label));

/** The views' rows once `accept` likes them (they redraw after each answer of the server). */
async function rowsWhere(accept: (rows: { postmortems: TeamRow[]; actionItems: TeamRow[] }) => boolean, what: string) {
  const { team } = await api();
  return waitForEvent(team.views.onDidUpdate, () => team.views.rows, accept, what, 20_000);
}

describe('team views', () => {
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
  const newFile = () => vscode.Uri.joinPath(folder(), NEW);

  after(async () => {
    const { team } = await api();
    await vscode.workspace.fs.delete(newFile()).then(undefined, () => undefined);
    await vscode.commands.executeCommand('postmortem.team.filter', ['open']);
    await vscode.commands.executeCommand('postmortem.team.group', 'none');
    team.dashboard.dispose();
  });

  it("lists the workspace's postmortems, newest first, and their open action items", async () => {
    const rows = await rowsWhere((each) => each.postmortems.length >= 5, 'five postmortems');
    assert.deepEqual(labels(rows.postmortems).slice(0, 5), [
      'Order confirmations delayed by a queue backlog',
      'Internal DNS resolution failures in eu-west-1',
      'Checkout outage: payment requests rejected after a config push',
      'Login failures after a rate-limit change',
      'Stale search results after a stalled index swap',
    ]);
    assert.match(
      rows.postmortems[2]!.description!,
      /^2024-03-12 · Complete, action items in progress · resolved in 47 min · \d+ findings$/,
    );
    // The view opens on open items: 11 of the 15.
    assert.equal(itemLabels(rows.actionItems).length, 11);
  });

  it('filters action items: ownerless, then open again', async () => {
    await vscode.commands.executeCommand('postmortem.team.filter', ['open', 'ownerless']);
    const ownerless = await rowsWhere((each) => itemLabels(each.actionItems).length === 3, 'three ownerless items');
    assert.deepEqual(itemLabels(ownerless.actionItems), [
      'Alert on the age of the index being served, not the newest built SRCH-89',
      'Page on CheckoutErrorRateHigh after 5 minutes instead of creating a ticket',
      'Roll out rate-limit changes by client type, watching rejections per type',
    ]);
    await vscode.commands.executeCommand('postmortem.team.filter', ['open']);
    await rowsWhere((each) => itemLabels(each.actionItems).length === 11, 'every open item again');
  });

  it('groups postmortems by year, newest first', async () => {
    await vscode.commands.executeCommand('postmortem.team.group', 'year');
    const grouped = await rowsWhere((each) => each.postmortems[0]?.children !== undefined, 'groups');
    assert.deepEqual(labels(grouped.postmortems), ['2024', '2023']);
    await vscode.commands.executeCommand('postmortem.team.group', 'none');
  });

  it('shows a postmortem written to disk, and its findings in the Problems panel without opening it', async () => {
    await vscode.workspace.fs.writeFile(newFile(), Buffer.from(NEW_TEXT));
    const rows = await rowsWhere((each) => labels(each.postmortems).includes('Postmortem: cache stampede'), 'the new postmortem');
    assert.ok(itemLabels(rows.actionItems).includes('Add jitter to cache expiry times'));
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === newFile().toString()), 'never opened');
    const diagnostics = await waitForDiagnostics(newFile(), (all) => all.some((diagnostic) => diagnostic.code !== undefined));
    assert.ok(
      diagnostics.some((diagnostic) => String(diagnostic.message).includes('should have scaled')),
      JSON.stringify(diagnostics.map((d) => d.message)),
    );

    await vscode.workspace.fs.delete(newFile());
    await rowsWhere((each) => !labels(each.postmortems).includes('Postmortem: cache stampede'), 'the postmortem gone');
    await waitForDiagnostics(newFile(), (all) => all.length === 0);
  });

  it('renders the dashboard with its charts', async () => {
    const { team } = await api();
    await vscode.commands.executeCommand('postmortem.openDashboard');
    const html = await waitForEvent(
      team.dashboard.onDidRender,
      () => team.dashboard.html,
      (page) => page.includes('Incidents per month'),
      'the dashboard',
    );
    for (const chart of [
      'Incidents per month by severity',
      'Time to detect and resolve, per incident',
      'Action items open and done over time',
    ])
      assert.ok(html.includes(`aria-label="${chart}"`), chart);
    assert.match(html, /<span class="value">\d+<\/span><span class="label">open action items<\/span>/);
  });
});
