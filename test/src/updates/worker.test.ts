import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore, type ChatRef, type Store } from '../../../src/store/index.ts';
import type { SendOutcome } from '../../../src/updates/sender.ts';
import { DeliveryWorker, type DeliveryEvent, type WorkerOptions } from '../../../src/updates/worker.ts';
import { articles, FakeSender, fakeClock, maxInWindow, SENT, subscribeAndEnqueue, TELEGRAM_LIMITS, telegramChats } from './fakes.ts';

const T0 = Date.parse('2024-09-28T10:00:00+07:00');
const CHAT: ChatRef = { platform: 'telegram', chatId: '42' };

function setUp(options: Partial<WorkerOptions> = {}, store: Store = new MemoryStore()) {
  const clock = fakeClock(T0);
  const telegram = new FakeSender('telegram', TELEGRAM_LIMITS, clock.now);
  const corpus = articles(40);
  const events: DeliveryEvent[] = [];
  const worker = new DeliveryWorker({
    store,
    senders: [telegram],
    articles: (id) => corpus.get(id),
    language: (chat) => store.getLanguage(chat) ?? 'en',
    logger: silentLogger(),
    now: clock.now,
    sleep: clock.sleep,
    events: (e) => events.push(e),
    options,
  });
  return { store, clock, telegram, corpus, events, worker };
}

const retry = (afterMs: number, rateLimited: boolean, scope?: 'chat' | 'platform'): SendOutcome => ({ kind: 'retry', afterMs, rateLimited, reason: 'test', scope });

