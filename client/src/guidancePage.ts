// "Show guidance" on a finding: the page the server wrote (the rule's explanation for that
// finding) opened as a read-only Markdown document in VS Code's own preview, beside the editor.
import * as vscode from 'vscode';
import type { ShowGuidanceArguments } from '../../server/src/lsp/protocol';

const SCHEME = 'postmortem-guidance';
const pages = new Map<string, string>();
/** Made at registration, not when the module loads: loading the client bundle runs no VS Code API. */
let changed: vscode.EventEmitter<vscode.Uri> | undefined;

/** Serves the pages; registered once, at activation. */
export function registerGuidancePages(): vscode.Disposable {
  changed = new vscode.EventEmitter<vscode.Uri>();
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => pages.get(uri.toString()) ?? '',
    }),
  );
}

/** `postmortem.showGuidance(args)`: resolves with the page's URI, or undefined for arguments it cannot show. */
export async function showGuidance(args: unknown): Promise<vscode.Uri | undefined> {
  const { ruleId, markdown } = (args ?? {}) as Partial<ShowGuidanceArguments>;
  if (typeof ruleId !== 'string' || typeof markdown !== 'string' || !/^[\w-]+$/.test(ruleId)) return undefined;
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${ruleId}.md` });
  pages.set(uri.toString(), markdown);
  changed?.fire(uri);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // Without the built-in Markdown preview (disabled), the text itself.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), {
      viewColumn: vscode.ViewColumn.Beside,
      preview: true,
    });
  }
  return uri;
}
