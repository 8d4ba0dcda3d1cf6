/**
 * The worker on real timers: stop() (SIGTERM) loses and doubles nothing,
 * also on SQLite across a close and reopen, and a scaled run keeps under the
 * limits. Assertions are about counts and order, never about elapsed time.
 */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore, SqliteStore, type Store } from '../../../src/store/index.ts';
import { createFanOut } from '../../../src/updates/fan-out.ts';
import type { SendOutcome } from '../../../src/updates/sender.ts';
import { DeliveryWorker, type WorkerOptions } from '../../../src/updates/worker.ts';
import { makeArticle, projectLexicon, tempDir } from '../../helpers.ts';
import { articles, FakeSender, maxInWindow, SENT, subscribeAndEnqueue, TELEGRAM_LIMITS, telegramChats } from './fakes.ts';

const corpus = articles(5);
// Fractional milliseconds: a window check at 1 ms resolution could be off by one tick.
const clock = () => performance.timeOrigin + performance.now();

function worker(store: Store, sender: FakeSender, rateScale: number, options: Partial<WorkerOptions> = {}, lookup = (id: string) => corpus.get(id)) {
  return new DeliveryWorker({ store, senders: [sender], articles: lookup, language: () => 'en', logger: silentLogger(), now: clock, rateScale, options });
}

async function until(condition: () => boolean, guardMs = 20_000): Promise<void> {
  const deadline = Date.now() + guardMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached (guard timeout)');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Every (chat, article) pair sent across all senders, counted. */
function deliveredPairs(...senders: FakeSender[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const sender of senders) {
    for (const [chatId, ids] of sender.articlesByChat()) for (const id of ids) pairs.set(`${chatId}/${id}`, (pairs.get(`${chatId}/${id}`) ?? 0) + 1);
  }
  return pairs;
}

describe('DeliveryWorker.stop', () => {
  it('lets the send in flight finish and hands back every claimed row not yet sent', async () => {
    const store = new MemoryStore();
    subscribeAndEnqueue(store, telegramChats(20), ['a1', 'a2', 'a3'], Date.now());
    let release: (outcome: SendOutcome) => void = () => {};
    const first = new FakeSender('telegram', TELEGRAM_LIMITS, clock);
    first.script = (_chat, _n, call) => (call === 1 ? new Promise((resolve) => (release = resolve)) : SENT);
    const w = worker(store, first, 1);
    w.start();
    await until(() => first.sends.length >= 1);
    const stopping = w.stop();
    setTimeout(() => release(SENT), 30);
    await stopping;
    const counts = store.deliveryCounts();
    expect(counts.sending).toBe(0);
    expect(counts.sent).toBe(first.sends.length); // the slow send finished and was recorded
    expect(counts.pending).toBe(60 - first.sends.length);
    expect(counts.failed).toBe(0);

    const second = new FakeSender('telegram', TELEGRAM_LIMITS, clock);
    await worker(store, second, 50).drain();
    const pairs = deliveredPairs(first, second);
    expect(pairs.size).toBe(60);
    expect([...pairs.values()].every((n) => n === 1)).toBe(true);
  });

  it('gives up waiting for a hung send after stopTimeoutMs and leaves only that row in sending', async () => {
    const store = new MemoryStore();
    subscribeAndEnqueue(store, telegramChats(3), ['a1', 'a2'], Date.now());
    const sender = new FakeSender('telegram', TELEGRAM_LIMITS, clock);
    sender.script = (_chat, _n, call) => (call === 1 ? new Promise(() => {}) : SENT);
    const w = worker(store, sender, 1, { stopTimeoutMs: 50 });
    w.start();
    await until(() => sender.sends.length >= 1);
    await w.stop();
    expect(store.deliveryCounts().sending).toBe(1);
    expect(store.deliveryCounts().pending + store.deliveryCounts().sent).toBe(5);
  });

  it('loses and doubles nothing when SIGTERM comes during a fan-out on SQLite', async () => {
    const dir = tempDir();
    const lexicon = projectLexicon();
    const news = Array.from({ length: 3 }, (_, i) =>
      makeArticle({ id: `nikel_${i}`, title: `Kabar nikel ${i}`, language: 'id', paragraphs: [`Smelter nikel ke-${i} mulai beroperasi. Kalimat kedua.`] }),
    );
    const lookup = (id: string) => news.find((a) => a.id === id);
    const chats = telegramChats(50);

    const before = SqliteStore.open(dir);
    for (const chat of chats) before.addSubscription({ chat, topic: 'nickel', mode: 'instant', now: Date.now() });
    const fanOut = createFanOut({ store: before, lexicon, digestHour: 7, timeZone: 'Asia/Jakarta' });
    const first = new FakeSender('telegram', TELEGRAM_LIMITS, clock);
    const w1 = worker(before, first, 1, {}, lookup);
    w1.start();
    for (const article of news) {
      const registered = { articleId: article.id, url: undefined, contentHash: article.id, storyKey: article.id, published: article.published, signature: '', ingestedAt: Date.now() };
      before.recordArticle(registered, fanOut(article, Date.now()));
      w1.poke();
      await until(() => first.sends.length >= 10);
    }
    await w1.stop(); // SIGTERM
    before.close();
    expect(first.sends.length).toBeLessThan(150); // stopped mid-way, or the test proves nothing

    const after = SqliteStore.open(dir); // the restarted process
    expect(after.deliveryCounts()).toMatchObject({ sending: 0, sent: first.sends.length, pending: 150 - first.sends.length });
    const second = new FakeSender('telegram', TELEGRAM_LIMITS, clock);
    const w2 = worker(after, second, 50, {}, lookup);
    w2.start();
    await until(() => after.deliveryCounts().sent === 150);
    await w2.stop();
    after.close();
    const pairs = deliveredPairs(first, second);
    expect(pairs.size).toBe(150);
    expect([...pairs.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('DeliveryWorker on real timers at a scaled rate', () => {
  it('never exceeds the scaled limits', async () => {
    const scale = 5; // Telegram's limits five times over: 150 a second, 5 a second per chat
    const store = new MemoryStore();
    subscribeAndEnqueue(store, telegramChats(150), ['a1', 'a2'], Date.now());
    const sender = new FakeSender('telegram', TELEGRAM_LIMITS, clock);
    await worker(store, sender, scale).drain();
    const times = sender.sends.map((s) => s.at);
    expect(times).toHaveLength(300);
    expect(maxInWindow(times, 1000 / scale)).toBeLessThanOrEqual(30);
    for (const chatId of new Set(sender.sends.map((s) => s.chatId))) {
      expect(maxInWindow(sender.sends.filter((s) => s.chatId === chatId).map((s) => s.at), 1000 / scale)).toBe(1);
    }
    // The sends after the first window's burst, over the time they took. Reported, not
    // asserted: a busy machine may run slower, never faster.
    const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
    const rate = (times.length - 30) / seconds;
    console.info(`scaled run: ${times.length} sends in ${seconds.toFixed(2)} s, ${rate.toFixed(0)}/s = ${((rate / (30 * scale)) * 100).toFixed(1)}% of the allowed ${30 * scale}/s`);
  });
});