describe('DeliveryWorker', () => {
  describe('an instant subscription', () => {
    it('gets one notification per article in the chat’s language, and the rows are marked sent', async () => {
      const { store, telegram, worker, events } = setUp();
      store.setLanguage(CHAT, 'id');
      const [id] = subscribeAndEnqueue(store, [CHAT], ['a1', 'a2'], T0);
      await worker.drain();
      expect(telegram.sends.map((s) => s.notification)).toMatchObject([
        { kind: 'instant', topic: 'nickel', language: 'id', item: { articleId: 'a1', title: 'Article number 1' } },
        { kind: 'instant', language: 'id', item: { articleId: 'a2' } },
      ]);
      expect(store.getDelivery(id!, 'a1')?.state).toBe('sent');
      expect(store.deliveryCounts()).toMatchObject({ sent: 2, pending: 0, sending: 0 });
      expect(events).toEqual([
        { platform: 'telegram', outcome: 'sent' },
        { platform: 'telegram', outcome: 'sent' },
      ]);
    });

    it('sends nothing before a row is due', async () => {
      const { store, telegram, worker, clock } = setUp();
      subscribeAndEnqueue(store, [CHAT], ['a1'], T0, 'instant', T0 + 60_000);
      await worker.drain();
      expect(telegram.sends).toHaveLength(0);
      clock.t += 60_000;
      await worker.drain();
      expect(telegram.sends).toHaveLength(1);
    });
  });

  describe('rate limits', () => {
    it('keeps under Telegram’s limits while using at least 90% of the overall rate', async () => {
      const { store, telegram, worker } = setUp();
      subscribeAndEnqueue(store, telegramChats(300), ['a1', 'a2', 'a3'], T0);
      await worker.drain();
      const times = telegram.sends.map((s) => s.at);
      expect(times).toHaveLength(900);
      expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
      for (const [chatId, ids] of telegram.articlesByChat()) {
        expect(ids, chatId).toEqual(['a1', 'a2', 'a3']);
        expect(maxInWindow(telegram.sends.filter((s) => s.chatId === chatId).map((s) => s.at), 1000)).toBe(1);
      }
      // The sends after the first second's burst, over the time they took.
      const achieved = (times.length - 30) / ((Math.max(...times) - T0) / 1000) / 30;
      expect(achieved).toBeGreaterThanOrEqual(0.9);
    });

    it('does not let one chat’s backlog hold up the other chats', async () => {
      const { store, telegram, worker, corpus } = setUp();
      subscribeAndEnqueue(store, [CHAT], [...corpus.keys()], T0); // 40 rows: 40 seconds at 1 a second
      subscribeAndEnqueue(store, telegramChats(20), ['a1'], T0 + 1);
      await worker.drain();
      const others = telegram.sends.filter((s) => s.chatId !== CHAT.chatId);
      expect(others).toHaveLength(20);
      expect(Math.max(...others.map((s) => s.at)) - T0).toBeLessThan(2000);
      // Every row of the busy chat still arrives, once each.
      expect(telegram.articlesByChat().get(CHAT.chatId)?.sort()).toEqual([...corpus.keys()].sort());
      expect(store.deliveryCounts()).toMatchObject({ sent: 60, pending: 0, sending: 0, failed: 0 });
    });
  });

  describe('a chat with a backlog', () => {
    it('gets its rows back from the store a few at a time, and a put-off row keeps its attempts', async () => {
      const store = new ClaimCountingStore();
      const { worker, telegram, corpus } = setUp({}, store);
      const [id] = subscribeAndEnqueue(store, [CHAT], [...corpus.keys()], T0); // 40 rows, 5 at a time in memory
      await worker.drain();
      expect(telegram.articlesByChat().get(CHAT.chatId)).toEqual([...corpus.keys()]);
      // because a row put off for the backlog was never sent, a restart must not count it as a failed try
      expect([...corpus.keys()].map((a) => store.getDelivery(id!, a)?.attempts)).toEqual([...corpus.keys()].map(() => 1));
      // because each put-off row is due when the ones before it should have gone, not all at the next poll
      expect(store.claimed).toBeLessThan(2 * corpus.size);
    });
  });

  describe('a 429', () => {
    it('holds that chat for retry_after, retries the row once then, and lets the others go on', async () => {
      const { store, telegram, worker, events } = setUp();
      subscribeAndEnqueue(store, [CHAT], ['a1', 'a2'], T0);
      subscribeAndEnqueue(store, telegramChats(5), ['a1'], T0);
      telegram.script = (chatId, _n, call) => (chatId === CHAT.chatId && call === 1 ? retry(30_000, true) : SENT);
      await worker.drain();
      const held = telegram.sends.filter((s) => s.chatId === CHAT.chatId);
      // a1 was refused at T0; a2 waited behind the hold rather than go to a chat that asked for quiet; a1 came back after it.
      expect(held.map((s) => s.at - T0)).toEqual([0, 30_000, expect.any(Number)]);
      expect(held.map((s) => (s.notification.kind === 'instant' ? s.notification.item.articleId : ''))).toEqual(['a1', 'a2', 'a1']);
      expect(held[2]!.at - held[1]!.at).toBeGreaterThanOrEqual(1000);
      expect(telegram.sends.filter((s) => s.chatId !== CHAT.chatId).every((s) => s.at - T0 < 1000)).toBe(true);
      expect(store.deliveryCounts()).toMatchObject({ sent: 7, pending: 0, failed: 0 });
      expect(events.filter((e) => e.outcome === 'retried')).toEqual([{ platform: 'telegram', outcome: 'retried', rateLimited: true }]);
    });

    it('holds every chat of the platform when the 429 is platform-wide', async () => {
      const { store, telegram, worker } = setUp();
      subscribeAndEnqueue(store, telegramChats(10), ['a1'], T0);
      telegram.script = (_chat, _n, call) => (call === 1 ? retry(5000, true, 'platform') : SENT);
      await worker.drain();
      // Eight sends were in flight together; everything after the 429 waited for the hold.
      const later = telegram.sends.slice(8);
      expect(later.length).toBeGreaterThan(0);
      expect(later.every((s) => s.at >= T0 + 5000)).toBe(true);
    });
  });

  describe('a transient failure', () => {
    it('backs off exponentially and gives up after 8 attempts', async () => {
      const { store, telegram, worker, clock, events } = setUp();
      const [id] = subscribeAndEnqueue(store, [CHAT], ['a1'], T0);
      telegram.script = () => retry(0, false);
      const delays: number[] = [];
      for (let i = 0; i < 10; i++) {
        await worker.drain();
        const row = store.getDelivery(id!, 'a1')!;
        if (row.state !== 'pending') break;
        delays.push(row.nextAttemptAt - clock.t);
        clock.t = row.nextAttemptAt;
      }
      expect(telegram.sends).toHaveLength(8);
      expect(store.getDelivery(id!, 'a1')?.state).toBe('failed');
      expect(delays).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000]);
      expect(events.at(-1)).toEqual({ platform: 'telegram', outcome: 'failed', rateLimited: false });
    });

    it('treats a sender that throws as a transient failure', async () => {
      const { store, telegram, worker } = setUp();
      const [id] = subscribeAndEnqueue(store, [CHAT], ['a1'], T0);
      telegram.script = () => {
        throw new Error('boom');
      };
      await worker.drain();
      expect(store.getDelivery(id!, 'a1')).toMatchObject({ state: 'pending', nextAttemptAt: T0 + 10_000 });
    });
  });

  describe('a chat that blocked the bot', () => {
    it('pauses the chat’s subscriptions, fails its rows and never retries them', async () => {
      const { store, telegram, worker, clock, events } = setUp();
      subscribeAndEnqueue(store, [CHAT], ['a1', 'a2', 'a3'], T0);
      store.addSubscription({ chat: CHAT, topic: 'smelter', mode: 'daily', now: T0 });
      subscribeAndEnqueue(store, telegramChats(2), ['a1'], T0);
      telegram.script = (chatId) => (chatId === CHAT.chatId ? { kind: 'blocked', reason: '403 bot was blocked by the user' } : SENT);
      await worker.drain();
      clock.t += 86_400_000;
      await worker.drain();
      expect(telegram.sends.filter((s) => s.chatId === CHAT.chatId)).toHaveLength(1);
      expect(store.listSubscriptions(CHAT).every((s) => s.paused)).toBe(true);
      expect(store.deliveryCounts()).toMatchObject({ sent: 2, failed: 3, pending: 0, sending: 0 });
      expect(events.filter((e) => e.outcome === 'blocked')).toHaveLength(1);
    });
  });

  it('fails a notification the platform can never take, and goes on with the rest', async () => {
    const { store, telegram, worker } = setUp();
    const [id] = subscribeAndEnqueue(store, [CHAT], ['a1', 'a2'], T0);
    telegram.script = (_chat, n) => (n.kind === 'instant' && n.item.articleId === 'a1' ? { kind: 'failed', reason: '400 bad request' } : SENT);
    await worker.drain();
    expect(store.getDelivery(id!, 'a1')?.state).toBe('failed');
    expect(store.getDelivery(id!, 'a2')?.state).toBe('sent');
    expect(store.listSubscriptions(CHAT)[0]?.paused).toBe(false);
  });

  describe('a daily subscription', () => {
    it('gets its day’s rows as one digest, oldest article first, all settled together', async () => {
      const { store, telegram, worker, clock } = setUp();
      const digestAt = T0 + 3_600_000;
      const [daily] = subscribeAndEnqueue(store, [CHAT], ['a5', 'a3', 'a4'], T0, 'daily', digestAt);
      subscribeAndEnqueue(store, [{ platform: 'telegram', chatId: '43' }], ['a1'], T0, 'daily', digestAt);
      await worker.drain();
      expect(telegram.sends).toHaveLength(0);
      clock.t = digestAt;
      await worker.drain();
      const digest = telegram.sends.find((s) => s.chatId === CHAT.chatId)!.notification;
      expect(digest.kind === 'digest' && digest.items.map((i) => i.articleId)).toEqual(['a3', 'a4', 'a5']);
      expect(telegram.sends).toHaveLength(2);
      expect(['a3', 'a4', 'a5'].map((a) => store.getDelivery(daily!, a)?.state)).toEqual(['sent', 'sent', 'sent']);
    });

    it('retries the whole digest together', async () => {
      const { store, telegram, worker, clock } = setUp();
      const [daily] = subscribeAndEnqueue(store, [CHAT], ['a1', 'a2'], T0, 'daily');
      telegram.script = (_chat, _n, call) => (call === 1 ? retry(0, false) : SENT);
      await worker.drain();
      expect(['a1', 'a2'].map((a) => store.getDelivery(daily!, a)?.nextAttemptAt)).toEqual([T0 + 10_000, T0 + 10_000]);
      clock.t = T0 + 10_000;
      await worker.drain();
      expect(telegram.sends.map((s) => (s.notification.kind === 'digest' ? s.notification.items.length : 0))).toEqual([2, 2]);
    });

    it('claims at most maxBuffered × maxDigestItems digest rows at a time, and keeps each digest whole', async () => {
      const store = new ClaimCountingStore();
      const { telegram, worker } = setUp({ maxBuffered: 2, maxDigestItems: 2, batchSize: 1 }, store);
      subscribeAndEnqueue(store, telegramChats(3), ['a1', 'a2'], T0, 'daily');
      await worker.drain();
      expect(store.mostInSending).toBe(4);
      expect(telegram.sends.map((s) => (s.notification.kind === 'digest' ? s.notification.items.length : 0))).toEqual([2, 2, 2]);
    });

    it('splits a very busy day into digests of at most maxDigestItems', async () => {
      const { store, telegram, worker, corpus } = setUp({ maxDigestItems: 10 });
      subscribeAndEnqueue(store, [CHAT], [...corpus.keys()].slice(0, 25), T0, 'daily');
      await worker.drain();
      expect(telegram.sends.map((s) => (s.notification.kind === 'digest' ? s.notification.items.length : 0))).toEqual([10, 10, 5]);
    });
  });

  it('puts a row back while its article is not loaded in this process, and sends it once it is', async () => {
    const { store, telegram, worker, clock, corpus } = setUp();
    const late: Article = { ...corpus.get('a1')!, id: 'late' };
    const [id] = subscribeAndEnqueue(store, [CHAT], ['late'], T0);
    await worker.drain();
    expect(store.getDelivery(id!, 'late')).toMatchObject({ state: 'pending', nextAttemptAt: T0 + 1000 });
    corpus.set('late', late);
    clock.t += 1000;
    await worker.drain();
    expect(telegram.sends).toHaveLength(1);
    expect(store.getDelivery(id!, 'late')?.state).toBe('sent');
  });

  it('leaves rows of a platform without a sender pending', async () => {
    const { store, telegram, worker } = setUp();
    const [id] = subscribeAndEnqueue(store, [{ platform: 'slack', chatId: 'C1' }], ['a1'], T0);
    await worker.drain();
    expect(telegram.sends).toHaveLength(0);
    expect(store.getDelivery(id!, 'a1')?.state).toBe('pending');
  });

  describe('after a crash', () => {
    it('hands back rows a killed process left in sending, and delivers each exactly once', async () => {
      const { store, telegram, worker } = setUp();
      subscribeAndEnqueue(store, telegramChats(10), ['a1', 'a2'], T0);
      expect(store.claimDue(T0, 7)).toHaveLength(7); // the dead process's claims
      expect(worker.recover()).toBe(7);
      await worker.drain();
      expect(telegram.sends).toHaveLength(20);
      for (const ids of telegram.articlesByChat().values()) expect(ids).toEqual(['a1', 'a2']);
      expect(store.deliveryCounts()).toMatchObject({ sent: 20, sending: 0 });
    });

    it('can duplicate only the sends in flight at the kill', async () => {
      const store = new MemoryStore();
      const first = setUp({ maxInFlight: 3 }, store);
      subscribeAndEnqueue(store, telegramChats(10), ['a1'], T0);
      first.telegram.script = () => new Promise<SendOutcome>(() => {}); // the process dies mid-send
      void first.worker.drain();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(first.telegram.sends).toHaveLength(3);
      const second = setUp({}, store); // the restarted process
      second.worker.recover();
      await second.worker.drain();
      expect(second.telegram.sends).toHaveLength(10);
      expect(store.deliveryCounts()).toMatchObject({ sent: 10, sending: 0, pending: 0 });
    });
  });
});

/** Counts the rows claimed, and the most in sending right after a claim. */
class ClaimCountingStore extends MemoryStore {
  claimed = 0;
  mostInSending = 0;

  override claimDue(now: number, limit: number) {
    const rows = super.claimDue(now, limit);
    this.claimed += rows.length;
    this.mostInSending = Math.max(this.mostInSending, this.deliveryCounts().sending);
    return rows;
  }
}
