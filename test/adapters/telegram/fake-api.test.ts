/**
 * The fake Bot API's opt-in limits, which the delivery tests and
 * `npm run bench:delivery` rely on: Telegram's broadcast limits times a
 * scale, 429 with retry_after over them, 403 for blocked chats, and
 * getChatMember. The windows run on a clock the test steps, so nothing here
 * depends on how fast the machine is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { TOKEN } from './harness.ts';

let api: FakeTelegramApi;
let now: number;

beforeEach(async () => {
  api = await FakeTelegramApi.start(TOKEN);
  now = 1_700_000_000_000;
});
afterEach(async () => {
  await api.close();
});

interface Answer {
  readonly status: number;
  readonly body: { ok: boolean; error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

async function call(method: string, params: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${api.url}/bot${TOKEN}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const send = (chatId: number, text = 'hello') => call('sendMessage', { chat_id: chatId, text });

async function sendMany(chatIds: number[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const chatId of chatIds) statuses.push((await send(chatId)).status);
  return statuses;
}

describe('FakeTelegramApi limits', () => {
  it('are off unless asked for', async () => {
    expect(await sendMany([1, 1, 1, 1])).toEqual([200, 200, 200, 200]);
  });

  describe('at scale 1', () => {
    beforeEach(() => api.enforceLimits({ scale: 1, now: () => now }));

    it('allow one message a second per chat, answering 429 with a whole-second retry_after', async () => {
      expect((await send(1)).status).toBe(200);
      const refused = await send(1);
      expect(refused).toEqual({ status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } });
      expect((await send(2)).status).toBe(200); // another chat is not held up
      now += 1000;
      expect((await send(1)).status).toBe(200);
    });

    it('allow 30 messages a second overall', async () => {
      expect(await sendMany(Array.from({ length: 31 }, (_, i) => i + 1))).toEqual([...Array<number>(30).fill(200), 429]);
      now += 999;
      expect((await send(100)).status).toBe(429);
      now += 1;
      expect((await send(100)).status).toBe(200);
    });

    it('allow 20 messages a minute per group (negative chat id), asking to wait out the minute', async () => {
      for (let i = 0; i < 20; i++) {
        expect((await send(-100_1)).status).toBe(200);
        now += 1000; // keeps under the per-chat limit
      }
      const refused = await send(-100_1);
      expect(refused.status).toBe(429);
      expect(refused.body.parameters?.retry_after).toBe(40);
      expect((await send(5)).status).toBe(200); // private chats have no such limit
      now += 40_000;
      expect((await send(-100_1)).status).toBe(200);
    });

    it('record every accepted message with its chat, and count the 429s', async () => {
      await sendMany([1, 1, 2, -3, -3]);
      expect(api.delivered.map((m) => [m.chatId, m.text])).toEqual([
        ['1', 'hello'],
        ['2', 'hello'],
        ['-3', 'hello'],
      ]);
      expect(api.deliveredPerChat()).toEqual(
        new Map([
          ['1', 1],
          ['2', 1],
          ['-3', 1],
        ]),
      );
      expect(api.tooManyRequests).toBe(2);
    });
  });

  describe('at scale 20 (time runs 20 times faster)', () => {
    beforeEach(() => api.enforceLimits({ scale: 20, now: () => now }));

    it('allow 20 messages a second to one chat and 600 overall', async () => {
      expect(await sendMany(Array<number>(21).fill(7))).toEqual([...Array<number>(20).fill(200), 429]);
      const others = await sendMany(Array.from({ length: 580 }, (_, i) => 1000 + i));
      expect(others.every((s) => s === 200)).toBe(true);
      expect((await send(5000)).status).toBe(429);
    });

    it('answer a fractional retry_after: the whole seconds of scale 1, divided by the scale', async () => {
      await send(7);
      now += 10;
      await sendMany(Array<number>(19).fill(7));
      now += 500;
      // 490 ms left of the window is 9.8 s at scale 1: Telegram would ask for 10 s, here 0.5 s.
      expect((await send(7)).body.parameters?.retry_after).toBe(0.5);
      now += 489;
      expect((await send(7)).body.parameters?.retry_after).toBe(0.05); // never 0
    });
  });

  it('below scale 1 stretch the window: one message per 1/(rate×scale) seconds', async () => {
    api.enforceLimits({ scale: 0.5, overallPerSecond: 1000, now: () => now });
    expect(await sendMany([1, 1])).toEqual([200, 429]);
    now += 1999;
    expect((await send(1)).status).toBe(429);
    now += 1;
    expect((await send(1)).status).toBe(200);
  });
});

describe('FakeTelegramApi blocked chats', () => {
  it('answer sendMessage with 403 as a user who blocked the bot, and record nothing', async () => {
    api.blockChat(9);
    expect(await send(9)).toEqual({ status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    expect((await send(10)).status).toBe(200);
    expect(api.delivered.map((m) => m.chatId)).toEqual(['10']);
  });
});

describe('FakeTelegramApi getChatMember', () => {
  it('answers member unless told otherwise, per chat and user', async () => {
    api.setChatMember(-5, 1, 'administrator');
    const status = async (chatId: number, userId: number) => ((await call('getChatMember', { chat_id: chatId, user_id: userId })).body as { result?: { status: string } }).result?.status;
    expect(await status(-5, 1)).toBe('administrator');
    expect(await status(-5, 2)).toBe('member');
    expect(await status(-6, 1)).toBe('member');
  });
});
