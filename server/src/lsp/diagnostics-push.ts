/**
 * Push diagnostics (clients without pull support): open documents are published with a short
 * debounce and always carry the version they were computed for; closed workspace files are checked
 * in the background queue, behind every open document.
 */
import { createClosedQueue } from './closed-queue';
import { diagnosticsOf, openDescriptions, type DiagnosticsDeps, type DiagnosticsModel } from './diagnostics';

/** Pause after the last keystroke before pushing diagnostics; short, and never skipped. */
export const PUSH_DEBOUNCE_MS = 40;
/** During a long burst of edits, publish at least this often rather than only after it ends. */
export const PUSH_MAX_WAIT_MS = 150;

export function createPushDiagnostics(deps: DiagnosticsDeps): DiagnosticsModel {
  const { connection, documents, folders, analysis, index, runtime } = deps;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When the first change of the current burst arrived, per document (for the maximum wait). */
  const burstStart = new Map<string, number>();
  const queue = createClosedQueue(publishClosed, () => timers.size > 0, (uri, error) => deps.log(`checking ${uri} failed: ${String(error)}`));

  function cancel(uri: string): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    burstStart.delete(uri);
  }

  function publishOpen(uri: string): void {
    cancel(uri);
    const document = documents.get(uri);
    if (!document || !folders.isDescription(uri, document.languageId)) return;
    // Computed and published in one turn, so the result always belongs to `document.version`.
    const service = analysis.ofOpen(document);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(service, runtime.ruleDocsBase) });
  }

  function schedule(uri: string, debounce: number): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    const now = Date.now();
    const started = burstStart.get(uri) ?? now;
    burstStart.set(uri, started);
    const wait = Math.max(0, Math.min(debounce, started + PUSH_MAX_WAIT_MS - now));
    timers.set(uri, setTimeout(() => publishOpen(uri), wait));
  }

  async function publishClosed(uri: string): Promise<void> {
    if (documents.get(uri)) return; // open: the open version wins
    const document = await analysis.readClosed(uri);
    if (documents.get(uri)) return; // opened meanwhile
    if (!document) {
      // Unreadable (permissions, a link loop, deleted meanwhile): say so in the log, show nothing stale.
      deps.log(`cannot read ${decodeURIComponent(uri)}; it is not checked`);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(analysis.ofClosed(document), runtime.ruleDocsBase) });
  }

  return {
    capabilities: {},
    opened(document) {
      queue.noteActivity();
      queue.remove(document.uri);
      publishOpen(document.uri);
    },
    changed(document) {
      queue.noteActivity();
      if (folders.settingsOf(document.uri).run === 'onSave') return;
      if (folders.isDescription(document.uri, document.languageId)) schedule(document.uri, PUSH_DEBOUNCE_MS);
    },
    saved(document) {
      if (folders.settingsOf(document.uri).run === 'onSave' && folders.isDescription(document.uri, document.languageId)) schedule(document.uri, 0);
    },
    closed(uri) {
      cancel(uri);
      if (index.files.has(uri)) queue.enqueue([uri], true);
      else void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    stale(uris) {
      const closed: string[] = [];
      for (const uri of uris) {
        if (documents.get(uri)) schedule(uri, 0);
        else if (index.files.has(uri)) closed.push(uri);
      }
      queue.enqueue(closed, true);
    },
    deleted(uri) {
      queue.remove(uri);
      if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    refreshAll() {
      // A file that `enable: false` or `ignore` now excludes keeps nothing from before.
      for (const document of documents.all()) {
        if (!folders.isDescription(document.uri, document.languageId)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      }
      for (const document of openDescriptions(deps)) publishOpen(document.uri);
      queue.enqueue([...index.files].filter((uri) => !documents.get(uri)));
    },
  };
}
