/**
 * Long polling's life cycle: Telegraf's launch() runs in the background, so
 * stopping must work at any moment and a dead poll loop must be reported.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../../src/answer/messages.ts';
import { Harness, TOKEN } from './harness.ts';
import { privateText } from './updates.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('polling', () => {
  it('stops cleanly right after starting, before Telegraf has begun to poll', async () => {
    h = await Harness.start();
    await expect(h.platform.stop()).resolves.toBeUndefined();
  });

  it('stops polling once stopped, after confirming the updates it handled', async () => {
    h = await Harness.start();
    const update = privateText('Which minerals are prioritised for downstreaming?');
    expect((await h.replies(update)).join()).toContain(MESSAGES.en.mineralsHeadline);
    await h.platform.stop();
    const polls = h.api.attempts('getUpdates').length;
    expect(Number(h.api.attempts('getUpdates').at(-1)?.params.offset)).toBeGreaterThan(update.update_id);
    await delay(50);
    expect(h.api.attempts('getUpdates')).toHaveLength(polls);
  });

  it('reports a poll loop that Telegram ends (409: another instance is polling) as fatal, without the token', async () => {
    h = await Harness.start();
    h.api.failNext('getUpdates', { status: 409, description: 'Conflict: terminated by other getUpdates request' });
    await vi.waitFor(() => expect(h!.log.text()).toContain('Telegram polling stopped'), { timeout: 3000 });
    const fatal = h.log.entries().find((e) => e.msg?.toString().startsWith('Telegram polling stopped'));
    expect(fatal).toMatchObject({ level: 60, error: { code: 409 } });
    expect(h.log.text()).not.toContain(TOKEN.split(':')[1]);
  });
});
