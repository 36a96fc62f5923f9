/**
 * Push diagnostics (clients without pull support): open documents are published with a short
 * debounce and always carry the version they were computed for; closed workspace files are checked
 * in the background queue, behind every open document.
 */
import { createClosedQueue } from './closed-queue';
import { diagnosticsOf, hashText, openDescriptions, type DiagnosticsDeps, type DiagnosticsModel } from './diagnostics';

/** Pause after the last keystroke before pushing diagnostics; short, and never skipped. */
export const PUSH_DEBOUNCE_MS = 40;
/**
 * A document whose check costs little is checked after a pause of only a few times that cost: the
 * pause exists to save work in a burst, and for a typical description the work is a few
 * milliseconds, so every keystroke gets its own diagnostics. Large files keep the full pause.
 */
export const PAUSE_PER_CHECK_MS = 2;
/** During a long burst of edits, publish at least this often rather than only after it ends. */
export const PUSH_MAX_WAIT_MS = 150;
/**
 * A check this cheap runs on every change: a pause would add more latency than the work it could
 * save (a typical description is checked in a few milliseconds).
 */
export const CHEAP_CHECK_MS = 15;

/**
 * How long to wait before checking a document that just changed: a debounce with a leading edge
 * and a maximum wait. A change to a document that has not been checked for `debounce` ms (and has
 * no check pending) is checked at once, so a single edit after a pause waits for nothing; changes
 * that follow quickly wait until `debounce` ms pass without one, but never longer than
 * `PUSH_MAX_WAIT_MS` after the first of them (`burstStart`). All times in ms on one clock.
 */
export function delayBeforeCheck(now: number, debounce: number, state: { readonly pending: boolean; readonly checkedAt: number | undefined; readonly burstStart: number }): number {
  if (!state.pending && now - (state.checkedAt ?? -Infinity) >= debounce) return 0;
  return Math.max(0, Math.min(debounce, state.burstStart + PUSH_MAX_WAIT_MS - now));
}

/** The pause before checking a changed document, from what its last check cost. */
export function pauseAfterChange(lastCost: number | undefined): number {
  if (lastCost === undefined) return PUSH_DEBOUNCE_MS;
  if (lastCost <= CHEAP_CHECK_MS) return 0;
  return Math.min(PUSH_DEBOUNCE_MS, Math.ceil(lastCost * PAUSE_PER_CHECK_MS));
}

export function createPushDiagnostics(deps: DiagnosticsDeps): DiagnosticsModel {
  const { connection, documents, folders, analysis, index, runtime } = deps;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** How long the last check of each open document took, and when it ended (`performance.now()`). */
  const costs = new Map<string, number>();
  const checkedAt = new Map<string, number>();
  /** What the last publish of each open document was computed from: its version and the stamp of its inputs. */
  const published = new Map<string, string>();
  /** Open documents to publish again (config or cross-file change), one per turn, before any closed file. */
  const reopen = new Set<string>();
  let reopening = false;
  /** The same for closed files: the stamp and a hash of the text last published. */
  const publishedClosed = new Map<string, string>();
  /** When the first change of the current burst arrived, per document (for the maximum wait). */
  const burstStart = new Map<string, number>();
  const queue = createClosedQueue(publishClosed, () => timers.size > 0 || reopen.size > 0, (uri, error) => deps.log(`checking ${uri} failed: ${String(error)}`));

  function cancel(uri: string): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    burstStart.delete(uri);
  }

  const keyOf = (uri: string, version: number): string => `${analysis.stampOf(uri)}:${version}`;

  function publishOpen(uri: string): void {
    cancel(uri);
    reopen.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    if (!folders.isDescription(uri, document.languageId)) {
      // Excluded (`enable: false`, `ignore`): an empty publish clears what was shown before, and
      // tells a client that just opened it "nothing here" rather than silence it cannot tell from
      // "not checked yet".
      published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    // Computed and published in one turn, so the result always belongs to `document.version`.
    const started = performance.now();
    const service = analysis.ofOpen(document);
    const ended = performance.now();
    costs.set(uri, ended - started);
    checkedAt.set(uri, ended);
    // The key after the check: checking may record this file's id, which never changes its own stamp.
    published.set(uri, keyOf(uri, document.version));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(service, runtime.ruleDocsBase) });
  }

  /** Works through `reopen` one document per turn, so a didOpen or didChange that arrives meanwhile goes first. */
  function drainReopen(): void {
    if (reopening) return;
    reopening = true;
    setImmediate(() => {
      reopening = false;
      const uri = reopen.values().next().value;
      if (uri === undefined) return;
      reopen.delete(uri);
      const document = documents.get(uri);
      if (document && published.get(uri) !== keyOf(uri, document.version)) publishOpen(uri);
      drainReopen();
    });
  }

  function schedule(uri: string, debounce: number): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    const now = performance.now();
    const started = burstStart.get(uri) ?? now;
    burstStart.set(uri, started);
    const wait = delayBeforeCheck(now, debounce, { pending: pending !== undefined, checkedAt: checkedAt.get(uri), burstStart: started });
    timers.set(uri, setTimeout(() => publishOpen(uri), wait));
  }

  async function publishClosed(uri: string): Promise<void> {
    if (documents.get(uri)) return; // open: the open version wins
    const document = await analysis.readClosed(uri);
    if (documents.get(uri)) return; // opened meanwhile
    if (!document) {
      // Unreadable (permissions, a link loop, deleted meanwhile): say so in the log, show nothing stale.
      deps.log(`cannot read ${decodeURIComponent(uri)}; it is not checked`);
      publishedClosed.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const key = `${analysis.stampOf(uri)}:${hashText(document.getText())}`;
    if (publishedClosed.get(uri) === key) return;
    const diagnostics = diagnosticsOf(analysis.ofClosed(document), runtime.ruleDocsBase);
    publishedClosed.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  return {
    capabilities: {},
    opened(document) {
      queue.noteActivity();
      publishedClosed.delete(document.uri);
      queue.remove(document.uri);
      publishOpen(document.uri);
    },
    changed(document) {
      queue.noteActivity();
      if (folders.settingsOf(document.uri).run === 'onSave') return;
      if (!folders.isDescription(document.uri, document.languageId)) return;
      // A didOpen also arrives here (TextDocuments reports it as a content change): that version
      // was just published, and publishing it again doubled the traffic of opening files.
      if (published.get(document.uri) === keyOf(document.uri, document.version)) return;
      schedule(document.uri, pauseAfterChange(costs.get(document.uri)));
    },
    saved(document) {
      if (folders.settingsOf(document.uri).run === 'onSave' && folders.isDescription(document.uri, document.languageId)) schedule(document.uri, 0);
    },
    closed(uri) {
      cancel(uri);
      reopen.delete(uri);
      published.delete(uri);
      costs.delete(uri);
      checkedAt.delete(uri);
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
      publishedClosed.delete(uri);
      if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    refreshAll() {
      // A file that `enable: false` or `ignore` now excludes keeps nothing from before.
      for (const document of documents.all()) if (!folders.isDescription(document.uri, document.languageId)) publishOpen(document.uri);
      // Only what is out of date: a client that repeats its settings costs nothing.
      for (const document of openDescriptions(deps)) if (published.get(document.uri) !== keyOf(document.uri, document.version)) reopen.add(document.uri);
      drainReopen();
      queue.enqueue([...index.files].filter((uri) => !documents.get(uri)));
    },
  };
}
