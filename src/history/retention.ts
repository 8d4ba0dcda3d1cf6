/**
 * What is past its retention: answers (and their votes) older than
 * HISTORY_DAYS — all of them when it is 0 — and sent or failed deliveries
 * older than DELIVERY_RETENTION_DAYS. Pending and sending deliveries are
 * never touched. The store deletes in small batches and yields between them;
 * SqliteStore moves the WAL checkpoints the deletes cause to another thread
 * (src/store/checkpoint-worker.mjs), since on the answering thread they held
 * answers up for over 100 ms (npm run bench).
 */
import type { HistoryStore, PruneOptions, Pruned } from '../store/index.ts';

export interface RetentionOptions extends Partial<PruneOptions> {
  readonly historyDays: number;
  readonly deliveryDays: number;
  readonly now?: () => number;
}

const DAY_MS = 86_400_000;

export function pruneExpired(store: Pick<HistoryStore, 'prune'>, { historyDays, deliveryDays, now = Date.now, ...options }: RetentionOptions): Promise<Pruned> {
  const at = now();
  return store.prune({ answersBefore: at - historyDays * DAY_MS, deliveriesBefore: at - deliveryDays * DAY_MS }, options);
}
