// Typing makes garbage: every keystroke's analysis allocates far more than it keeps. V8 grows the
// heap to fit a burst of typing and keeps it that size while nothing allocates, so an idle server
// would hold a few hundred MB of which it uses a few dozen. One full collection once the server
// has been quiet lets V8's memory reducer give the rest back to the system.

/** Quiet this long after the last analysis before collecting. */
const IDLE_MS = 2_000;

export class IdleCollection {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Without --expose-gc (serverProcess.ts) there is nothing to call, and nothing happens. */
  constructor(
    private readonly collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
    private readonly idleMs = IDLE_MS,
  ) {}

  /**
   * Collects at once: for long background work (the workspace index reading a thousand files),
   * whose garbage would otherwise grow the heap to a size V8 then keeps.
   */
  collectNow(): void {
    this.collect?.();
  }

  /** Work was done: collect once the server has been quiet for a while. */
  afterWork(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.collect?.();
    }, this.idleMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }
}
