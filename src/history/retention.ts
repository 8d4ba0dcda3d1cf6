/**
 * Deletes what is past its retention: answers (and their votes) older than
 * HISTORY_DAYS — all of them when it is 0 — and sent or failed deliveries
 * older than DELIVERY_RETENTION_DAYS. Pending and sending deliveries are
 * never touched.
 *
 * Hazard: the store is synchronous and shares the thread with the chat
 * handlers, so one DELETE of a million rows would hold every answer behind
 * it for seconds. It deletes in small batches (each an indexed range, a few
 * milliseconds) and yields to the event loop between them; npm run bench
 * measures the longest an answer waits behind it.
 */
import type { HistoryStore } from '../store/index.ts';

export interface RetentionOptions {
  readonly historyDays: number;
  readonly deliveryDays: number;
  /** Rows per DELETE; each batch blocks the thread for its duration. */
  readonly batchSize: number;
  readonly now: () => number;
  /** Stops between batches (the bot is shutting down). */
  readonly signal?: AbortSignal;
  /** How to let other work run between batches. */
  readonly pause: () => Promise<void>;
}

export const DEFAULT_RETENTION: Pick<RetentionOptions, 'batchSize' | 'now' | 'pause'> = {
  // About 2–4 ms of deleting per batch on the bench machine (npm run bench).
  batchSize: 500,
  now: Date.now,
  pause: () => new Promise((resolve) => setImmediate(resolve)),
};

export interface Pruned {
  readonly answers: number;
  readonly deliveries: number;
}

const DAY_MS = 86_400_000;

export async function pruneExpired(store: Pick<HistoryStore, 'pruneAnswers' | 'pruneDeliveries'>, options: Partial<RetentionOptions> & Pick<RetentionOptions, 'historyDays' | 'deliveryDays'>): Promise<Pruned> {
  const o = { ...DEFAULT_RETENTION, ...options };
  const now = o.now();
  const answers = await inBatches((limit) => store.pruneAnswers(now - o.historyDays * DAY_MS, limit), o);
  const deliveries = await inBatches((limit) => store.pruneDeliveries(now - o.deliveryDays * DAY_MS, limit), o);
  return { answers, deliveries };
}

async function inBatches(prune: (limit: number) => number, o: RetentionOptions): Promise<number> {
  let total = 0;
  while (!o.signal?.aborted) {
    const n = prune(o.batchSize);
    total += n;
    if (n < o.batchSize) break;
    await o.pause();
  }
  return total;
}
