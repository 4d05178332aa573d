// What package.json contributes, checked where it takes effect: settings VS Code knows, and the
// JSON schema that validates .postmortemrc.json as the user types (shipped inside the .vsix).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openWorkspaceFile, revertWorkspaceFile, waitForDiagnostics } from './helpers';

const SETTINGS = [
  'files',
  'profile',
  'rules',
  'validate.debounceMs',
  'maxFileSizeKB',
  'analysisTimeLimitMs',
  'blame.extraPhrases',
  'blame.allow',
  'inclusive.allow',
  'preview.allowRemoteImages',
  'directory',
  'workspaceDiagnostics',
  'me',
];

describe('contributions', () => {
  afterEach(() => revertWorkspaceFile('.postmortemrc.json'));

  it('declares every postmortem.* setting with a description and a default', () => {
    const properties = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.configuration.properties as Record<
      string,
      { description?: string; markdownDescription?: string }
    >;
    assert.deepEqual(Object.keys(properties).sort(), SETTINGS.map((key) => `postmortem.${key}`).sort());
    for (const [key, property] of Object.entries(properties))
      assert.ok(property.description ?? property.markdownDescription, `${key} has no description`);
    const configuration = vscode.workspace.getConfiguration('postmortem');
    for (const key of SETTINGS) assert.notEqual(configuration.inspect(key)?.defaultValue, undefined, `postmortem.${key} is not registered`);
  });

  it('validates .postmortemrc.json against the shipped schema while it is edited', async () => {
    const editor = await openWorkspaceFile('.postmortemrc.json');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await editor.edit((edit) => edit.replace(whole, '{ "profile": "no-such-profile" }\n'));
    const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => d.message.includes('google-sre')));
    const problem = diagnostics.find((d) => d.message.includes('google-sre'))!;
    assert.equal(editor.document.getText(problem.range), '"no-such-profile"');
  });
});
