/**
 * Work a chat handler starts and does not let pile up: an admin's ingest
 * fetches a page, or a feed and each of its items, for seconds to minutes.
 * At most `limit` run at once per adapter — past that the command is
 * refused and nothing is fetched, so a flood of commands cannot start a
 * flood of downloads — and stop() waits for what is still running, so a
 * shutdown does not cut a reply in half.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<unknown>>();

  constructor(readonly limit: number) {}

  /**
   * Starts `task` and returns its promise, which the caller owns (awaits, or
   * lets it handle its own errors); undefined, with nothing started, when
   * `limit` tasks are already running.
   */
  tryRun<T>(task: () => Promise<T>): Promise<T> | undefined {
    if (this.running.size >= this.limit) return undefined;
    const started = task();
    const tracked: Promise<unknown> = started.then(settled, settled).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    return started;
  }

  /** Resolves once every task started so far has settled. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** Ingests one adapter runs at once: the pipeline fetches one source at a time, politely; two admins need not wait on each other. */
export const MAX_INGESTS_AT_ONCE = 2;

function settled(): void {}
