/**
 * Pull diagnostics (LSP 3.17): the client asks per document and for the workspace; result ids are
 * the document version (open) or a hash of the text (closed) plus what else the result depends on
 * (config generation, cross-file stamp), so an unchanged file costs the client nothing. Closed
 * files are still checked in the background queue, for the ids that `duplicate-id` compares.
 */
import { DocumentDiagnosticReportKind, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { SOURCE } from './convert';
import { createClosedQueue } from './closed-queue';
import { diagnosticsOf, hashText, openDescriptions, type DiagnosticsDeps, type DiagnosticsModel } from './diagnostics';

export function createPullDiagnostics(deps: DiagnosticsDeps): DiagnosticsModel {
  const { connection, documents, folders, analysis, index, runtime } = deps;
  let refreshPending = false;

  /** One refresh request for any number of changes in the same turn. */
  function refresh(): void {
    if (refreshPending) return;
    refreshPending = true;
    setTimeout(() => {
      refreshPending = false;
      connection.languages.diagnostics.refresh().catch((error: unknown) => deps.log(`diagnostics refresh failed: ${String(error)}`));
    }, 0);
  }

  async function indexClosed(uri: string): Promise<void> {
    if (documents.get(uri)) return;
    const document = await analysis.readClosed(uri);
    if (document && !documents.get(uri)) analysis.ofClosed(document);
  }
  const queue = createClosedQueue(indexClosed, () => false, (uri, error) => deps.log(`checking ${uri} failed: ${String(error)}`));

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    const open = documents.get(uri);
    const document = open ?? (await analysis.readClosed(uri));
    if (!document || token.isCancellationRequested || !folders.isDescription(uri, document.languageId)) {
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    const resultId = `${analysis.stampOf(uri)}:${open ? `v${document.version}` : `h${hashText(document.getText())}`}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const service = open ? analysis.ofOpen(open) : analysis.ofClosed(document);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(service, runtime.ruleDocsBase) };
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    await deps.scanned;
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    // Open documents are included with their version: a document VS Code keeps open in the
    // background (not visible) is pulled only through here, and must not keep stale results.
    for (const uri of new Set([...index.files, ...openDescriptions(deps).map((d) => d.uri)])) {
      if (token.isCancellationRequested) break;
      const open = documents.get(uri);
      if (open) {
        const resultId = `${analysis.stampOf(uri)}:v${open.version}`;
        items.push(
          previous.get(uri) === resultId
            ? { uri, version: open.version, kind: DocumentDiagnosticReportKind.Unchanged, resultId }
            : { uri, version: open.version, kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(analysis.ofOpen(open), runtime.ruleDocsBase) },
        );
        continue;
      }
      const document = await analysis.readClosed(uri);
      if (!document) continue;
      const resultId = `${analysis.stampOf(uri)}:h${hashText(document.getText())}`;
      items.push(
        previous.get(uri) === resultId
          ? { uri, version: null, kind: DocumentDiagnosticReportKind.Unchanged, resultId }
          : { uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(analysis.ofClosed(document), runtime.ruleDocsBase) },
      );
    }
    return { items };
  });

  return {
    capabilities: { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: true } },
    opened: () => queue.noteActivity(),
    changed: () => queue.noteActivity(),
    // The client decides when to pull; VS Code's skips pulls while typing under `run: onSave`.
    saved: () => undefined,
    closed: () => undefined,
    stale(uris) {
      if (uris.length === 0) return;
      refresh();
      queue.enqueue(uris.filter((uri) => !documents.get(uri) && index.files.has(uri)), true);
    },
    deleted(uri) {
      queue.remove(uri);
      if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    refreshAll() {
      refresh();
      // Only the ids not known yet: a workspace pull checks (and records) the closed files anyway.
      queue.enqueue([...index.files].filter((uri) => !documents.get(uri) && !index.hasId(uri)));
    },
  };
}
