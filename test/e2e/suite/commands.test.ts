// Commands and the postmortem/model request in real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_CATEGORY, COMMANDS } from '../../../client/src/commands';
import type { PostmortemApi } from '../../../client/src/extension';
import { EXTENSION_ID, openWorkspaceFile, ruleOf, waitForPostmortemDiagnostics } from './helpers';

const api = () => vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();

describe('commands and model', () => {
  it('contributes the commands of the table, and registers every one', async () => {
    await api();
    const { contributes } = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: {
        commands: { command: string; title: string; category: string; icon?: string }[];
        menus: { commandPalette: { command: string; when: string }[] };
      };
    };
    assert.deepEqual(
      contributes.commands,
      COMMANDS.map((command) => ({
        command: command.id,
        title: command.title,
        category: COMMAND_CATEGORY,
        ...(command.icon ? { icon: command.icon } : {}),
      })),
    );
    assert.deepEqual(
      contributes.menus.commandPalette,
      COMMANDS.filter((command) => command.when).map((command) => ({ command: command.id, when: command.when })),
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      COMMANDS.filter((command) => !registered.has(command.id)).map((command) => command.id),
      [],
    );
  });

  it('"Lint This File" makes the server check an ordinary Markdown file', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Notes\n\nThe outage was caused by human error.\n',
    });
    await vscode.window.showTextDocument(document);
    assert.equal(await (await api()).model(document.uri), null, 'not a postmortem before opting in');
    await vscode.commands.executeCommand('postmortem.lintThisFile');
    const diagnostics = await waitForPostmortemDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'blaming-language'));
    assert.equal(diagnostics.find((d) => ruleOf(d) === 'blaming-language')!.range.start.line, 2);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('answers postmortem/model with required sections, action items, timeline and finding counts', async () => {
    const editor = await openWorkspaceFile('postmortems/2024-05-02-dns-incident.md');
    await waitForPostmortemDiagnostics(editor.document.uri, (all) => all.length > 0);
    const model = await (await api()).model(editor.document.uri);
    assert.ok(model);
    assert.equal(model.profile.id, 'google-sre');
    assert.equal(model.metadata.title, 'Internal DNS resolution failures in eu-west-1');
    const missing = model.requiredSections.filter((section) => section.status === 'missing').map((section) => section.title);
    assert.deepEqual(missing, ['Detection', 'Lessons Learned']);
    assert.equal(model.requiredSections.length, 9);
    assert.deepEqual(
      model.actionItems.map((item) => item.owner),
      ['mei', 'netops'],
    );
    assert.equal(model.timeline?.entries.length, 6);
    assert.equal(model.findings.byRule['missing-section'], 2);
    assert.equal(model.configFile?.endsWith('.postmortemrc.json'), true);
  });
});
