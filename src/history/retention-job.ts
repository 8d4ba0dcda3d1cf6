/**
 * Runs the retention prune (retention.ts) once at start and then daily at
 * 03:30 in TIMEZONE, a quiet hour for the asking side. croner's `protect`
 * skips a run while the previous one is still deleting. stop() waits for a
 * run in progress to finish its batch, so the store can be closed after it.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger.ts';
import type { HistoryStore } from '../store/index.ts';
import { pruneExpired, type RetentionOptions } from './retention.ts';

export interface RetentionJobDeps {
  readonly store: Pick<HistoryStore, 'prune'>;
  readonly historyDays: number;
  readonly deliveryDays: number;
  readonly timeZone: string;
  readonly logger: Logger;
  /** Overrides for tests and the benchmark. */
  readonly options?: Omit<RetentionOptions, 'historyDays' | 'deliveryDays' | 'signal'>;
}

export const RETENTION_SCHEDULE = '30 3 * * *';

export class RetentionJob {
  private readonly abort = new AbortController();
  private cron: Cron | undefined;
  private running: Promise<void> | undefined;
  private readonly log: Logger;

  constructor(private readonly deps: RetentionJobDeps) {
    this.log = deps.logger.child({ module: 'retention' });
  }

  start(): void {
    this.cron = new Cron(RETENTION_SCHEDULE, { timezone: this.deps.timeZone, protect: true }, () => this.runOnce());
    void this.runOnce();
  }

  /** One prune now; resolves when it is done (never rejects: a failure is logged and retried tomorrow). */
  runOnce(): Promise<void> {
    if (this.running) return this.running;
    const { store, historyDays, deliveryDays, options } = this.deps;
    let longestBatchMs = 0;
    const onBatch = (ms: number) => (longestBatchMs = Math.max(longestBatchMs, ms));
    this.running = pruneExpired(store, { ...options, historyDays, deliveryDays, signal: this.abort.signal, onBatch })
      .then(
        (pruned) => this.log.info({ ...pruned, longestBatchMs: Math.round(longestBatchMs) }, 'pruned rows past their retention'),
        (error: unknown) => this.log.error({ err: error }, 'retention prune failed; next run tomorrow'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    this.cron?.stop();
    this.abort.abort();
    await this.running;
  }
}
