/**
 * Follow-ups end to end on the fake Slack: after the bot answers a mention
 * in a thread, a plain reply there (no mention) is answered in the thread
 * with the question's context; a reply that addresses someone else is left
 * alone, and so is the rest of the thread until the bot is mentioned again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, type Harness, mention, newEventId, postEvent, startHarness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const MEETING = 'Summarize the meeting between Eko SA Cahyanto and Wang Jiangping';
let nextTs = 1_700_100_000;
const ts = () => `${nextTs++}.000100`;

function reply(text: string, thread: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const at = ts();
  return { type: 'message', channel_type: 'channel', user: 'U1', text, ts: at, thread_ts: thread, channel: 'C1', event_ts: at, ...extra };
}

// Posts the events and waits for the next chat.postMessage, returning its text and thread.
async function answerTo(...events: Record<string, unknown>[]): Promise<{ text: string; thread: unknown }> {
  const before = h.fake.callsTo('chat.postMessage').length;
  for (const event of events) await postEvent(h, event, newEventId());
  const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[before]);
  return { text: allText(post.args), thread: post.args.thread_ts };
}

// Posts the events, then a marker mention in another thread; true when only the marker was answered.
async function ignored(...events: Record<string, unknown>[]): Promise<boolean> {
  const before = h.fake.callsTo('chat.postMessage').length;
  for (const event of events) await postEvent(h, event, newEventId());
  const marker = ts();
  await postEvent(h, mention('help', { ts: marker }), newEventId());
  const posts = await h.fake.waitFor(() => {
    const found = h.fake.callsTo('chat.postMessage').slice(before);
    return found.some((p) => p.args.thread_ts === marker) ? found : undefined;
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  return posts.length === 1 && h.fake.callsTo('chat.postMessage').length === before + 1;
}

describe('a thread the bot answered', () => {
  it('answers a plain reply there as a follow-up, in the thread', async () => {
    const thread = ts();
    const first = await answerTo(mention(MEETING, { ts: thread }));
    expect(first.text).toContain('Wang Jiangping');
    const followUp = await answerTo(reply('where?', thread));
    expect(followUp.thread).toBe(thread);
    expect(followUp.text).toMatch(/Jakarta/i);
    const sources = await answerTo(reply('and which articles say so?', thread));
    expect(sources.text).toContain('The previous answer comes from');
  });

  it('answers a mention in the thread once, though Slack also sends it as a message', async () => {
    const thread = ts();
    await answerTo(mention(MEETING, { ts: thread }));
    const at = ts();
    const followUp = await answerTo(mention('when?', { ts: at, thread_ts: thread }), reply('<@UBOT> when?', thread, { ts: at }));
    expect(followUp.text).toContain('25');
    expect(await ignored()).toBe(true);
  });

  it('ignores a reply that addresses another person, and the thread until mentioned again', async () => {
    const thread = ts();
    await answerTo(mention(MEETING, { ts: thread }));
    expect(await ignored(reply('<@U2> where?', thread))).toBe(true);
    expect(await ignored(reply('where?', thread))).toBe(true);
    await answerTo(mention('kapan?', { ts: ts(), thread_ts: thread }));
    expect((await answerTo(reply('where?', thread))).text).toMatch(/Jakarta/i);
  });

  it('ignores replies in threads it did not answer, and edits and bots in its own', async () => {
    const thread = ts();
    await answerTo(mention(MEETING, { ts: thread }));
    expect(await ignored(reply('where?', ts()), reply('edited', thread, { subtype: 'message_changed' }), reply('a bot', thread, { bot_id: 'B2' }))).toBe(true);
  });
});
