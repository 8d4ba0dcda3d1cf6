/**
 * TelegramSender against the fake Bot API: what it sends, and the outcome
 * it reports for each answer Telegram can give (200, 429, 403, 400, 5xx, no
 * answer at all), with the platform counters fed as for chat replies.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Counter } from 'prom-client';
import { createMetrics, type Metrics } from '../../../adapters/ops/metrics.ts';
import { createBot } from '../../../adapters/telegram/bot.ts';
import { TELEGRAM_DELIVERY_LIMITS, TelegramSender } from '../../../adapters/telegram/notification-sender.ts';
import { redactor } from '../../../adapters/telegram/redact.ts';
import { renderNotificationHtml } from '../../../adapters/telegram/render-notification.ts';
import { FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { Harness, memoryLog, TOKEN } from './harness.ts';
import { digest, instant } from '../../fakes/notifications.ts';

let api: FakeTelegramApi;
let metrics: Metrics;
let log: ReturnType<typeof memoryLog>;
let sender: TelegramSender;

beforeEach(async () => {
  api = await FakeTelegramApi.start(TOKEN);
  metrics = createMetrics();
  log = memoryLog();
  sender = new TelegramSender(createBot(TOKEN, api.url).telegram, { logger: log.logger, redact: redactor([TOKEN]), metrics, transientRetryMs: 1234 });
});
afterEach(async () => {
  await api.close();
});

async function count(counter: Counter<'platform'>): Promise<number> {
  return (await counter.get()).values.find((v) => v.labels.platform === 'telegram')?.value ?? 0;
}

describe('TelegramSender', () => {
  it('is the telegram platform, with Telegram’s broadcast limits; groups are the negative chat ids', () => {
    expect(sender.platform).toBe('telegram');
    expect(sender.limits).toMatchObject({ overallPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
    expect(['-100123', '-5', '42'].map((id) => TELEGRAM_DELIVERY_LIMITS.isGroup?.(id))).toEqual([true, true, false]);
  });

  describe('send', () => {
    it('sends the notification as one HTML message, link previews off, and reports sent', async () => {
      const notification = instant();
      expect(await sender.send('777', notification)).toEqual({ kind: 'sent' });
      const [message] = api.sent('sendMessage');
      expect(message).toMatchObject({ chat_id: 777, text: renderNotificationHtml(notification), parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      expect(api.delivered).toEqual([expect.objectContaining({ chatId: '777' })]);
    });

    it('sends to a group by its negative id', async () => {
      expect(await sender.send('-100123', digest())).toEqual({ kind: 'sent' });
      expect(api.sent('sendMessage')[0]?.chat_id).toBe(-100_123);
    });

    describe('when Telegram answers 429', () => {
      it('asks to retry after retry_after, as rate limited, and counts the 429', async () => {
        api.failNext('sendMessage', { status: 429, retryAfter: 3 });
        expect(await sender.send('777', instant())).toMatchObject({ kind: 'retry', afterMs: 3000, rateLimited: true });
        expect(await count(metrics.platformRateLimited)).toBe(1);
        // Not a failure for good: the worker will try again.
        expect(await count(metrics.platformApiErrors)).toBe(0);
      });

      it('keeps a fractional retry_after (a scaled fake) in whole milliseconds', async () => {
        api.failNext('sendMessage', { status: 429, retryAfter: 0.05 });
        expect(await sender.send('777', instant())).toMatchObject({ kind: 'retry', afterMs: 50, rateLimited: true });
      });
    });

    it.each([
      ['bot was blocked by the user'],
      ['bot was kicked from the supergroup chat'],
      ['user is deactivated'],
    ])('reports a chat answering 403 "Forbidden: %s" as blocked, and counts an API error', async (why) => {
      api.failNext('sendMessage', { status: 403, description: `Forbidden: ${why}` });
      expect(await sender.send('777', instant())).toEqual({ kind: 'blocked', reason: `403 Forbidden: ${why}` });
      expect(await count(metrics.platformApiErrors)).toBe(1);
    });

    it('reports 400 "chat not found" as blocked: the chat is gone', async () => {
      api.failNext('sendMessage', { status: 400, description: 'Bad Request: chat not found' });
      expect(await sender.send('777', instant())).toMatchObject({ kind: 'blocked' });
    });

    it('reports any other 400 as failed, and counts an API error', async () => {
      api.failNext('sendMessage', { status: 400, description: "Bad Request: can't parse entities" });
      expect(await sender.send('777', instant())).toEqual({ kind: 'failed', reason: "400 Bad Request: can't parse entities" });
      expect(await count(metrics.platformApiErrors)).toBe(1);
    });

    it('asks to retry after a 5xx, not as rate limited', async () => {
      api.failNext('sendMessage', { status: 502 });
      expect(await sender.send('777', instant())).toMatchObject({ kind: 'retry', afterMs: 1234, rateLimited: false });
      expect(await count(metrics.platformRateLimited)).toBe(0);
    });

    it('asks to retry when no answer comes (connection dropped), without the token in the reason or the log', async () => {
      api.failNext('sendMessage', { network: true });
      const outcome = await sender.send('777', instant());
      expect(outcome).toMatchObject({ kind: 'retry', afterMs: 1234, rateLimited: false });
      expect(JSON.stringify(outcome)).not.toContain(TOKEN);
      expect(log.text()).not.toContain(TOKEN);
    });

    it('gives up on a request that never answers, as a network failure to retry', async () => {
      // A server that takes the request and never answers: without a timeout the send would hang for good.
      const silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
        const patient = new TelegramSender(createBot(TOKEN, url).telegram, { logger: log.logger, redact: redactor([TOKEN]), transientRetryMs: 1234, requestTimeoutMs: 200 });
        expect(await patient.send('777', instant())).toMatchObject({ kind: 'retry', afterMs: 1234, rateLimited: false });
      } finally {
        silent.closeAllConnections();
        silent.close();
      }
    });

    it('makes one attempt only: pacing and retrying are the worker’s', async () => {
      api.failNext('sendMessage', { status: 500 }, 3);
      await sender.send('777', instant());
      expect(api.attempts('sendMessage')).toHaveLength(1);
    });
  });

  describe('against the fake enforcing Telegram’s limits', () => {
    it('is told to retry a second message to the same chat within the second, after the whole second Telegram asks for', async () => {
      const now = 1_000_000;
      api.enforceLimits({ scale: 1, now: () => now });
      expect(await sender.send('777', instant())).toEqual({ kind: 'sent' });
      expect(await sender.send('777', instant())).toMatchObject({ kind: 'retry', afterMs: 1000, rateLimited: true });
      expect(await sender.send('778', instant())).toEqual({ kind: 'sent' });
      expect(api.tooManyRequests).toBe(1);
    });
  });
});

describe('startTelegram', () => {
  it('returns its TelegramSender as the platform’s sender, counting on the process metrics', async () => {
    const h = await Harness.start();
    try {
      expect(h.platform.sender).toBeInstanceOf(TelegramSender);
      h.api.failNext('sendMessage', { status: 429, retryAfter: 2 });
      expect(await h.platform.sender!.send('555', instant())).toMatchObject({ kind: 'retry', afterMs: 2000 });
      expect(await count(h.metrics.platformRateLimited)).toBe(1);
    } finally {
      await h.stop();
    }
  });
});
