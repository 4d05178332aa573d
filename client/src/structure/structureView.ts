// The "Postmortem" view in the Explorer: the active postmortem's required sections, action items
// and timeline, from postmortem/model. It follows the active editor (and keeps the last
// postmortem while focus is elsewhere, e.g. in the preview), and refreshes after a pause in
// typing. The tree is only redrawn when what it shows changed, and ids are stable, so typing
// causes no flicker and no lost expansion. Like the Outline view, it follows the cursor: the row
// of the section, action item or timeline entry the cursor is in is selected. It is the
// postmortem's outline; the Outline view itself is VS Code's Markdown outline of the headings.
import * as vscode from 'vscode';
import { ModelRequest, type ModelParams, type ModelSummary } from '../../../server/src/lsp/protocol';
import { DocumentChangeWatcher } from '../documentChanges';
import type { LanguageServer } from '../languageServer';
import { structureItems, structurePathAt, type StructureItem } from './structureItems';

export const STRUCTURE_VIEW_ID = 'postmortem.structure';
/** True while the view has a postmortem to show: its `when` clause in package.json. */
export const STRUCTURE_CONTEXT = 'postmortem.structureView.hasPostmortem';
export const REVEAL_COMMAND = 'postmortem.structure.reveal';
export const INSERT_SECTION_COMMAND = 'postmortem.structure.insertSection';

/** What the tree shows, for one version of one document. */
export interface StructureSnapshot {
  uri: string;
  version: number;
  items: StructureItem[];
}

export class StructureView implements vscode.TreeDataProvider<StructureItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StructureItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly snapshotChanged = new vscode.EventEmitter<StructureSnapshot | undefined>();
  /** Fires after each answer from the server (for the end-to-end tests, which wait on it). */
  readonly onDidUpdate = this.snapshotChanged.event;
  private readonly view: vscode.TreeView<StructureItem>;
  private readonly watcher: DocumentChangeWatcher;
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private current: StructureSnapshot | undefined;
  private shown = '';
  /** Each row's parent, for reveal(). */
  private parents = new Map<StructureItem, StructureItem>();
  /** Answers may arrive out of order; only the latest request may update the tree. */
  private sequence = 0;

  constructor(private readonly server: LanguageServer) {
    this.view = vscode.window.createTreeView(STRUCTURE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.watcher = new DocumentChangeWatcher(
      server,
      () => this.document,
      () => void this.refresh(),
    );
    this.disposables = [
      this.view,
      this.watcher,
      this.changed,
      this.snapshotChanged,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeTextEditorSelection(
        ({ textEditor }) => textEditor.document === this.document && this.revealCursor(textEditor),
      ),
      this.view.onDidChangeVisibility(() => vscode.window.activeTextEditor && this.revealCursor(vscode.window.activeTextEditor)),
      vscode.workspace.onDidCloseTextDocument((document) => document === this.document && this.follow(undefined, true)),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The document and version the tree shows, if any. */
  get snapshot(): StructureSnapshot | undefined {
    return this.current;
  }

  getTreeItem(item: StructureItem): vscode.TreeItem {
    const treeItem = new vscode.TreeItem(
      item.label,
      item.children ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    treeItem.id = item.id;
    treeItem.description = item.description;
    treeItem.tooltip = item.tooltip;
    treeItem.contextValue = item.contextValue;
    treeItem.iconPath = new vscode.ThemeIcon(item.icon, item.iconColor ? new vscode.ThemeColor(item.iconColor) : undefined);
    const uri = this.current?.uri;
    if (uri && item.missingSection) {
      treeItem.command = { command: INSERT_SECTION_COMMAND, title: 'Insert Missing Section', arguments: [uri, item.missingSection] };
    } else if (uri && item.range) {
      treeItem.command = { command: REVEAL_COMMAND, title: 'Reveal in Editor', arguments: [uri, item.range.start.line] };
    }
    return treeItem;
  }

  getChildren(item?: StructureItem): StructureItem[] {
    return item ? (item.children ?? []) : (this.current?.items ?? []);
  }

  getParent(item: StructureItem): StructureItem | undefined {
    return this.parents.get(item);
  }

  /** The row the cursor's line is in, once selected in the view (for the end-to-end tests). */
  get selection(): readonly StructureItem[] {
    return this.view.selection;
  }

  /** Selects the row of the cursor's line, without taking focus, while the view is shown. */
  private revealCursor(editor: vscode.TextEditor): void {
    if (!this.view.visible || editor.document !== this.document || !this.current) return;
    const path = structurePathAt(this.current.items, editor.selection.active.line);
    const row = path[path.length - 1];
    if (row && this.view.selection[0]?.id !== row.id)
      void this.view.reveal(row, { select: true, focus: false }).then(undefined, () => undefined);
  }

  /** Asks the server for the followed document's model and redraws the tree if it changed. */
  async refresh(): Promise<void> {
    const sequence = ++this.sequence;
    const document = this.document;
    let summary: ModelSummary | null | undefined;
    if (document) {
      const params: ModelParams = { uri: document.uri.toString() };
      summary = await this.server.request<ModelSummary | null>(ModelRequest.method, params).catch(() => undefined);
    }
    if (sequence !== this.sequence) return;
    // The server had not yet seen the latest edit: ask again once it has.
    if (summary && document && summary.version < document.version) this.watcher.refreshSoon();
    this.show(summary ? { uri: summary.uri, version: summary.version, items: structureItems(summary) } : undefined);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** A Markdown editor becomes the followed document; no editor (focus in a webview) keeps the last one. */
  private follow(editor: vscode.TextEditor | undefined, closed = false): void {
    if (!editor && !closed) return;
    const document = editor?.document.languageId === 'markdown' ? editor.document : undefined;
    if (document === this.document && !closed) return;
    this.document = document;
    this.watcher.refreshNow();
  }

  private show(snapshot: StructureSnapshot | undefined): void {
    this.current = snapshot;
    this.parents = new Map();
    const link = (item: StructureItem) => item.children?.forEach((child) => (this.parents.set(child, item), link(child)));
    snapshot?.items.forEach(link);
    void vscode.commands.executeCommand('setContext', STRUCTURE_CONTEXT, !!snapshot);
    this.view.message = snapshot ? undefined : 'Open a postmortem to see its required sections, action items and timeline.';
    this.view.description = snapshot ? vscode.workspace.asRelativePath(vscode.Uri.parse(snapshot.uri)) : undefined;
    // Redraw only when something visible changed: the server answers after every pause in typing.
    const shown = JSON.stringify([snapshot?.uri, snapshot?.items]);
    if (shown !== this.shown) {
      this.shown = shown;
      this.changed.fire(undefined);
    }
    this.snapshotChanged.fire(snapshot);
    if (vscode.window.activeTextEditor) this.revealCursor(vscode.window.activeTextEditor);
  }
}
