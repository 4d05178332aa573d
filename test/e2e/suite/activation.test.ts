import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openWorkspaceFile, waitFor } from './helpers';

describe('activation', () => {
  it('the extension is installed', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed; installed: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  });

  it('activates when a postmortem Markdown file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const editor = await openWorkspaceFile('postmortems/2024-03-12-checkout-outage.md');
    assert.equal(editor.document.languageId, 'markdown');
    // Opening the file must be enough (activation event onLanguage:markdown); activate() after
    // that only returns the exports and fails if activation threw.
    await waitFor(() => extension.isActive, `${EXTENSION_ID} to activate`);
    await extension.activate();
    assert.ok(extension.isActive);
  });
});
