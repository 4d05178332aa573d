// The language server: LSP plumbing only. Each handler finds the document, takes its cached
// analysis and hands it to one feature module.
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../version';
import { AnalysisLog } from './analysisLog';
import { registerAuthoringRequests } from './authoringRequests';
import { COMPLETION_TRIGGER_CHARACTERS, MARKDOWN, mayComplete } from '../engine';
import { CODE_ACTION_KINDS, codeActions, type CodeActionSupport } from './codeActions';
import { completion } from './completion';
import { Configurations } from './configurations';
import { DocumentAnalyses } from './documentAnalyses';
import { documentSymbols } from './documentSymbols';
import { hover } from './hover';
import { IdleCollection } from './idleCollection';
import { modelSummary } from './modelSummary';
import { preview, sectionInsertionEdit } from './previews';
import {
  LintFileRequest,
  ModelRequest,
  PreviewRequest,
  SectionInsertionRequest,
  SETTINGS_SECTION,
  WorkspaceIndexRequest,
  WorkspaceTrustedNotification,
  type InitializationOptions,
  type LintFileParams,
  type LintFileResult,
  type ModelParams,
  type ModelSummary,
  type PreviewParams,
  type PreviewResult,
  type SectionInsertionParams,
  type SectionInsertionResult,
  type WorkspaceIndexParams,
} from './protocol';
import { pushedSettingsSection } from './settings';
import { Validation } from './validation';
import type { ServerPlatform, WorkspaceIndexService } from './platform';
import { WatchedFiles } from './watchedFiles';

