/**
 * What happens when things go wrong or come twice: Slack's event retries,
 * Web API rate limits, the per-user question limit, over-long questions,
 * and failures inside the adapter.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.ts';
import { Engine } from '../../../src/engine.ts';
import { seedEngine } from '../../helpers.ts';
import { allText, directMessage, mention, newEventId, postCommand, postEvent, sleep, startHarness, type Harness } from './helpers.ts';

/** An engine whose every answer fails, as a bug in an intent would. */
class BrokenEngine extends Engine {
  override ask(): Answer {
    throw new Error('coop-bot: broken on purpose');
  }
}

describe('event retries', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers an event once however often Slack resends it', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const eventId = newEventId();
    const event = mention('Who is Wang Jiangping?');
    await postEvent(h, event, eventId);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[before]);
    const retries = await Promise.all(
      [1, 2].map((n) => postEvent(h, event, eventId, { headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' } })),
    );
    // Because a retry is acknowledged like any event, or Slack would keep retrying.
    expect(retries.map((r) => r.status)).toEqual([200, 200]);
    await sleep(200);
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
    expect(h.logs.some((l) => l.includes('redelivered') && l.includes(eventId) && l.includes('"retryNum":1'))).toBe(true);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await postEvent(h, directMessage('sumber'), newEventId(), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[before]);
  });
});

describe('Web API rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('waits for Retry-After and delivers the answer', async () => {
    h.fake.rateLimitOnce('chat.postMessage', 1);
    const started = performance.now();
    await postEvent(h, directMessage('Which minerals are prioritized for downstreaming?'), newEventId());
    const delivered = await h.fake.waitFor(() => {
      const calls = h.fake.callsTo('chat.postMessage');
      return calls.length >= 2 ? calls[1] : undefined;
    }, 10_000);
    expect(h.fake.rateLimited).toEqual(['chat.postMessage']);
    expect(delivered.at - started).toBeGreaterThanOrEqual(1_000);
    expect(allText(delivered.args)).toContain('molybdenum');
  });
});

describe('the per-user question limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers up to the limit, then refuses kindly in the asker’s language', async () => {
    const urls = [1, 2, 3, 4].map(() => h.fake.responseUrl());
    for (const [i, url] of urls.entries()) await postCommand(h, i < 3 ? 'sources' : 'sumber', { response_url: url, user_id: 'U42' });
    const replies = await h.fake.waitFor(() => {
      const found = urls.map((u) => h.fake.responses.find((r) => r.path === new URL(u).pathname));
      return found.every(Boolean) ? found.map((r) => allText(r!.body)) : undefined;
    });
    expect(replies[0]).toContain('The corpus holds');
    expect(replies[1]).toContain('The corpus holds');
    expect(replies[2]).toContain('at most 2 questions a minute');
    expect(replies[3]).toContain('paling banyak 2 per menit');
  });

  it('keeps each user’s allowance separate', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'sources', { response_url: url, user_id: 'U43' });
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.path === new URL(url).pathname));
    expect(allText(reply.body)).toContain('The corpus holds');
  });

  it('refuses a mention over the limit only to the asker', async () => {
    for (let i = 0; i < 3; i++) await postEvent(h, mention('sources', { user: 'U44' }), newEventId());
    const ephemeral = await h.fake.waitFor(() => h.fake.callsTo('chat.postEphemeral').find((c) => c.args.user === 'U44'));
    expect(ephemeral.args.channel).toBe('C1');
    expect(allText(ephemeral.args)).toContain('at most 2 questions a minute');
  });
});

describe('over-long questions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MAX_QUESTION_CHARS: '100' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('are refused with the limit, in the question’s language', async () => {
    const en = h.fake.responseUrl();
    const id = h.fake.responseUrl();
    await postCommand(h, `What ${'about the nickel smelters '.repeat(10)}?`, { response_url: en });
    await postCommand(h, `Apa ${'yang dibahas tentang smelter nikel '.repeat(10)}?`, { response_url: id });
    const [enReply, idReply] = await h.fake.waitFor(() => {
      const found = [en, id].map((u) => h.fake.responses.find((r) => r.path === new URL(u).pathname));
      return found.every(Boolean) ? found.map((r) => allText(r!.body)) : undefined;
    });
    expect(enReply).toContain('at most 100 characters');
    expect(idReply).toContain('paling banyak 100 karakter');
  });
});

describe('failures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: new BrokenEngine(seedEngine().knowledge) });
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    h.logs.length = 0;
  });

  it('apologise to a command’s user in their language and log the error with the trigger id', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'Siapa Tri Supondy?', { response_url: url, trigger_id: 'TRIG-BROKEN-1' });
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.path === new URL(url).pathname));
    expect(reply.body.response_type).toBe('ephemeral');
    expect(allText(reply.body)).toContain('Maaf, terjadi kesalahan');
    const logged = await h.fake.waitFor(() => h.logs.find((l) => l.includes('Slack handler failed')));
    expect(logged).toContain('TRIG-BROKEN-1');
    expect(logged).toContain('broken on purpose');
  });

  it('apologise for a mention in its thread, to the asker only, and log the event id', async () => {
    const eventId = newEventId();
    await postEvent(h, mention('Who is Wang Jiangping?', { ts: '1700000500.000100' }), eventId);
    const apology = await h.fake.waitFor(() => h.fake.callsTo('chat.postEphemeral').find((c) => c.args.thread_ts === '1700000500.000100'));
    expect(allText(apology.args)).toContain('Sorry, something went wrong');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000500.000100')).toEqual([]);
    const logged = await h.fake.waitFor(() => h.logs.find((l) => l.includes('Slack handler failed')));
    expect(logged).toContain(eventId);
  });
});

describe('platform error metrics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('counts a Web API call Slack refused while answering, and nothing for a good answer', async () => {
    const errors = async () => (await h.metrics.platformApiErrors.get()).values.find((v) => v.labels.platform === 'slack')?.value ?? 0;
    await postEvent(h, mention('Who is Wang Jiangping?'), newEventId());
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]);
    expect(await errors()).toBe(0);
    h.fake.failOnce('chat.postMessage', 'channel_not_found');
    await postEvent(h, mention('Who is Wang Jiangping?'), newEventId());
    await h.fake.waitFor(() => (h.logs.some((l) => l.includes('Slack handler failed')) ? true : undefined));
    expect(await errors()).toBe(1);
  });
});
