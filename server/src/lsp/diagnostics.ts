/**
 * Diagnostics behind one seam, whichever model the client speaks: the server shell reports what
 * happened (opened, changed, closed, stale, deleted, everything stale) and the model decides when
 * and how results reach the client. Push publishes with a short debounce; pull answers
 * `textDocument/diagnostic` and `workspace/diagnostic` and asks the client to refresh. The JSON
 * language server's `utils/validation.ts` hides the two the same way.
 */
import type { Connection, Diagnostic, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServiceDocument } from '../services';
import type { AnalysisCache } from './analysis';
import { toDiagnostic } from './convert';
import type { FolderConfigs } from './folders';
import type { Runtime } from './runtime';
import type { WorkspaceIndex } from './workspace-index';

export interface DiagnosticsModel {
  /** What the model adds to the server's capabilities. */
  readonly capabilities: ServerCapabilities;
  opened(document: TextDocument): void;
  changed(document: TextDocument): void;
  /** The document was saved (with `interventionLint.run: onSave`, the moment to check it). */
  saved(document: TextDocument): void;
  closed(uri: string): void;
  /** These files' results may have changed (another file's id, or their text on disk). */
  stale(uris: readonly string[]): void;
  /** A workspace file was deleted: nothing of it stays on screen. */
  deleted(uri: string): void;
  /** Every result may have changed (config, settings, a new scan). */
  refreshAll(): void;
}

export interface DiagnosticsDeps {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: FolderConfigs;
  readonly index: WorkspaceIndex;
  readonly analysis: AnalysisCache;
  readonly runtime: Runtime;
  readonly log: (message: string) => void;
  /**
   * Settles once the settings are read and the workspace folders scanned for the first time: a
   * workspace pull before then would report an empty workspace as if it were the whole answer.
   */
  readonly scanned: Promise<void>;
}

/** A short content hash (FNV-1a) identifying the text of a file that is not open. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function diagnosticsOf(service: ServiceDocument, docsBase: string | undefined): Diagnostic[] {
  return service.result.findings.map((finding) => toDiagnostic(service.document, finding, docsBase));
}

/** The open descriptions (an open file that is not a description is not ours to check). */
export function openDescriptions(deps: Pick<DiagnosticsDeps, 'documents' | 'folders'>): TextDocument[] {
  return deps.documents.all().filter((d) => deps.folders.isDescription(d.uri, d.languageId));
}