/** `platform`: how the files around the documents are read, on Node or in a web worker. */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(TextDocument);
  const idleCollection = new IdleCollection();
  const watchedFiles = new WatchedFiles(connection, platform.startFolderWatcher);
  let configurations: Configurations;
  let analyses: DocumentAnalyses;
  let validation: Validation;
  let workspaceIndex: WorkspaceIndexService;
  let canRegisterConfiguration = false;
  let initialFolders: string[] = [];
  let codeActionSupport: CodeActionSupport = { snippetEdits: false, disabled: false };
  let supportsFolderChanges = false;

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as Partial<InitializationOptions>;
    const workspace = params.capabilities.workspace;
    canRegisterConfiguration = !!workspace?.didChangeConfiguration?.dynamicRegistration;
    watchedFiles.setCapabilities(params.capabilities);
    supportsFolderChanges = !!workspace?.workspaceFolders;
    codeActionSupport = {
      snippetEdits: !!workspace?.workspaceEdit?.snippetEditSupport,
      disabled: !!params.capabilities.textDocument?.codeAction?.disabledSupport,
    };
    configurations = new Configurations(connection, platform, {
      canPullSettings: !!workspace?.configuration,
      // Without word from the client (the CLI, protocol tests), the user started us on their files.
      workspaceTrusted: options.workspaceTrusted ?? true,
    });
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    configurations.setWorkspaceFolders(folders);
    configurations.setPushedSettings(pushedSettingsSection(options));
    initialFolders = folders;
    analyses = new DocumentAnalyses(configurations, documents);
    validation = new Validation(connection, documents, analyses, configurations, new AnalysisLog(connection));
    workspaceIndex = platform.workspaceIndex(connection, documents, configurations, analyses, idleCollection);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
        documentSymbolProvider: options.documentSymbols !== false,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postmortem-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    const trust = configurations.workspaceTrusted ? 'trusted' : 'not trusted: .postmortemrc.json files and workspace templates are ignored';
    connection.console.info(`Postmortem language server ${VERSION} started (${platform.description}); workspace ${trust}.`);
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    watchedFiles.start(initialFolders);
    if (supportsFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        configurations.setWorkspaceFolders(folders.map((folder) => folder.uri));
        watchedFiles.setFolders(folders.map((folder) => folder.uri));
        configurationChanged();
      });
    }
    // After the open documents' first analyses have started: they go first.
    void workspaceIndex.rebuild();
  });

  /** Settings, a configuration file, trust or folders changed: check every open document again, then the others. */
  function configurationChanged(): void {
    analyses.invalidateAll();
    validation.validateAll();
    void workspaceIndex.rebuild();
  }

  // Fires on open too; Validation checks a newly opened document at once, later edits after the debounce.
  documents.onDidChangeContent(({ document }) => {
    validation.validateSoon(document);
    workspaceIndex.documentChanged(document);
    idleCollection.afterWork();
  });
  documents.onDidOpen(({ document }) => workspaceIndex.documentOpened(document.uri));
  documents.onDidClose(({ document }) => {
    validation.clear(document.uri);
    analyses.forget(document.uri);
    configurations.forgetDocument(document.uri);
    void workspaceIndex.documentClosed(document.uri);
    idleCollection.afterWork();
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    // VS Code sends null and is asked instead; other editors send { postmortem: { … } }.
    const pushed = pushedSettingsSection(settings);
    if (pushed !== undefined) configurations.setPushedSettings(pushed);
    configurations.forgetSettings();
    configurationChanged();
  });
  watchedFiles.onDidChange((changes) => {
    // Markdown files change what the workspace index holds; configuration files change how every file is checked.
    const markdown = changes.filter((change) => MARKDOWN.test(change.uri));
    for (const change of markdown) void workspaceIndex.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    const others = changes.filter((change) => !markdown.includes(change));
    if (others.length === 0) return;
    for (const change of others) {
      const enginePath = platform.enginePath(change.uri);
      if (enginePath === undefined) continue;
      configurations.workspace.invalidate(enginePath);
      connection.console.info(
        `${platform.displayPath(enginePath)} ${['', 'created', 'changed', 'deleted'][change.type] ?? 'changed'}: checking the open postmortems again.`,
      );
    }
    configurationChanged();
  });
  connection.onNotification(WorkspaceTrustedNotification.method, () => {
    configurations.setWorkspaceTrusted(true);
    configurationChanged();
  });

  connection.onRequest(WorkspaceIndexRequest.method, ({ today }: WorkspaceIndexParams) => workspaceIndex.result(today));
  connection.onRequest(LintFileRequest.method, async ({ uri }: LintFileParams): Promise<LintFileResult> => {
    const document = documents.get(uri);
    if (!document) return { linted: false };
    analyses.optIn(uri);
    await validation.validateNow(document);
    return { linted: true };
  });
  connection.onRequest(ModelRequest.method, async ({ uri }: ModelParams): Promise<ModelSummary | null> => {
    const document = documents.get(uri);
    if (!document) return null;
    const analysis = await analyses.get(document);
    return analysis.isPostmortem ? modelSummary(analysis) : null;
  });
  connection.onRequest(PreviewRequest.method, async (params: PreviewParams): Promise<PreviewResult | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    const analysis = await analyses.get(document);
    return analysis.isPostmortem ? preview(analysis, params) : null;
  });
  connection.onRequest(
    SectionInsertionRequest.method,
    async ({ uri, title }: SectionInsertionParams): Promise<SectionInsertionResult | null> => {
      const document = documents.get(uri);
      return document ? sectionInsertionEdit(await analyses.get(document), title) : null;
    },
  );

  // A getter: the analyses are created in onInitialize, after the handlers are registered.
  registerAuthoringRequests(connection, documents, () => analyses);

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(params, document, await analyses.get(document), codeActionSupport) : null;
  });
  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !mayComplete(document.getText(), document.offsetAt(params.position))) return null;
    return completion(params, document, await analyses.get(document), platform.owners, configurations.workspaceTrusted);
  });
  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return document ? hover(await analyses.get(document), position) : null;
  });
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    const result = document && (await analyses.get(document)).result;
    return result ? documentSymbols(result) : null;
  });

  documents.listen(connection);
  connection.listen();
}
