/**
 * The language server: LSP wiring around the validation core and the language services. Shared by
 * the node main (stdio) and the browser main (web worker); all file access goes through `Runtime`.
 */
import picomatch from 'picomatch';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import {
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  mergeConfig,
  parseConfig,
  RULE_IDS,
  validate,
  withTimeBudget,
  type WorkspaceView,
  type Config,
  type ConfigOverrides,
} from '../core';
import { complete, documentLinks, documentSymbols, foldingRanges, hover } from '../services';
import { registerClientRequests } from './client-requests';
import { codeActions } from './code-actions';
import { formattingEdits } from './formatting';
import type { ServiceDocument } from '../services/types';
import { FIX_ALL_KIND, SOURCE, toDiagnostic } from './convert';
import type { Runtime } from './runtime';
import { createSettingsSource, sanitiseSettings, SETTINGS_SECTION, type SettingsSource } from './settings';

export const LANGUAGE_ID = 'intervention-yaml';
/** Pause after the last keystroke before pushing diagnostics; short, and never skipped. */
export const PUSH_DEBOUNCE_MS = 40;
/** During a long burst of edits, publish at least this often rather than only after it ends. */
export const PUSH_MAX_WAIT_MS = 150;
/** Full analyses (parse tree, findings) kept for hover and completion; older ones are re-made on demand. */
export const SERVICE_CACHE_SIZE = 24;
/** How long the editor must be quiet before closed workspace files are checked (push model). */
export const QUIET_BEFORE_CLOSED_MS = 100;

interface Folder {
  readonly uri: string;
  readonly path: string | undefined;
  fileOverrides: ConfigOverrides | undefined;
  editorOverrides: ConfigOverrides;
  config: Config;
}

interface CachedService {
  readonly version: number;
  readonly generation: number;
  readonly service: ServiceDocument;
}

