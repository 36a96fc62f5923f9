/**
 * The analysis cache: one validation per open document version, shared by diagnostics and every
 * language feature. Each check records the file's id in the workspace index; when that changes the
 * cross-file result of other files, they are handed to `onCrossFileChange` (and only they).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { validate, withTimeBudget } from '../core';
import type { ServiceDocument } from '../services';
import type { FolderConfigs } from './folders';
import { LANGUAGE_ID } from './folders';
import type { Runtime } from './runtime';
import type { WorkspaceIndex } from './workspace-index';

/** Full analyses (parse tree, findings) kept for hover and completion; older ones are re-made on demand. */
export const SERVICE_CACHE_SIZE = 24;

export interface AnalysisCache {
  /** The analysis of an open document's current version; cached while `isCurrent` says it is open. */
  ofOpen(document: TextDocument): ServiceDocument;
  /** A check of a closed file's text; not cached (closed files are many and rarely asked twice). */
  ofClosed(document: TextDocument): ServiceDocument;
  /** A closed file's text from disk; undefined when it cannot be read (or there is no file system). */
  readClosed(uri: string): Promise<TextDocument | undefined>;
  /** What a result of `uri` depends on besides its text: config generation and cross-file stamp. */
  stampOf(uri: string): string;
  drop(uri: string): void;
  /** The config changed: every cached result is stale. */
  invalidateAll(): void;
}

interface Entry {
  readonly version: number;
  readonly stamp: string;
  readonly service: ServiceDocument;
}

export interface AnalysisDeps {
  readonly runtime: Runtime;
  readonly folders: FolderConfigs;
  readonly index: WorkspaceIndex;
  /** Whether `document` is the open document of its URI (a stale object must not fill the cache). */
  isCurrent(document: TextDocument): boolean;
  /** Files whose `duplicate-id` result changed because of a check that just ran. */
  onCrossFileChange(uris: readonly string[]): void;
  /** Where each check is logged with its time (the client shows it when it traces the server). */
  trace?(message: string): void;
}

export function createAnalysisCache(deps: AnalysisDeps): AnalysisCache {
  const { folders, index } = deps;
  const entries = new Map<string, Entry>();
  let generation = 0;

  const stampOf = (uri: string): string => `${generation}.${index.crossStamp(uri)}`;

  function check(document: TextDocument): ServiceDocument {
    const uri = document.uri;
    const config = folders.configOf(uri);
    const text = document.getText();
    const started = performance.now();
    const result = validate(text, { config, workspace: index.viewFor(uri) });
    const elapsed = performance.now() - started;
    const findings = withTimeBudget(result.findings, elapsed, config);
    deps.trace?.(`checked ${folders.displayName(uri)}${document.version > 0 ? ` (version ${document.version})` : ''}: ${findings.length} finding(s) in ${elapsed.toFixed(1)} ms`);
    const affected = index.setId(uri, result.description?.id);
    if (affected.length > 0) deps.onCrossFileChange(affected);
    return { document, result: { ...result, findings }, config };
  }

  return {
    ofOpen(document) {
      const uri = document.uri;
      const cached = entries.get(uri);
      if (cached && cached.version === document.version && cached.stamp === stampOf(uri) && deps.isCurrent(document)) {
        // Most recently used last.
        entries.delete(uri);
        entries.set(uri, cached);
        return cached.service;
      }
      const service = check(document);
      if (deps.isCurrent(document)) {
        // A parse tree per open file would grow with the workspace: keep the recent ones only.
        entries.delete(uri);
        entries.set(uri, { version: document.version, stamp: stampOf(uri), service });
        if (entries.size > SERVICE_CACHE_SIZE) entries.delete(entries.keys().next().value!);
      }
      return service;
    },
    ofClosed: check,
    async readClosed(uri) {
      const parsed = URI.parse(uri);
      if (!deps.runtime.fs || parsed.scheme !== 'file') return undefined;
      const text = await deps.runtime.fs.readFile(parsed.fsPath);
      return text === undefined ? undefined : TextDocument.create(uri, LANGUAGE_ID, 0, text);
    },
    stampOf,
    drop: (uri) => void entries.delete(uri),
    invalidateAll() {
      generation++;
    },
  };
}
