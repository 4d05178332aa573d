// The team's view of its postmortems, in the "Postmortems" view container: every postmortem of the
// workspace (sorted and grouped as the user chose) and every action item across them (filtered:
// open, ownerless, overdue, mine, repeats). Both read the server's workspace index, refreshed
// when the server says it changed. The choices persist per workspace.
import * as vscode from 'vscode';
import { WorkspaceIndexRequest, type WorkspaceIndexParams, type WorkspaceIndexResult } from '../../../server/src/lsp/protocol';
import { today } from '../authoring/newPostmortem';
import type { LanguageServer } from '../languageServer';
import { revealLine } from '../revealInEditor';
import {
  ACTION_ITEM_FILTERS,
  actionItemRows,
  filterDescription,
  POSTMORTEM_GROUPS,
  POSTMORTEM_SORTS,
  postmortemRows,
  type ActionItemFilter,
  type PostmortemGroup,
  type PostmortemSort,
  type TeamRow,
} from './teamItems';

export const POSTMORTEMS_VIEW_ID = 'postmortem.team.postmortems';
export const ACTION_ITEMS_VIEW_ID = 'postmortem.team.actionItems';
export const OPEN_ROW_COMMAND = 'postmortem.team.open';
/** Set where the server cannot list the workspace's postmortems (the web): package.json's viewsWelcome says why. */
const TEAM_INDEX_UNAVAILABLE_CONTEXT = 'postmortem.team.indexUnavailable';
const SORT_KEY = 'postmortem.team.sort';
const GROUP_KEY = 'postmortem.team.group';
const FILTERS_KEY = 'postmortem.team.filters';

