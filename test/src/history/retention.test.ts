/**
 * Retention over a store of old rows: what goes, what stays, in batches
 * that yield between them, and the job that runs it daily.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { historyKey, pruneExpired, RetentionJob } from '../../../src/history/index.ts';
import { type AnswerRecord, MemoryStore, SqliteStore } from '../../../src/store/index.ts';
import { tempDir } from '../../helpers.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);

function record(id: string, askedAt: number): AnswerRecord {
  return { id, askedAt, platform: 'slack', chatHash: 'c', userHash: 'u', question: 'q', intent: 'general', language: 'en', abstained: true, citations: [] };
}

/** 40 days of answers (one a day) and of deliveries (sent, failed and pending each day). */
function oldStore(): { store: SqliteStore; subscription: number } {
  const store = SqliteStore.open(tempDir());
  const subscription = store.addSubscription({ chat: { platform: 'slack', chatId: 'C1' }, topic: '', mode: 'instant', now: NOW - 50 * DAY }).id;
  for (let day = 0; day < 40; day++) {
    const at = NOW - day * DAY - 1000;
    store.recordAnswer(record(`answer${String(day).padStart(6, '0')}`, at));
    store.castVote({ answerId: `answer${String(day).padStart(6, '0')}`, userHash: 'u', vote: 'down', votedAt: at });
    for (const state of ['sent', 'failed', 'pending']) store.enqueue({ subscriptionId: subscription, articleId: `${state}-${day}`, now: at });
  }
  const claimed = store.claimDue(NOW, 1000);
  for (const d of claimed) {
    if (d.articleId.startsWith('sent')) store.markSent(d.id);
    else if (d.articleId.startsWith('failed')) store.markFailed(d.id);
    else store.handBack(d.id, NOW + DAY);
  }
  return { store, subscription };
}

describe('pruneExpired', () => {
  it('deletes answers past HISTORY_DAYS and sent or failed deliveries past DELIVERY_RETENTION_DAYS; pending rows stay', async () => {
    const { store, subscription } = oldStore();
    const pruned = await pruneExpired(store, { historyDays: 30, deliveryDays: 7, now: () => NOW, batchSize: 3 });
    expect(pruned).toEqual({ answers: 10, deliveries: 2 * 33 });
    expect(store.answersSince(0)).toHaveLength(30);
    expect(store.votesSince(0)).toHaveLength(30);
    const states = (day: number) => ['sent', 'failed', 'pending'].map((s) => store.getDelivery(subscription, `${s}-${day}`)?.state);
    expect(states(6)).toEqual(['sent', 'failed', 'pending']);
    expect(states(7)).toEqual([undefined, undefined, 'pending']);
    expect(states(39)).toEqual([undefined, undefined, 'pending']);
    store.close();
  });

  it('with HISTORY_DAYS=0 deletes every answer kept', async () => {
    const { store } = oldStore();
    await pruneExpired(store, { historyDays: 0, deliveryDays: 30, now: () => NOW });
    expect(store.answersSince(0)).toEqual([]);
    store.close();
  });

  it('stops between batches once aborted', async () => {
    const { store } = oldStore();
    const abort = new AbortController();
    abort.abort();
    const pruned = await pruneExpired(store, { historyDays: 30, deliveryDays: 7, now: () => NOW, batchSize: 3, signal: abort.signal });
    expect(pruned).toEqual({ answers: 0, deliveries: 0 });
    expect(store.answersSince(0)).toHaveLength(40);
    store.close();
  });

  it('prunes a MemoryStore alike', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 10; i++) store.recordAnswer(record(`a${i}`, NOW - (i < 4 ? 40 : 1) * DAY));
    expect(await pruneExpired(store, { historyDays: 30, deliveryDays: 30, now: () => NOW })).toEqual({ answers: 4, deliveries: 0 });
  });
});

describe('RetentionJob', () => {
  it('prunes once at start, logs what it pruned, and stops cleanly', async () => {
    const { store } = oldStore();
    const lines: string[] = [];
    const job = new RetentionJob({ store, historyDays: 30, deliveryDays: 30, timeZone: 'Asia/Jakarta', logger: pino({}, { write: (l: string) => void lines.push(l) }), options: { now: () => NOW } });
    job.start();
    await job.runOnce();
    await job.stop();
    expect(store.answersSince(0)).toHaveLength(30);
    expect(lines.join('')).toContain('pruned rows past their retention');
    store.close();
  });
});

describe('historyKey', () => {
  it('is HISTORY_KEY when set, else one random key kept in the store', () => {
    const store = new MemoryStore();
    expect(historyKey('configured-key-0123456', store)).toBe('configured-key-0123456');
    const generated = historyKey(undefined, store);
    expect(generated.length).toBeGreaterThanOrEqual(32);
    expect(historyKey(undefined, store)).toBe(generated);
  });
});

