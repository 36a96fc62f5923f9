/**
 * Closed workspace files are checked here, one per turn of the event loop and only while the
 * editor is quiet: open documents always come first, and a burst of typing or opening never waits
 * behind a scan of thousands of closed files.
 */

/** How long the editor must be quiet before closed workspace files are checked. */
export const QUIET_BEFORE_CLOSED_MS = 100;

export interface ClosedQueue {
  /** Adds files to check; `urgent` ones go first (a file just closed, or changed on disk). */
  enqueue(uris: Iterable<string>, urgent?: boolean): void;
  remove(uri: string): void;
  /** Open-document work happened: closed files wait for the next quiet moment. */
  noteActivity(): void;
  /** Resolves when the queue is empty (for requests that need every file checked). */
  drained(): Promise<void>;
  readonly size: number;
}

/** `work` checks one file; a failure is handed to `failed` (logged) and the queue goes on. */
export function createClosedQueue(work: (uri: string) => Promise<void>, busy: () => boolean, failed: (uri: string, error: unknown) => void): ClosedQueue {
  let pending = new Set<string>();
  let lastActivity = 0;
  let running = false;
  let waiting: (() => void)[] = [];

  function settle(): void {
    if (pending.size > 0 || running) return;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }

  function kick(): void {
    if (running || pending.size === 0) return settle();
    running = true;
    const quietFor = Date.now() - lastActivity;
    if (quietFor < QUIET_BEFORE_CLOSED_MS || busy()) {
      setTimeout(() => {
        running = false;
        kick();
      }, Math.max(1, QUIET_BEFORE_CLOSED_MS - quietFor));
      return;
    }
    // setImmediate runs after pending I/O: a didOpen that arrived meanwhile is handled first.
    setImmediate(() => {
      const uri = pending.values().next().value;
      if (uri === undefined || Date.now() - lastActivity < QUIET_BEFORE_CLOSED_MS || busy()) {
        running = false;
        return kick();
      }
      pending.delete(uri);
      const next = (): void => {
        running = false;
        kick();
      };
      work(uri).then(next, (error: unknown) => {
        failed(uri, error);
        next();
      });
    });
  }

  return {
    enqueue(uris, urgent = false) {
      if (urgent) {
        const front = new Set(uris);
        for (const uri of pending) front.add(uri);
        pending = front;
      } else {
        for (const uri of uris) pending.add(uri);
      }
      kick();
    },
    remove: (uri) => void pending.delete(uri),
    noteActivity() {
      lastActivity = Date.now();
    },
    drained() {
      return new Promise((resolve) => {
        waiting.push(resolve);
        settle();
      });
    },
    get size() {
      return pending.size;
    },
  };
}
