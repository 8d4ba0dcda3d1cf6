/**
 * Work a handler starts but does not wait for (an /ingest that fetches a
 * page for seconds): Telegraf handles a polling batch only once every
 * update in it is done, so awaiting the fetch would hold every other chat's
 * answer. stop() waits for what is still running, so a shutdown does not cut
 * a reply in half.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  /** Starts `task`; a rejection goes to `onError`, never unhandled. */
  run(task: () => Promise<void>, onError: (error: unknown) => Promise<void> | void): void {
    const running: Promise<void> = task()
      .catch(onError)
      .catch(() => undefined)
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Resolves once every task started so far has settled. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
