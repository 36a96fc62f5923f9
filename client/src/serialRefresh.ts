/**
 * Runs an update after a delay (restarted by every new request) and never two at once: the status
 * bar and the checklist ask the server on every edit and must show answers in order.
 */
export class SerialRefresh {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly update: () => Promise<void>) {}

  soon(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.now();
    }, delay);
  }

  /** Runs the update after any that is running; resolves when this one is done. */
  now(): Promise<void> {
    this.pending = this.pending.then(() => this.update()).catch(() => undefined);
    return this.pending;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
