// The status bar item on postmortem files: "7/9 sections · 4 findings", from postmortem/model.
// It refreshes when the active editor changes and when its diagnostics do (they are published
// after each analysis, so the model is fresh by then). Click: the Problems panel.
import * as vscode from 'vscode';
import { ModelRequest, type ModelParams, type ModelSummary } from '../../server/src/lsp/protocol';
import type { LanguageServer } from './languageServer';
import { setIsPostmortem } from './postmortemContext';

export class PostmortemStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Answers may arrive out of order; only the latest request may update the item. */
  private sequence = 0;

  constructor(private readonly server: LanguageServer) {
    this.item.name = 'Postmortem';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refresh()),
      server.onDidChangeState(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    const sequence = ++this.sequence;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      this.item.hide();
      setIsPostmortem(false);
      return;
    }
    const params: ModelParams = { uri: document.uri.toString() };
    this.server.request<ModelSummary | null>(ModelRequest.method, params).then(
      (summary) => sequence === this.sequence && this.show(summary ?? undefined),
      () => sequence === this.sequence && (this.item.hide(), setIsPostmortem(false)),
    );
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private show(summary: ModelSummary | undefined): void {
    setIsPostmortem(summary !== undefined);
    if (!summary) {
      this.item.hide();
      return;
    }
    if (summary.skipped === 'too-large') {
      this.item.text = '$(checklist) Postmortem: not checked (too large)';
    } else if (summary.skipped === 'time-limit') {
      this.item.text = '$(checklist) Postmortem: not checked (took too long)';
    } else {
      const required = summary.requiredSections.length;
      const present = summary.requiredSections.filter((section) => section.status !== 'missing').length;
      const findings = summary.findings.total;
      this.item.text = `$(checklist) ${present}/${required} sections · ${findings} ${findings === 1 ? 'finding' : 'findings'}`;
    }
    this.item.tooltip = tooltip(summary);
    this.item.backgroundColor = summary.configurationErrors.length > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }
}

function tooltip(summary: ModelSummary): vscode.MarkdownString {
  const lines = [`**Postmortem** · profile ${summary.profile.label || summary.profile.id}`];
  const missing = summary.requiredSections.filter((section) => section.status === 'missing').map((section) => section.title);
  const empty = summary.requiredSections.filter((section) => section.status === 'empty').map((section) => section.title);
  if (missing.length > 0) lines.push(`Missing sections: ${missing.join(', ')}`);
  if (empty.length > 0) lines.push(`Empty sections: ${empty.join(', ')}`);
  for (const error of summary.configurationErrors) lines.push(`$(error) ${error}`);
  if (summary.configFileIgnored || !vscode.workspace.isTrusted) {
    lines.push(
      '$(shield) Restricted mode: `.postmortemrc.json` and the templates in `.postmortem/templates` are ignored; only the built-in rules, profiles and templates apply. Trust this workspace to use them.',
    );
  } else if (summary.configFile) {
    lines.push(`Configuration: ${vscode.workspace.asRelativePath(summary.configFile)}`);
  }
  lines.push('Click to open the Problems panel.');
  const markdown = new vscode.MarkdownString(lines.join('\n\n'), true);
  return markdown;
}
