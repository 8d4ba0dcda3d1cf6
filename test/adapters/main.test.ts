/**
 * `npm start` as an operator runs it: the real process, configured through
 * the environment, against fake platform servers on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { tempDir } from '../helpers.ts';
import { startBot } from './bot-process.ts';
import { commandForm, SECRETS, signature } from './slack/helpers.ts';
import { privateText } from './telegram/updates.ts';

const TOKEN = '123456:TEST-token-for-npm-start';
let api: FakeTelegramApi | undefined;
let slack: FakeSlackApi | undefined;

afterEach(async () => {
  await api?.close();
  await slack?.close();
});

describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('answers /minerals over long polling with cited HTML, and exits 0 on SIGTERM', async () => {
    api = await FakeTelegramApi.start(TOKEN);
    const bot = startBot({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url });
    api.queueUpdates(privateText('/minerals'));
    await api.waitFor(() => api!.sent('sendMessage').length > 0, 'an answer', 20_000);
    const [reply] = api.sent('sendMessage');
    expect(reply!.parse_mode).toBe('HTML');
    expect(String(reply!.text)).toContain('<b>');
    expect(String(reply!.text)).toMatch(/molybdenum|molibdenum/);
    expect(String(reply!.text)).toContain('href="https://rmol.id/');
    expect(api.sent('setMyCommands').length).toBeGreaterThan(0);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    // Because the token is in every API URL, check that no log line carries it.
    expect(bot.logs()).not.toContain(TOKEN);
    expect(bot.logs()).toContain('corpus loaded');
  }, 40_000);
});

describe('npm start keeps chat settings in DATA_DIR', () => {
  it('remembers /lang across a restart', async () => {
    api = await FakeTelegramApi.start(TOKEN);
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATA_DIR: tempDir('coop-bot-data-') };
    const first = startBot(env);
    api.queueUpdates(privateText('/lang id'));
    await api.waitFor(() => api!.sent('sendMessage').length > 0, 'the /lang confirmation', 20_000);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = startBot(env);
    api.queueUpdates(privateText('Which minerals are prioritized?'));
    await api.waitFor(() => api!.sent('sendMessage').length > 1, 'an answer', 20_000);
    // Because the chat chose Indonesian, an English question is answered in Indonesian.
    expect(String(api.sent('sendMessage')[1]!.text)).toContain('molibdenum');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 60_000);
});

describe('npm start with Slack in HTTP mode', () => {
  it('acknowledges a signed /coop minerals within 3 s and answers with cited blocks', async () => {
    slack = await FakeSlackApi.start(SECRETS.botToken);
    const bot = startBot({ SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_SIGNING_SECRET: SECRETS.signingSecret, SLACK_API_URL: slack.apiUrl });
    const port = await bot.port();
    const body = commandForm('minerals', { response_url: slack.responseUrl('minerals') });
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(body, timestamp),
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3_000);
    const answer = await slack.waitFor(() => slack!.responses.find((r) => r.path.endsWith('/minerals')), 15_000);
    const blocks = JSON.stringify(answer.body.blocks);
    expect(blocks).toMatch(/molybdenum/);
    expect(blocks).toContain('<https://rmol.id/');
    expect(answer.body.response_type).toBe('ephemeral');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.logs()).not.toContain(SECRETS.botToken);
    expect(bot.logs()).not.toContain(SECRETS.signingSecret);
  }, 40_000);
});

describe('npm start with Telegram and Slack at once', () => {
  it('serves /healthz, /readyz and /metrics on the one port, and exits 0 within 10 s of SIGTERM', async () => {
    api = await FakeTelegramApi.start(TOKEN);
    slack = await FakeSlackApi.start(SECRETS.botToken);
    const bot = startBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      SLACK_BOT_TOKEN: SECRETS.botToken,
      SLACK_SIGNING_SECRET: SECRETS.signingSecret,
      SLACK_API_URL: slack.apiUrl,
    });
    const base = `http://127.0.0.1:${await bot.port()}`;

    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { corpus: true, index: true, store: true, telegram: true, slack: true } });

    // A question through Telegram shows up in the counters.
    api.queueUpdates(privateText('/minerals'));
    await api.waitFor(() => api!.sent('sendMessage').length > 0, 'an answer', 20_000);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('coopbot_questions_answered_total{intent="minerals",language="en"} 1');
    expect(metrics).toContain('coopbot_answer_duration_seconds_count{intent="minerals"} 1');
    expect(metrics).toContain('process_resident_memory_bytes');
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);

    const stopping = performance.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(performance.now() - stopping).toBeLessThan(10_000);
    expect(bot.logs()).not.toContain(TOKEN);
    expect(bot.logs()).not.toContain(SECRETS.signingSecret);
  }, 40_000);
});