function samePath(a: string, b: string): boolean {
  return a === b || a.startsWith(b.endsWith('/') ? b : `${b}/`);
}

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  const folders: Folder[] = [];
  const cache = new Map<string, CachedService>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Workspace files that are not open, with the diagnostics last published for them. */
  const workspaceFiles = new Set<string>();
  let pullMode = false;
  let watchDynamically = false;
  let configurationRequests = false;
  let clientLocale: string | undefined;
  let settingsSource: SettingsSource | undefined;
  /** Bumped on every config change so cached results and pull result ids are invalidated. */
  let generation = 0;
  /** uri → the description's `id`, for the cross-file rule `duplicate-id`. */
  const ids = new Map<string, string | undefined>();

  function displayName(uri: string): string {
    const folder = folderOf(uri);
    const relative = folder ? uri.slice(folder.uri.length + 1) : uri.slice(uri.lastIndexOf('/') + 1);
    return decodeURIComponent(relative);
  }

  /** id → the files that have it: the inverse of `ids`, so a check asks about its own id only. */
  const urisById = new Map<string, Set<string>>();

  function dropId(uri: string): void {
    const id = ids.get(uri);
    if (id !== undefined) urisById.get(id)?.delete(uri);
    ids.delete(uri);
  }

  /** Records a file's id; true when it changed, which may change `duplicate-id` elsewhere. */
  function indexId(uri: string, text: string): boolean {
    const id = idOf(text);
    const changed = ids.get(uri) !== id || !ids.has(uri);
    if (!changed) return false;
    dropId(uri);
    ids.set(uri, id);
    if (id !== undefined) urisById.set(id, (urisById.get(id) ?? new Set()).add(uri));
    return true;
  }

  function viewFrom(uri: string): WorkspaceView {
    return {
      otherFilesWithId: (id) => [...(urisById.get(id) ?? [])].filter((other) => other !== uri).map(displayName).sort(),
    };
  }

  function checkText(uri: string, text: string, config: Config): ReturnType<typeof validate> {
    const started = performance.now();
    const result = validate(text, { config, workspace: viewFrom(uri) });
    return { ...result, findings: withTimeBudget(result.findings, performance.now() - started, config) };
  }

  const log = (message: string): void => connection.console.log(`[${SOURCE}] ${message}`);

  function folderOf(uri: string): Folder | undefined {
    return folders.filter((f) => samePath(uri, f.uri)).sort((a, b) => b.uri.length - a.uri.length)[0];
  }

  function configOf(uri: string): Config {
    return folderOf(uri)?.config ?? mergeConfig(DEFAULT_CONFIG, sanitiseSettings(undefined, clientLocale).overrides);
  }

  function isDescription(uri: string, languageId?: string): boolean {
    if (languageId === LANGUAGE_ID) return true;
    const folder = folderOf(uri);
    const config = configOf(uri);
    const relative = folder && samePath(uri, folder.uri) ? uri.slice(folder.uri.length).replace(/^\//, '') : URI.parse(uri).path.replace(/^\//, '');
    return picomatch.isMatch(decodeURIComponent(relative), [...config.files], { dot: true }) || /\.intervention\.ya?ml$/.test(uri);
  }

  function analyse(document: TextDocument): ServiceDocument {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation && documents.get(document.uri) === document) {
      cache.delete(document.uri);
      cache.set(document.uri, cached);
      return cached.service;
    }
    const config = configOf(document.uri);
    const previousId = ids.get(document.uri);
    if (indexId(document.uri, document.getText())) idChanged(document.uri, previousId);
    const service: ServiceDocument = { document, result: checkText(document.uri, document.getText(), config), config };
    if (documents.get(document.uri) === document) {
      // Most recently used last; a parse tree per open file would grow with the workspace.
      cache.delete(document.uri);
      cache.set(document.uri, { version: document.version, generation, service });
      if (cache.size > SERVICE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return service;
  }

  function diagnosticsOf(service: ServiceDocument): Diagnostic[] {
    return service.result.findings.map((finding) => toDiagnostic(service.document, finding, runtime.ruleDocsBase));
  }

  async function readClosed(uri: string): Promise<TextDocument | undefined> {
    const path = URI.parse(uri).scheme === 'file' ? URI.parse(uri).fsPath : undefined;
    if (!runtime.fs || path === undefined) return undefined;
    const text = await runtime.fs.readFile(path);
    return text === undefined ? undefined : TextDocument.create(uri, LANGUAGE_ID, 0, text);
  }

  // ---------------------------------------------------------------------------------------------
  // Push diagnostics (clients without pull support)

  function publishOpen(uri: string): void {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    // Computed and published in one turn, so the result always belongs to `document.version`.
    const service = analyse(document);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(service) });
  }

  /** When a document was last opened or changed; closed files are checked in the quiet after it. */
  let lastActivity = 0;

  /** When the first change of the current burst arrived, per document (for the maximum wait). */
  const burstStart = new Map<string, number>();

  function schedule(uri: string): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    const now = Date.now();
    const started = burstStart.get(uri) ?? now;
    burstStart.set(uri, started);
    const wait = Math.max(0, Math.min(PUSH_DEBOUNCE_MS, started + PUSH_MAX_WAIT_MS - now));
    timers.set(
      uri,
      setTimeout(() => {
        burstStart.delete(uri);
        publishOpen(uri);
      }, wait),
    );
  }

  async function publishClosed(uri: string): Promise<void> {
    const document = await readClosed(uri);
    if (documents.get(uri)) return; // opened meanwhile: the open version wins
    if (!document) {
      // Unreadable (permissions, a link loop, deleted meanwhile): say so in the log, show nothing stale.
      log(`cannot read ${decodeURIComponent(uri)}; it is not checked`);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const config = configOf(uri);
    indexId(uri, document.getText());
    const service: ServiceDocument = { document, result: checkText(uri, document.getText(), config), config };
    void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(service) });
  }

  /** After a file's id changed, the files that shared the old or share the new id are checked again. */
  function idChanged(uri: string, previous: string | undefined): void {
    const current = ids.get(uri);
    const affected = [...new Set([...(previous !== undefined ? (urisById.get(previous) ?? []) : []), ...(current !== undefined ? (urisById.get(current) ?? []) : [])])].filter((other) => other !== uri);
    if (affected.length === 0) return;
    generation++;
    if (pullMode) {
      void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    setTimeout(() => {
      for (const other of affected) {
        if (documents.get(other)) publishOpen(other);
        else void publishClosed(other);
      }
    }, 0);
  }

  async function refreshAll(): Promise<void> {
    generation++;
    if (pullMode) {
      await connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of documents.all()) if (isDescription(document.uri, document.languageId)) publishOpen(document.uri);
    for (const uri of workspaceFiles) {
      // Closed files wait while the user (or a client) is opening and editing: what is on screen
      // comes first, and a file opened meanwhile is checked once, as an open document.
      while (Date.now() - lastActivity < QUIET_BEFORE_CLOSED_MS) await new Promise((r) => setTimeout(r, QUIET_BEFORE_CLOSED_MS));
      if (!documents.get(uri)) await publishClosed(uri);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Configuration: the project's config file, overridden by editor settings

  async function loadFolder(folder: Folder): Promise<void> {
    folder.fileOverrides = undefined;
    if (runtime.fs && folder.path !== undefined) {
      for (const name of CONFIG_FILE_NAMES) {
        const configUri = Utils.joinPath(URI.parse(folder.uri), name).toString();
        const text = await runtime.fs.readFile(URI.parse(configUri).fsPath);
        if (text === undefined) continue;
        const { overrides, problems } = parseConfig(text, RULE_IDS, folder.editorOverrides.language ?? 'en');
        const configDocument = TextDocument.create(configUri, 'yaml', 0, text);
        void connection.sendDiagnostics({
          uri: configUri,
          diagnostics: problems.map((p) => ({
            range: { start: configDocument.positionAt(p.range.start), end: configDocument.positionAt(p.range.end) },
            severity: 1,
            code: 'config',
            source: SOURCE,
            message: p.message,
          })),
        });
        if (problems.length > 0) log(`invalid config ${configUri}: the defaults and editor settings apply until it is fixed`);
        folder.fileOverrides = overrides;
        break;
      }
    }
    folder.config = mergeConfig(mergeConfig(DEFAULT_CONFIG, folder.fileOverrides), folder.editorOverrides);
  }

  async function loadSettings(): Promise<void> {
    for (const folder of folders) {
      const raw = await settingsSource?.read(folder.uri);
      folder.editorOverrides = sanitiseSettings(raw, clientLocale).overrides;
    }
  }

  async function scanWorkspace(): Promise<void> {
    if (!runtime.fs) {
      workspaceFiles.clear();
      return;
    }
    // Swapped in at once: a workspace pull running meanwhile must not see an empty or partial set.
    const found = new Set<string>();
    for (const folder of folders) {
      if (folder.path === undefined) continue;
      const paths = await runtime.fs.findFiles(folder.path, folder.config.files);
      for (const path of paths) found.add(URI.file(path).toString());
    }
    workspaceFiles.clear();
    for (const uri of found) workspaceFiles.add(uri);
    for (const uri of found) {
      if (documents.get(uri)) continue;
      const text = await runtime.fs.readFile(URI.parse(uri).fsPath);
      if (text !== undefined) indexId(uri, text);
    }
    log(`${workspaceFiles.size} description(s) in the workspace`);
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullMode = capabilities.textDocument?.diagnostic !== undefined;
    watchDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    configurationRequests = capabilities.workspace?.configuration === true;
    clientLocale = params.locale;
    settingsSource = createSettingsSource(connection, configurationRequests, params.initializationOptions);
    const roots = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    for (const root of roots) {
      const uri = root.uri.replace(/\/$/, '');
      const parsed = URI.parse(uri);
      folders.push({ uri, path: parsed.scheme === 'file' ? parsed.fsPath : undefined, fileOverrides: undefined, editorOverrides: {}, config: DEFAULT_CONFIG });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pullMode ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: true } } : {}),
        completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        documentFormattingProvider: true,
      },
      serverInfo: { name: SOURCE },
    };
  });

  connection.onInitialized(async () => {
    if (watchDynamically) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml}' }],
      });
    }
    if (configurationRequests) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    }
    await loadSettings();
    for (const folder of folders) await loadFolder(folder);
    await scanWorkspace();
    await refreshAll();
  });

  connection.onDidChangeConfiguration(async ({ settings }) => {
    settingsSource?.pushed(settings);
    await loadSettings();
    for (const folder of folders) await loadFolder(folder);
    await refreshAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let configChanged = false;
    const touched: string[] = [];
    for (const change of changes) {
      const name = change.uri.slice(change.uri.lastIndexOf('/') + 1);
      if ((CONFIG_FILE_NAMES as readonly string[]).includes(name)) {
        configChanged = true;
        continue;
      }
      if (!isDescription(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        workspaceFiles.delete(change.uri);
        const previousId = ids.get(change.uri);
        dropId(change.uri);
        idChanged(change.uri, previousId);
        cache.delete(change.uri);
        if (!documents.get(change.uri)) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      } else {
        workspaceFiles.add(change.uri);
        touched.push(change.uri);
      }
    }
    if (configChanged) {
      for (const folder of folders) await loadFolder(folder);
      await scanWorkspace();
      await refreshAll();
      return;
    }
    if (pullMode) {
      if (touched.length > 0) await connection.languages.diagnostics.refresh().catch(() => undefined);
    } else {
      for (const uri of touched) if (!documents.get(uri)) await publishClosed(uri);
    }
  });

  documents.onDidOpen(({ document }) => {
    lastActivity = Date.now();
    if (!pullMode && isDescription(document.uri, document.languageId)) publishOpen(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    lastActivity = Date.now();
    if (!pullMode && isDescription(document.uri, document.languageId)) schedule(document.uri);
  });

  documents.onDidClose(({ document }) => {
    const pending = timers.get(document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(document.uri);
    cache.delete(document.uri);
    // A closed file outside the workspace is forgotten entirely, so long sessions stay flat.
    if (!workspaceFiles.has(document.uri)) dropId(document.uri);
    if (pullMode) return;
    if (workspaceFiles.has(document.uri)) void publishClosed(document.uri);
    else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  // ---------------------------------------------------------------------------------------------
  // Pull diagnostics

  connection.languages.diagnostics.on(async (params, token) => {
    const open = documents.get(params.textDocument.uri);
    const document = open ?? (await readClosed(params.textDocument.uri));
    if (!document || token.isCancellationRequested || !isDescription(document.uri, document.languageId)) {
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    const resultId = `${generation}:${open ? `v${document.version}` : `h${hashText(document.getText())}`}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const service = open ? analyse(open) : { document, result: checkText(document.uri, document.getText(), configOf(document.uri)), config: configOf(document.uri) };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(service) };
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    // Open documents are included with their version: a document VS Code keeps open in the
    // background (not visible) is pulled only through here, and must not keep stale results.
    const openDescriptions = documents.all().filter((d) => isDescription(d.uri, d.languageId)).map((d) => d.uri);
    for (const uri of new Set([...workspaceFiles, ...openDescriptions])) {
      if (token.isCancellationRequested) break;
      const open = documents.get(uri);
      if (open) {
        const resultId = `${generation}:v${open.version}`;
        items.push(
          previous.get(uri) === resultId
            ? { uri, version: open.version, kind: DocumentDiagnosticReportKind.Unchanged, resultId }
            : { uri, version: open.version, kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(analyse(open)) },
        );
        continue;
      }
      const document = await readClosed(uri);
      if (!document) continue;
      const resultId = `${generation}:h${hashText(document.getText())}`;
      if (previous.get(uri) === resultId) {
        items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Unchanged, resultId });
        continue;
      }
      const config = configOf(uri);
      const diagnostics = diagnosticsOf({ document, result: checkText(uri, document.getText(), config), config });
      items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics });
    }
    return { items };
  });

  // ---------------------------------------------------------------------------------------------
  // Language features

  function openService(uri: string): ServiceDocument | undefined {
    const document = documents.get(uri);
    return document && isDescription(uri, document.languageId) ? analyse(document) : undefined;
  }

  /**
   * For the language features: undefined when the core refused to parse the text (too large, NUL
   * bytes, nesting too deep), whose line scanners would otherwise take minutes on such a text.
   */
  function featureService(uri: string): ServiceDocument | undefined {
    const service = openService(uri);
    return service?.result.parsed?.doc ? service : undefined;
  }

  connection.onCompletion((params, token) => {
    const service = featureService(params.textDocument.uri);
    if (!service || token.isCancellationRequested) return [];
    return complete(service, service.document.offsetAt(params.position));
  });

  connection.onHover((params, token) => {
    const service = featureService(params.textDocument.uri);
    if (!service || token.isCancellationRequested) return null;
    return hover(service, service.document.offsetAt(params.position));
  });

  connection.onDocumentSymbol((params, token) => {
    const service = featureService(params.textDocument.uri);
    return service && !token.isCancellationRequested ? documentSymbols(service) : [];
  });

  connection.onFoldingRanges((params, token) => {
    const service = featureService(params.textDocument.uri);
    return service && !token.isCancellationRequested ? foldingRanges(service) : [];
  });

  connection.onDocumentLinks((params, token) => {
    const service = featureService(params.textDocument.uri);
    return service && !token.isCancellationRequested ? documentLinks(service) : [];
  });

  connection.onDocumentFormatting((params, token) => {
    const service = openService(params.textDocument.uri);
    return service && !token.isCancellationRequested ? formattingEdits(service.document, params.options.tabSize, service.config.language, connection) : [];
  });

  connection.onCodeAction((params, token) => {
    const service = openService(params.textDocument.uri);
    if (!service || token.isCancellationRequested) return [];
    return codeActions(service, params.range, params.context.only, runtime.ruleDocsBase);
  });

  // ---------------------------------------------------------------------------------------------
  // Requests of the VS Code client (evidence report, status bar, check the workspace)

  async function serviceForAnyFile(uri: string): Promise<ServiceDocument | undefined> {
    const open = openService(uri);
    if (open) return open;
    const document = await readClosed(uri);
    if (!document) return undefined;
    const config = configOf(uri);
    return { document, result: checkText(uri, document.getText(), config), config };
  }

  registerClientRequests(connection, {
    openService,
    serviceForAnyFile,
    async descriptionUris() {
      await scanWorkspace();
      return [...new Set([...workspaceFiles, ...documents.all().filter((d) => isDescription(d.uri, d.languageId)).map((d) => d.uri)])];
    },
    refreshAll,
  });

  documents.listen(connection);
  connection.listen();
}

/** The top-level `id` of a description, read without a full parse (it is a plain slug). */
export function idOf(text: string): string | undefined {
  return /^id:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*(?:#.*)?\r?$/m.exec(text)?.[1];
}

/** A short content hash (FNV-1a) for pull result ids of files that are not open. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
