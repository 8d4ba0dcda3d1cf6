/**
 * Webhook mode: the route on the shared HTTP server, its secret token, and
 * exactly-once processing of redelivered updates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/answer/messages.ts';
import { ConfigError } from '../../../src/errors.ts';
import { Harness, TOKEN, WEBHOOK_URL } from './harness.ts';
import { privateText } from './updates.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const QUESTION = 'Which minerals are prioritised for downstreaming?';

describe('setWebhook at start-up', () => {
  it('registers TELEGRAM_WEBHOOK_URL with a random secret when none is configured', async () => {
    h = await Harness.start({ mode: 'webhook' });
    const [call] = h.api.sent('setWebhook');
    expect(call?.url).toBe(WEBHOOK_URL);
    expect(call?.secret_token).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    expect(call?.allowed_updates).toEqual(['message', 'callback_query']);
    expect(h.api.sent('deleteWebhook')).toEqual([]);
  });

  it('uses TELEGRAM_WEBHOOK_SECRET when it is set', async () => {
    h = await Harness.start({ mode: 'webhook', env: { TELEGRAM_WEBHOOK_SECRET: 'configured_Secret-123' } });
    expect(h.webhookSecret).toBe('configured_Secret-123');
  });

  it('refuses a configured secret Telegram would reject, without echoing it', async () => {
    const start = Harness.start({ mode: 'webhook', env: { TELEGRAM_WEBHOOK_SECRET: 'has spaces and !' } });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.not.toThrow(/has spaces/);
  });
});

describe('the webhook route', () => {
  it('processes an update that carries the right secret', async () => {
    h = await Harness.start({ mode: 'webhook' });
    expect(await h.post(privateText(QUESTION), h.webhookSecret)).toBe(200);
    expect(h.texts()[0]).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('answers 401 to an update without the secret and does not process it', async () => {
    h = await Harness.start({ mode: 'webhook' });
    expect(await h.post(privateText(QUESTION), null)).toBe(401);
    expect(h.api.attempts('sendMessage')).toEqual([]);
  });

  it('answers 401 to an update with a wrong secret and does not process it', async () => {
    h = await Harness.start({ mode: 'webhook' });
    expect(await h.post(privateText(QUESTION), `${h.webhookSecret}x`)).toBe(401);
    expect(await h.post(privateText(QUESTION), '')).toBe(401);
    expect(h.api.attempts('sendMessage')).toEqual([]);
  });

  it('never logs the secret or the token', async () => {
    h = await Harness.start({ mode: 'webhook' });
    await h.post(privateText(QUESTION), 'wrong-secret');
    await h.deliver(privateText(QUESTION));
    expect(h.log.text()).toContain('secret token refused');
    expect(h.log.text()).not.toContain(h.webhookSecret);
    expect(h.log.text()).not.toContain(TOKEN);
  });

  it('answers only POST', async () => {
    h = await Harness.start({ mode: 'webhook' });
    expect(await h.post(privateText(QUESTION), h.webhookSecret, 'GET')).toBe(405);
  });

  it('processes an update redelivered with the same id once', async () => {
    h = await Harness.start({ mode: 'webhook' });
    const update = privateText(QUESTION);
    expect(await h.post(update, h.webhookSecret)).toBe(200);
    expect(await h.post(update, h.webhookSecret)).toBe(200);
    expect(h.texts()).toHaveLength(1);
  });

  it('refuses updates once the bot is stopped, leaving the webhook set for the next start', async () => {
    h = await Harness.start({ mode: 'webhook' });
    await h.platform.stop();
    expect(await h.post(privateText(QUESTION), h.webhookSecret)).toBe(503);
    expect(h.api.attempts('deleteWebhook')).toEqual([]);
  });
});
