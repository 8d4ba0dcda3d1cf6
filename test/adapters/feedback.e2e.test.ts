/**
 * Issue 12 end to end: `npm start` on fake Telegram and Slack servers, a
 * question on each, a 👍 then a change to 👎 recorded once, a forged press
 * refused, and questions the articles cannot answer; then `npm run report`
 * on the store those left in DATA_DIR prints every section, `--json` parses,
 * and `--eval-jsonl` writes valid eval lines. Neither the logs nor the report
 * hold a raw chat or user id.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvalItemSchema } from '../../scripts/lib/score.ts';
import { ACTION_IDS } from '../../adapters/slack/action-ids.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { type BotProcess, startBot } from './bot-process.ts';
import { blockActions, buttonValue, commandForm, SECRETS, signature } from './slack/helpers.ts';
import { buttonPress, privateText } from './telegram/updates.ts';

const TOKEN = '123456:TEST-token-for-feedback';
// Distinctive ids, so their absence from logs and the report means something.
const TG_USER = 918_273_645;
const SLACK_USER = 'UQ7ZK4M2P9';
const SLACK_CHANNEL = 'CX3V8N1R6T';

let api: FakeTelegramApi;
let slack: FakeSlackApi;
let bot: BotProcess;
let base: string;
const dataDir = tempDir('coop-bot-feedback-');

beforeAll(async () => {
  api = await FakeTelegramApi.start(TOKEN);
  slack = await FakeSlackApi.start(SECRETS.botToken);
  bot = startBot({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
    SLACK_BOT_TOKEN: SECRETS.botToken,
    SLACK_SIGNING_SECRET: SECRETS.signingSecret,
    SLACK_API_URL: slack.apiUrl,
    DATA_DIR: dataDir,
  });
  base = `http://127.0.0.1:${await bot.port()}`;
}, 40_000);

afterAll(async () => {
  if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
  await bot.exited;
  await api.close();
  await slack.close();
});

async function telegramAsk(text: string): Promise<{ buttons: { text: string; callback_data: string }[]; messageId: number }> {
  const before = api.sent('sendMessage').length;
  api.queueUpdates(privateText(text, { userId: TG_USER }));
  await api.waitFor(() => api.sent('sendMessage').length > before, 'an answer', 20_000);
  const last = api.sent('sendMessage').at(-1)!;
  const buttons = ((last.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();
  return { buttons, messageId: api.sentMessageIds().at(-1)! };
}

async function telegramPress(data: string, messageId: number, chatId = TG_USER): Promise<string | undefined> {
  const before = api.sent('answerCallbackQuery').length;
  api.queueUpdates(buttonPress(data, { chatId, messageId, userId: TG_USER }));
  await api.waitFor(() => api.sent('answerCallbackQuery').length > before, 'the press answered', 10_000);
  return api.sent('answerCallbackQuery').at(-1)!.text as string | undefined;
}

async function slackPost(body: string): Promise<void> {
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) },
    body,
  });
  expect(response.status).toBe(200);
}

async function slackAsk(text: string): Promise<Record<string, unknown>> {
  const url = slack.responseUrl();
  await slackPost(commandForm(text, { response_url: url, user_id: SLACK_USER, channel_id: SLACK_CHANNEL }));
  return (await slack.waitFor(() => slack.responses.find((r) => r.path === new URL(url).pathname), 15_000)).body;
}

async function slackPress(actionId: string, value: string | undefined, channel = SLACK_CHANNEL): Promise<string> {
  const url = slack.responseUrl();
  const payload = { ...blockActions(actionId, value, url), user: { id: SLACK_USER, team_id: 'T1' }, channel: { id: channel, name: 'general' } };
  await slackPost(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  return JSON.stringify((await slack.waitFor(() => slack.responses.find((r) => r.path === new URL(url).pathname), 10_000)).body);
}

function runReport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/report.ts'), ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('feedback on Telegram and Slack, then the report', () => {
  it('records a 👍 changed to 👎 once on Telegram, and refuses a forged press', async () => {
    const { buttons, messageId } = await telegramAsk('Which minerals are prioritized for downstreaming?');
    const up = buttons.find((b) => b.text === '👍')!;
    const down = buttons.find((b) => b.text === '👎')!;
    expect(await telegramPress(up.callback_data, messageId)).toContain('👍');
    expect(await telegramPress(down.callback_data, messageId)).toContain('changed');
    expect(await telegramPress('vote:down:AAAAAAAAAAAA', messageId)).toContain('expired');
    await telegramAsk('berapa investasi nikel?');
  }, 40_000);

  it('records a 👍 changed to 👎 once on Slack, and refuses a forged press', async () => {
    const answer = await slackAsk('Which minerals are prioritized for downstreaming?');
    const id = buttonValue(answer, ACTION_IDS.voteUp);
    expect(await slackPress(ACTION_IDS.voteUp, id)).toContain('Thanks');
    expect(await slackPress(ACTION_IDS.voteDown, id)).toContain('Vote changed');
    expect(await slackPress(ACTION_IDS.voteDown, 'AAAAAAAAAAAA')).toContain('no longer works');
    await slackAsk('how much nickel investment?');
    await slackAsk('how much nickel investment?');
  }, 40_000);

  it('counts the votes in /metrics and keeps one vote per user and answer', async () => {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('coopbot_votes_total{vote="down",intent="minerals",language="en"} 2');
    expect(metrics).toContain('coopbot_votes_withdrawn_total{vote="up",intent="minerals",language="en"} 2');
    expect(metrics).toMatch(/coopbot_votes_refused_total\{platform="telegram"\} 1/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const store = SqliteStore.open(dataDir);
    expect(store.votesSince(0).map((v) => v.vote)).toEqual(['down', 'down']);
    expect(store.answersSince(0)).toHaveLength(5);
    store.close();
    for (const id of [String(TG_USER), SLACK_USER, SLACK_CHANNEL]) expect(bot.logs()).not.toContain(id);
  }, 30_000);

  it('prints every section of the report, with the unanswered questions grouped across languages', async () => {
    const { code, stdout } = await runReport(['--since', '24h']);
    expect(code).toBe(0);
    expect(stdout).toContain('Questions: 5 from 2 askers; declined 3 (60%); votes 👍 0, 👎 2');
    expect(stdout).toContain('== Questions and answers per day ==');
    expect(stdout).toMatch(/intents: general 3, minerals 2 {2}languages: en 4, id 1/);
    expect(stdout).toContain('== Answers marked 👎 (2) ==');
    expect(stdout).toContain('"Which minerals are prioritized for downstreaming?"  [minerals/en]  👎 1 👍 0');
    expect(stdout).toContain('https://rmol.id/');
    expect(stdout).toContain('- investment + nickel: asked 3×');
    expect(stdout).toContain('"how much nickel investment?"');
    expect(stdout).toContain('"berapa investasi nikel?"');
    for (const id of [String(TG_USER), SLACK_USER, SLACK_CHANNEL]) expect(stdout).not.toContain(id);
  }, 30_000);

  it('prints the same as JSON', async () => {
    const { code, stdout } = await runReport(['--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { totals: { questions: number; declined: number }; unanswered: { topic: string; asked: number }[]; downvoted: unknown[] };
    expect(report.totals).toMatchObject({ questions: 5, declined: 3 });
    expect(report.unanswered[0]).toMatchObject({ topic: 'investment + nickel', asked: 3 });
    expect(report.downvoted).toHaveLength(2);
  }, 30_000);

  it('writes the 👎 and declined questions as valid eval lines, each question once', async () => {
    const file = join(tempDir(), 'from-report.jsonl');
    const { code } = await runReport(['--eval-jsonl', file]);
    expect(code).toBe(0);
    const items = readFileSync(file, 'utf8').trim().split('\n').map((line) => EvalItemSchema.strict().parse(JSON.parse(line)));
    expect(items.map((i) => [i.lang, i.question]).sort()).toEqual([
      ['en', 'Which minerals are prioritized for downstreaming?'],
      ['en', 'how much nickel investment?'],
      ['id', 'berapa investasi nikel?'],
    ]);
    expect(items.every((i) => i.facts?.length === 0 && i.sources?.length === 0 && /^report-(down|declined)-/.test(i.id))).toBe(true);
  }, 30_000);
});
