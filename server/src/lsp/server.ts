/**
 * The language server: wires the connection to the modules that do the work. Shared by the node
 * main (stdio) and the browser main (web worker); all file access goes through `Runtime`.
 *
 * - `folders`: workspace folders, their config file and editor settings;
 * - `workspace-index`: the description files on disk and their ids (cross-file rules);
 * - `analysis`: one validation per open document version;
 * - `diagnostics-push` / `diagnostics-pull`: when results reach the client (one seam, `diagnostics`);
 * - `features` and `client-requests`: what the client asks for.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createAnalysisCache, type AnalysisCache } from './analysis';
import { registerClientRequests } from './client-requests';
import { FIX_ALL_KIND, SOURCE } from './convert';
import type { DiagnosticsDeps, DiagnosticsModel } from './diagnostics';
import { createPullDiagnostics } from './diagnostics-pull';
import { createPushDiagnostics } from './diagnostics-push';
import { openService, registerFeatures } from './features';
import { createFolderConfigs, type FolderConfigs } from './folders';
import type { Runtime } from './runtime';
import { RULE_IDS } from '../core';
import { SHOW_RULE_DOCS_COMMAND } from './protocol';
import { registerShowRuleDocs } from './rule-actions';
import { createSettingsSource, SETTINGS_SECTION, type SettingsSource } from './settings';
import { createWorkspaceIndex, type WorkspaceIndex } from './workspace-index';

export { LANGUAGE_ID } from './folders';

interface Session {
  readonly folders: FolderConfigs;
  readonly index: WorkspaceIndex;
  readonly analysis: AnalysisCache;
  readonly diagnostics: DiagnosticsModel;
  readonly watchDynamically: boolean;
  readonly configurationRequests: boolean;
  readonly settings: SettingsSource;
}

/** A promise and the function that settles it. */
function settledLater(): { readonly promise: Promise<void>; settle(): void } {
  let settle = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, settle: () => settle() };
}

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string): void => connection.console.log(`[${SOURCE}] ${message}`);
  let session: Session | undefined;
  const firstScan = settledLater();
  const current = (): Session => {
    if (!session) throw new Error('the server is not initialised');
    return session;
  };

  async function scanWorkspace(s: Session): Promise<void> {
    if (!runtime.fs) return s.index.replaceFiles([]);
    // Swapped in at once: a workspace pull running meanwhile must not see an empty or partial set.
    const found = new Set<string>();
    for (const folder of s.folders.all) {
      if (folder.path === undefined) continue;
      for (const path of await runtime.fs.findFiles(folder.path, folder.config.files)) {
        const uri = URI.file(path).toString();
        if (s.folders.isDescription(uri)) found.add(uri);
      }
    }
    // Files that settings now exclude (`enable`, `ignore`) lose what was shown for them.
    const dropped = [...s.index.files].filter((uri) => !found.has(uri));
    s.index.replaceFiles(found);
    for (const uri of dropped) s.diagnostics.deleted(uri);
    log(`${found.size} description(s) in the workspace`);
  }

  async function reload(s: Session, what: 'settings' | 'config-files'): Promise<void> {
    const changed = what === 'settings' ? await s.folders.reload() : await s.folders.reloadConfigFiles();
    if (changed) s.analysis.invalidateAll();
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    const roots = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const configurationRequests = capabilities.workspace?.configuration === true;
    const settings = createSettingsSource(connection, configurationRequests, params.initializationOptions);
    const folders = createFolderConfigs(connection, runtime, { roots, clientLocale: params.locale, settings });
    const index = createWorkspaceIndex((uri) => folders.displayName(uri));
    const analysis = createAnalysisCache({
      runtime,
      folders,
      index,
      isCurrent: (document) => documents.get(document.uri) === document,
      // Cross-file changes found by a check go to the diagnostics model of this session.
      onCrossFileChange: (uris) => session?.diagnostics.stale(uris),
      // `$/logTrace`, sent only while the client traces the server (`interventionLint.trace.server`):
      // a log line per check was a third of the messages of opening 1,000 files.
      trace: (message) => connection.tracer.log(`[${SOURCE}] ${message}`),
    });
    const deps: DiagnosticsDeps = { connection, documents, folders, index, analysis, runtime, log, scanned: firstScan.promise };
    const diagnostics = capabilities.textDocument?.diagnostic !== undefined ? createPullDiagnostics(deps) : createPushDiagnostics(deps);
    session = {
      folders,
      index,
      analysis,
      diagnostics,
      watchDynamically: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationRequests,
      settings,
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...diagnostics.capabilities,
        completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        executeCommandProvider: { commands: [SHOW_RULE_DOCS_COMMAND] },
      },
      serverInfo: { name: SOURCE },
    };
  });

  connection.onInitialized(async () => {
    const s = current();
    if (s.watchDynamically) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
    }
    if (s.configurationRequests) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((error: unknown) => log(`cannot watch the settings: ${String(error)}`));
    }
    try {
      await reload(s, 'settings');
      await scanWorkspace(s);
    } finally {
      // Also after a failed scan: a pull must not wait for a scan that will never end.
      firstScan.settle();
    }
    s.diagnostics.refreshAll();
  });

  connection.onDidChangeConfiguration(async ({ settings }) => {
    const s = current();
    s.settings.pushed(settings);
    await reload(s, 'settings');
    await scanWorkspace(s);
    s.diagnostics.refreshAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    const s = current();
    if (changes.some((change) => s.folders.isConfigFile(change.uri))) {
      await reload(s, 'config-files');
      await scanWorkspace(s);
      s.diagnostics.refreshAll();
      return;
    }
    const touched: string[] = [];
    for (const change of changes) {
      if (!s.folders.isDescription(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        s.index.removeFile(change.uri);
        s.analysis.drop(change.uri);
        s.diagnostics.deleted(change.uri);
        s.diagnostics.stale(s.index.forget(change.uri));
      } else {
        s.index.addFile(change.uri);
        if (!documents.get(change.uri)) touched.push(change.uri);
      }
    }
    s.diagnostics.stale(touched);
  });

  documents.onDidOpen(({ document }) => session?.diagnostics.opened(document));
  documents.onDidChangeContent(({ document }) => session?.diagnostics.changed(document));
  documents.onDidSave(({ document }) => session?.diagnostics.saved(document));
  documents.onDidClose(({ document }) => {
    const s = current();
    s.analysis.drop(document.uri);
    // A closed file outside the workspace is forgotten entirely, so long sessions stay flat.
    if (!s.index.files.has(document.uri)) s.diagnostics.stale(s.index.forget(document.uri));
    s.diagnostics.closed(document.uri);
  });

  registerShowRuleDocs(connection, runtime.ruleDocsBase, RULE_IDS);
  registerFeatures({
    connection,
    documents,
    runtime,
    log,
    get folders() {
      return current().folders;
    },
    get analysis() {
      return current().analysis;
    },
  });

  registerClientRequests(connection, log, {
    openService: (uri) => openService({ documents, ...current() }, uri),
    async serviceForAnyFile(uri) {
      const s = current();
      const open = openService({ documents, ...s }, uri);
      if (open) return open;
      const document = await s.analysis.readClosed(uri);
      return document ? s.analysis.ofClosed(document) : undefined;
    },
    async descriptionUris() {
      const s = current();
      await scanWorkspace(s);
      const open = documents.all().filter((d) => s.folders.isDescription(d.uri, d.languageId)).map((d) => d.uri);
      return [...new Set([...s.index.files, ...open])];
    },
    refreshAll: () => current().diagnostics.refreshAll(),
  });

  documents.listen(connection);
  connection.listen();
}
