/**
 * What keeps the bot up and polite when things go wrong: Telegram's 429,
 * 5xx, 403 and dropped connections; handler errors; duplicate updates; the
 * per-user question limit and the question length limit; and secrets kept
 * out of logs and errors throughout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TelegramApiError } from '../../../adapters/telegram/index.ts';
import { MESSAGES } from '../../../src/answer/messages.ts';
import { Engine, type Message } from '../../../src/engine.ts';
import type { Answer } from '../../../src/answer/answer.ts';
import { FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { seedEngine } from '../../helpers.ts';
import { Harness, TOKEN, memoryLog, testConfig } from './harness.ts';
import { groupText, privateText } from './updates.ts';
import { HttpServer } from '../../../adapters/http/server.ts';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { createMetrics } from '../../../adapters/ops/metrics.ts';
import { startTelegram } from '../../../adapters/telegram/index.ts';

let h: Harness | undefined;
afterEach(async () => {
  // Whatever happened in the test, the token never reached the log.
  if (h) expect(h.log.text()).not.toContain(TOKEN.split(':')[1]);
  await h?.stop();
  h = undefined;
});

const QUESTION = 'Which minerals are prioritised for downstreaming?';

describe('outgoing calls', () => {
  it('wait out a 429 for retry_after seconds, then deliver', async () => {
    h = await Harness.start();
    h.api.failNext('sendMessage', { status: 429, retryAfter: 1 }, 2);
    const replies = await h.replies(privateText(QUESTION));
    expect(replies.join()).toContain(MESSAGES.en.mineralsHeadline);
    expect(h.api.attempts('sendMessage').map((c) => c.status)).toEqual([429, 429, 200]);
    expect(h.sleeps).toEqual([1000, 1000]);
  });

  it('back off exponentially after a 5xx, then deliver', async () => {
    h = await Harness.start();
    h.api.failNext('sendMessage', { status: 500 }, 2);
    expect((await h.replies(privateText(QUESTION))).join()).toContain(MESSAGES.en.mineralsHeadline);
    expect(h.api.attempts('sendMessage').map((c) => c.status)).toEqual([500, 500, 200]);
    expect(h.sleeps).toEqual([500, 1000]);
  });

  it('retry a dropped connection, and log it without the token', async () => {
    h = await Harness.start();
    h.api.failNext('sendMessage', { network: true });
    expect((await h.replies(privateText(QUESTION))).join()).toContain(MESSAGES.en.mineralsHeadline);
    expect(h.api.attempts('sendMessage').map((c) => c.status)).toEqual(['dropped', 200]);
    expect(h.log.text()).toContain('"code":"NETWORK"');
  });

  it('are not retried on 403 (blocked or kicked): logged, and the bot carries on', async () => {
    h = await Harness.start();
    h.api.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await h.replies(privateText(QUESTION))).toEqual([]);
    expect(h.api.attempts('sendMessage')).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
    const warning = h.log.entries().find((e) => e.code === 403);
    expect(warning).toMatchObject({ method: 'sendMessage', description: 'Forbidden: bot was blocked by the user', chatId: 111 });
    // No apology either: the chat would refuse it too.
    expect((await h.replies(privateText(QUESTION))).join()).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('give up after a bounded number of attempts and log the failure with the update id', async () => {
    h = await Harness.start();
    h.api.failNext('sendMessage', { status: 502 }, 8);
    const update = privateText(QUESTION);
    expect(await h.replies(update)).toEqual([]);
    // Four attempts at the answer, four at the apology.
    expect(h.api.attempts('sendMessage')).toHaveLength(8);
    const failure = h.log.entries().find((e) => e.msg === 'Telegram update failed');
    expect(failure).toMatchObject({ updateId: update.update_id, error: { code: 502, method: 'sendMessage' } });
  });

  it('keep errors that carry the token (a refused connection) out of the log', async () => {
    h = await Harness.start();
    h.api.failNext('sendMessage', { network: true }, 8);
    await h.deliver(privateText(QUESTION));
    const failure = h.log.entries().find((e) => e.msg === 'Telegram update failed');
    expect(failure).toMatchObject({ error: { code: 'NETWORK', method: 'sendMessage' } });
  });
});

describe('a handler error', () => {
  class ExplodingEngine extends Engine {
    override ask(message: Message): Answer {
      if (message.text.includes('boom')) throw new Error('engine exploded');
      return super.ask(message);
    }
  }
  const engine = () => new ExplodingEngine(seedEngine().knowledge);

  it('gets the user an apology in their language, and the log the error and update id', async () => {
    h = await Harness.start({ engine: engine() });
    const update = privateText('boom', { languageCode: 'id' });
    expect(await h.replies(update)).toEqual([MESSAGES.id.apology]);
    const failure = h.log.entries().find((e) => e.msg === 'Telegram update failed');
    expect(failure).toMatchObject({ updateId: update.update_id, error: { type: 'Error', message: 'engine exploded' } });
  });

  it('does not stop the bot', async () => {
    h = await Harness.start({ engine: engine() });
    expect(await h.replies(privateText('what went boom?'))).toEqual([MESSAGES.en.apology]);
    expect((await h.replies(privateText(QUESTION))).join()).toContain(MESSAGES.en.mineralsHeadline);
  });
});

describe('duplicate updates', () => {
  it('are answered once when the same update id arrives twice in a batch', async () => {
    h = await Harness.start();
    const update = privateText(QUESTION);
    expect(await h.replies(update, update)).toHaveLength(1);
  });
});

describe('the per-user question limit', () => {
  it('answers RATE_LIMIT_PER_MINUTE questions a minute, then says so once', async () => {
    h = await Harness.start({ mode: 'webhook', env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const ask = () => h!.replies(privateText(QUESTION, { userId: 7 }));
    expect((await ask()).join()).toContain(MESSAGES.en.mineralsHeadline);
    expect((await ask()).join()).toContain(MESSAGES.en.mineralsHeadline);
    expect(await ask()).toEqual([MESSAGES.en.rateLimited(2)]);
    // Because a flood must not be answered with a flood, further questions get silence.
    expect(await ask()).toEqual([]);
  });

  it('counts per user, and speaks the language of the refused question', async () => {
    h = await Harness.start({ mode: 'webhook', env: { RATE_LIMIT_PER_MINUTE: '1' } });
    await h.replies(privateText(QUESTION, { userId: 8 }));
    expect(await h.replies(privateText('Mineral apa yang diprioritaskan?', { userId: 8 }))).toEqual([MESSAGES.id.rateLimited(1)]);
    expect((await h.replies(privateText(QUESTION, { userId: 9 }))).join()).toContain(MESSAGES.en.mineralsHeadline);
  });
});

describe('a question over MAX_QUESTION_CHARS', () => {
  it('gets the too-long message instead of an answer', async () => {
    h = await Harness.start({ mode: 'webhook' });
    const long = `${QUESTION} ${'nickel '.repeat(200)}`.slice(0, 1001);
    expect(await h.replies(privateText(long))).toEqual([MESSAGES.en.tooLong(1000)]);
  });

  it('is measured after the mention is taken out, so a question at the limit is answered', async () => {
    h = await Harness.start({ mode: 'webhook', env: { MAX_QUESTION_CHARS: '60' } });
    const atLimit = QUESTION.padEnd(60, '?');
    expect((await h.replies(groupText(`@coop_test_bot ${atLimit}`))).join()).toContain(MESSAGES.en.mineralsHeadline);
    expect(await h.replies(groupText(`@coop_test_bot ${atLimit}?`))).toEqual([MESSAGES.en.tooLong(60)]);
  });

  it('is refused in the language it is written in', async () => {
    h = await Harness.start({ mode: 'webhook', env: { MAX_QUESTION_CHARS: '60' } });
    expect(await h.replies(privateText('Mineral apa yang diprioritaskan untuk hilirisasi di Indonesia saat ini?'))).toEqual([MESSAGES.id.tooLong(60)]);
  });
});

describe('start-up', () => {
  it('fails with a TelegramApiError that does not contain the token when Telegram refuses it', async () => {
    const api = await FakeTelegramApi.start('987654321:ADifferentTokenTheFakeExpectsInstead_00');
    const log = memoryLog();
    const config = testConfig(api, 'polling');
    const http = new HttpServer(log.logger);
    try {
      const error: unknown = await startTelegram({ engine: seedEngine(), config, logger: log.logger, http, limiter: new QuestionLimiter(20), metrics: createMetrics() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TelegramApiError);
      expect(error).toMatchObject({ method: 'getMe', code: 401 });
      const everything = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)} ${log.text()}`;
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain(TOKEN.split(':')[1]);
    } finally {
      await api.close();
    }
  });

  it('does not leak the webhook secret when setWebhook fails', async () => {
    const api = await FakeTelegramApi.start(TOKEN);
    const log = memoryLog();
    const secret = 'the_configured_webhook_secret';
    const config = testConfig(api, 'webhook', { TELEGRAM_WEBHOOK_SECRET: secret });
    api.failNext('setWebhook', { status: 400, description: 'Bad Request: bad webhook: HTTPS url must be provided for webhook' });
    try {
      const error: unknown = await startTelegram(
        { engine: seedEngine(), config, logger: log.logger, http: new HttpServer(log.logger), limiter: new QuestionLimiter(20), metrics: createMetrics() },
        { sleep: async () => {} },
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ method: 'setWebhook', code: 400 });
      expect(`${(error as Error).stack} ${JSON.stringify(error)} ${log.text()}`).not.toContain(secret);
    } finally {
      await api.close();
    }
  });

  it('registers the rest of the menus when one setMyCommands fails', async () => {
    h = await Harness.start();
    // setMyCommands already ran; start a second bot on the same fake with a failure queued.
    h.api.failNext('setMyCommands', { status: 400, description: 'Bad Request: BOT_COMMAND_INVALID' });
    const second = await startTelegram(
      { engine: seedEngine(), config: testConfig(h.api, 'polling'), logger: h.log.logger, http: new HttpServer(h.log.logger), limiter: new QuestionLimiter(20), metrics: createMetrics() },
      { sleep: async () => {} },
    );
    await second.stop();
    expect(h.api.attempts('setMyCommands').map((c) => c.status)).toEqual([200, 200, 200, 400, 200, 200]);
    expect(h.log.text()).toContain('command menu not registered');
  });
});