/** The server's workspace index as last answered, asked again whenever the server says it changed. */
export class TeamIndex implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WorkspaceIndexResult>();
  /** Fires after each answer (views redraw; the end-to-end tests wait on it). */
  readonly onDidChange = this.changed.event;
  private latest: WorkspaceIndexResult | undefined;
  private sequence = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly server: LanguageServer) {
    this.disposables = [
      this.changed,
      server.onDidChangeWorkspaceIndex(() => void this.refresh()),
      server.onDidChangeState(() => void this.refresh()),
    ];
    void this.refresh();
  }

  get current(): WorkspaceIndexResult | undefined {
    return this.latest;
  }

  async refresh(): Promise<WorkspaceIndexResult | undefined> {
    const sequence = ++this.sequence;
    const params: WorkspaceIndexParams = { today: today() };
    let result: WorkspaceIndexResult | undefined;
    try {
      result = await this.server.request<WorkspaceIndexResult>(WorkspaceIndexRequest.method, params);
    } catch (error) {
      this.server.output.warn(`Reading the workspace index: ${error instanceof Error ? error.message : String(error)}`);
      return this.latest;
    }
    // Only the latest request may update the views: answers can arrive out of order.
    if (!result || sequence !== this.sequence) return this.latest;
    this.latest = result;
    this.changed.fire(result);
    return result;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A tree of TeamRows: the rows are recomputed by the owner, the tree only shows them. */
class RowTree implements vscode.TreeDataProvider<TeamRow> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  rows: TeamRow[] = [];

  show(rows: TeamRow[]): void {
    this.rows = rows;
    this.changed.fire();
  }

  getChildren(row?: TeamRow): TeamRow[] {
    return row ? (row.children ?? []) : this.rows;
  }

  getTreeItem(row: TeamRow): vscode.TreeItem {
    const item = new vscode.TreeItem(
      row.label,
      row.children ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = row.id;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.contextValue = row.contextValue;
    item.iconPath = new vscode.ThemeIcon(row.icon, row.iconColor ? new vscode.ThemeColor(row.iconColor) : undefined);
    if (row.uri) {
      // A postmortem row shows its file's problem count and colour, as the Explorer does; an item row would repeat it.
      if (row.contextValue === 'postmortem') item.resourceUri = vscode.Uri.parse(row.uri);
      item.command = { command: OPEN_ROW_COMMAND, title: 'Open', arguments: [row] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export class TeamViews implements vscode.Disposable {
  readonly index: TeamIndex;
  private readonly postmortems = new RowTree();
  private readonly actionItems = new RowTree();
  private readonly postmortemsView: vscode.TreeView<TeamRow>;
  private readonly actionItemsView: vscode.TreeView<TeamRow>;
  private readonly updated = new vscode.EventEmitter<TeamViews['rows']>();
  /** Fires with the rows after the views were redrawn (for the end-to-end tests). */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[];
  /** git's user name, asked once: the default of postmortem.me. */
  private gitNames: Promise<string[]> | undefined;

  constructor(
    private readonly server: LanguageServer,
    private readonly state: vscode.Memento,
  ) {
    this.index = new TeamIndex(server);
    this.postmortemsView = vscode.window.createTreeView(POSTMORTEMS_VIEW_ID, { treeDataProvider: this.postmortems, showCollapseAll: true });
    this.actionItemsView = vscode.window.createTreeView(ACTION_ITEMS_VIEW_ID, {
      treeDataProvider: this.actionItems,
      showCollapseAll: true,
    });
    this.disposables = [
      this.index,
      this.postmortems,
      this.actionItems,
      this.postmortemsView,
      this.actionItemsView,
      this.updated,
      this.index.onDidChange((result) => {
        // The views' welcome text: why they are empty where the server cannot list postmortems (the web).
        void vscode.commands.executeCommand('setContext', TEAM_INDEX_UNAVAILABLE_CONTEXT, result.unavailable !== undefined);
        void this.redraw();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('postmortem.me') && void this.redraw()),
    ];
  }

  get sort(): PostmortemSort {
    const sort = this.state.get<string>(SORT_KEY);
    return POSTMORTEM_SORTS.includes(sort as PostmortemSort) ? (sort as PostmortemSort) : 'date';
  }

  get group(): PostmortemGroup {
    const group = this.state.get<string>(GROUP_KEY);
    return POSTMORTEM_GROUPS.includes(group as PostmortemGroup) ? (group as PostmortemGroup) : 'none';
  }

  get filters(): Set<ActionItemFilter> {
    const saved = this.state.get<string[]>(FILTERS_KEY) ?? ['open'];
    return new Set(ACTION_ITEM_FILTERS.filter((filter) => saved.includes(filter)));
  }

  /** The rows each view shows now (for the end-to-end tests). */
  get rows(): { postmortems: TeamRow[]; actionItems: TeamRow[] } {
    return { postmortems: this.postmortems.rows, actionItems: this.actionItems.rows };
  }

  /** "Sort Postmortems…": by date, severity, status or title; `choice` skips the question. */
  async chooseSort(choice?: unknown): Promise<void> {
    const sort = POSTMORTEM_SORTS.includes(choice as PostmortemSort)
      ? (choice as PostmortemSort)
      : (
          await vscode.window.showQuickPick(
            POSTMORTEM_SORTS.map((value) => ({
              label: `By ${value}`,
              value,
              picked: value === this.sort,
              description: value === this.sort ? 'current' : undefined,
            })),
            { title: 'Sort postmortems', placeHolder: 'Newest first by date; most severe first by severity' },
          )
        )?.value;
    if (!sort) return;
    await this.state.update(SORT_KEY, sort);
    await this.redraw();
  }

  /** "Group Postmortems…": none, by severity, status or year. */
  async chooseGroup(choice?: unknown): Promise<void> {
    const group = POSTMORTEM_GROUPS.includes(choice as PostmortemGroup)
      ? (choice as PostmortemGroup)
      : (
          await vscode.window.showQuickPick(
            POSTMORTEM_GROUPS.map((value) => ({
              label: value === 'none' ? 'No groups' : `By ${value}`,
              value,
              description: value === this.group ? 'current' : undefined,
            })),
            { title: 'Group postmortems' },
          )
        )?.value;
    if (!group) return;
    await this.state.update(GROUP_KEY, group);
    await this.redraw();
  }

  /** "Filter Action Items…": any of open, ownerless, overdue, mine, repeats; `choice` (an array) skips the question. */
  async chooseFilters(choice?: unknown): Promise<void> {
    let filters: ActionItemFilter[] | undefined;
    if (Array.isArray(choice)) filters = ACTION_ITEM_FILTERS.filter((filter) => choice.includes(filter));
    else {
      const current = this.filters;
      const descriptions: Record<ActionItemFilter, string> = {
        open: 'not done yet',
        ownerless: 'nobody owns them',
        overdue: 'open, past their due date',
        mine: 'owned by you (postmortem.me, else git user.name)',
        repeats: 'ask again for an open item of an earlier postmortem',
      };
      const picked = await vscode.window.showQuickPick(
        ACTION_ITEM_FILTERS.map((value) => ({
          label: value.charAt(0).toUpperCase() + value.slice(1),
          description: descriptions[value],
          value,
          picked: current.has(value),
        })),
        { title: 'Show action items that are…', canPickMany: true, placeHolder: 'None picked: every action item' },
      );
      filters = picked?.map((item) => item.value);
    }
    if (!filters) return;
    await this.state.update(FILTERS_KEY, filters);
    await this.redraw();
  }

  /** Who "mine" is: postmortem.me (names or @handles, comma-separated), else git's user.name. */
  private async me(): Promise<string[]> {
    const configured = vscode.workspace.getConfiguration('postmortem').get<string>('me', '').trim();
    if (configured) return configured.split(',').map((name) => name.trim());
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return [];
    this.gitNames ??= this.server.platform.gitUserNames(folder);
    return this.gitNames;
  }

  private async redraw(): Promise<void> {
    const index = this.index.current;
    if (!index) return;
    const filters = this.filters;
    this.postmortems.show(postmortemRows(index, this.sort, this.group));
    this.actionItems.show(actionItemRows(index, filters, filters.has('mine') ? await this.me() : []));
    this.postmortemsView.description = index.indexing ? 'reading…' : `${index.postmortems.length}`;
    this.postmortemsView.message =
      index.problems.length > 0
        ? `${index.problems.length} file${index.problems.length === 1 ? '' : 's'} left out: ${index.problems.map((problem) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(problem.file))} ${problem.message}`).join('; ')}`
        : undefined;
    this.actionItemsView.description = filterDescription(filters) || 'all';
    const shown = this.actionItems.rows.reduce((count, row) => count + (row.children?.length ?? 0), 0);
    this.actionItemsView.message =
      index.actionItems.length > 0 && shown === 0
        ? `No action item is ${filterDescription(filters).toLowerCase()}. Change the filter to see the others.`
        : undefined;
    this.updated.fire(this.rows);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A click on a row: the postmortem, at the action item's line. */
export async function openRow(row: unknown): Promise<void> {
  const { uri, range } = (row ?? {}) as TeamRow;
  if (typeof uri !== 'string') return;
  await revealLine(vscode.Uri.parse(uri), range?.start.line ?? 0);
}

/** "Quick Fix…" on an action item: its line in the editor, and the editor's own quick fixes there. */
export async function quickFixRow(row: unknown): Promise<void> {
  const { uri, range } = (row ?? {}) as TeamRow;
  if (typeof uri !== 'string') return;
  const target = vscode.Uri.parse(uri);
  const wasOpen = vscode.workspace.textDocuments.some((document) => document.uri.toString() === target.toString());
  // A file just opened gets its own analysis: its fixes come with the diagnostics published then.
  const analysed = wasOpen ? Promise.resolve() : diagnosticsChanged(target, 5_000);
  await revealLine(target, range?.start.line ?? 0);
  await analysed;
  await vscode.commands.executeCommand('editor.action.quickFix');
}

function diagnosticsChanged(uri: vscode.Uri, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics(
      ({ uris }) => uris.some((changed) => changed.toString() === uri.toString()) && done(),
    );
  });
}
