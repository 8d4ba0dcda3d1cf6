/**
 * The delivery worker sending through TelegramSender to the fake Bot API
 * enforcing Telegram's limits (scaled): every subscription gets its
 * notification exactly once, within the limits, and a chat that blocked the
 * bot has its subscriptions paused. Completion is awaited, never timed.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../adapters/telegram/bot.ts';
import { TelegramSender } from '../../../adapters/telegram/notification-sender.ts';
import { redactor } from '../../../adapters/telegram/redact.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore, type Store } from '../../../src/store/index.ts';
import { UPDATE_MESSAGES } from '../../../src/updates/messages.ts';
import { DeliveryWorker } from '../../../src/updates/worker.ts';
import { FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { seedArticles } from '../../helpers.ts';
import { TOKEN } from './harness.ts';
import { checkTelegramHtml } from './telegram-html.ts';

const SCALE = 20;
const article = seedArticles()[0]!;

let api: FakeTelegramApi;
let store: Store;
let worker: DeliveryWorker;

beforeEach(async () => {
  api = await FakeTelegramApi.start(TOKEN);
  api.enforceLimits({ scale: SCALE });
  store = new MemoryStore();
  const sender = new TelegramSender(createBot(TOKEN, api.url).telegram, { logger: silentLogger(), redact: redactor([TOKEN]) });
  worker = new DeliveryWorker({ store, senders: [sender], articles: (id) => (id === article.id ? article : undefined), language: () => 'en', logger: silentLogger(), rateScale: SCALE });
});
afterEach(async () => {
  await worker.stop();
  await api.close();
});

function subscribe(chatId: number, topic: string): number {
  const now = Date.now();
  const { id } = store.addSubscription({ chat: { platform: 'telegram', chatId: String(chatId) }, topic, mode: 'instant', now });
  store.enqueue({ subscriptionId: id, articleId: article.id, now });
  return id;
}

// Until nothing is pending or sending; the guard only stops a hung test.
async function settled(guardMs = 30_000): Promise<void> {
  const deadline = Date.now() + guardMs;
  for (;;) {
    const { pending, sending } = store.deliveryCounts();
    if (pending === 0 && sending === 0) return;
    if (Date.now() > deadline) throw new Error(`deliveries still pending: ${JSON.stringify(store.deliveryCounts())}`);
    await delay(20);
  }
}

describe('TelegramSender with the delivery worker', () => {
  it('delivers one message per subscription, private chats and groups alike, none lost or doubled', async () => {
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) expected.push(`${1000 + i}|p${i}`);
    for (const chatId of [1000, 1001]) for (const t of ['x1', 'x2']) expected.push(`${chatId}|${t}`);
    for (let i = 0; i < 8; i++) expected.push(`-100500|g${i}`);
    for (const key of expected) {
      const [chatId, topic] = key.split('|') as [string, string];
      subscribe(Number(chatId), topic);
    }
    worker.start();
    await settled();
    const received = api.delivered.map((m) => `${m.chatId}|${/“([^”]+)”/.exec(m.text)?.[1]}`);
    expect(received.toSorted()).toEqual(expected.toSorted());
    expect(store.deliveryCounts()).toMatchObject({ sent: expected.length, failed: 0 });
    const first = checkTelegramHtml(api.delivered.find((m) => m.text.includes('“p0”'))?.text ?? '').text;
    expect(first).toContain(UPDATE_MESSAGES.en.newArticle('p0'));
    expect(first).toContain(article.title);
  });

  it('pauses the subscriptions of a chat that blocked the bot, and sends it nothing', async () => {
    api.blockChat(2000);
    const blocked = subscribe(2000, 'nickel');
    subscribe(2001, 'nickel');
    worker.start();
    await settled();
    expect(store.getSubscription(blocked)?.paused).toBe(true);
    expect(api.delivered.map((m) => m.chatId)).toEqual(['2001']);
  });
});
