/**
 * Subscriptions end to end: signed slash commands, DMs and mentions reach
 * the real Bolt app, the core's commands run against a MemoryStore, and the
 * replies come back through the fake Slack. Who owns a subscription (the
 * channel, or the person for a DM) is read back from the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SUBSCRIPTIONS_PER_CHAT, MemoryStore } from '../../../src/store/index.ts';
import { blockKitProblems, messageSafetyProblems } from './block-kit.ts';
import { allText, directMessage, mention, newEventId, postCommand, postEvent, startHarness, type Harness, type SentMessage } from './helpers.ts';

const chat = (chatId: string) => ({ platform: 'slack', chatId });
const DM = { channel_id: 'D5', channel_name: 'directmessage' } as const;

let h: Harness;
let store: MemoryStore;
beforeAll(async () => {
  store = new MemoryStore();
  h = await startHarness({ store });
});
afterAll(async () => {
  await h.close();
});

/** Runs the slash command and returns its (single) ephemeral reply. */
async function command(text: string, fields: Record<string, string> = {}): Promise<SentMessage> {
  const url = h.fake.responseUrl();
  const ack = await postCommand(h, text, { response_url: url, ...fields });
  expect(ack.status).toBe(200);
  const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.path === new URL(url).pathname));
  expect(reply.body.response_type).toBe('ephemeral');
  expect(blockKitProblems(reply.body, { maxBlocks: 50, needsText: true })).toEqual([]);
  expect(messageSafetyProblems(reply.body, [])).toEqual([]);
  return reply.body;
}

const topics = (chatId: string) => store.listSubscriptions(chat(chatId)).map((s) => `${s.topic}/${s.mode}`);

describe('/coop subscribe', () => {
  it('subscribes the channel when typed in a channel, and reminds that the bot must be invited', async () => {
    const reply = await command('subscribe nickel', { channel_id: 'C10', user_id: 'U10' });
    expect(topics('C10')).toEqual(['nickel/instant']);
    expect(topics('U10')).toEqual([]);
    expect(allText(reply)).toContain('nickel');
    expect(allText(reply)).toContain('/invite');
  });

  it('subscribes the person when typed in a DM', async () => {
    const reply = await command('subscribe lithium daily', { ...DM, user_id: 'U11' });
    expect(topics('U11')).toEqual(['lithium/daily']);
    expect(topics('D5')).toEqual([]);
    expect(allText(reply)).not.toContain('/invite');
  });

  it('answers the Indonesian verb in Indonesian', async () => {
    const reply = await command('langganan nikel', { channel_id: 'C12' });
    expect(topics('C12')).toEqual(['nikel/instant']);
    expect(allText(reply)).toContain('Berlangganan');
    expect(allText(reply)).toContain('anggota kanal');
  });

  it('refuses a topic with no word to match, and subscribes nothing', async () => {
    await command('subscribe !!! ???', { channel_id: 'C13' });
    expect(topics('C13')).toEqual([]);
  });

  it('refuses a subscription over the per-chat limit', async () => {
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CHAT; i++) store.addSubscription({ chat: chat('C14'), topic: `topic${i}`, mode: 'instant', now: Date.now() });
    const reply = await command('subscribe nickel', { channel_id: 'C14' });
    expect(store.listSubscriptions(chat('C14'))).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);
    expect(allText(reply)).toContain(String(MAX_SUBSCRIPTIONS_PER_CHAT));
    expect(allText(reply)).not.toContain('/invite');
  });

  it('keeps a hostile topic harmless in the reply', async () => {
    // Slack escapes what people type; the adapter must escape it again on the way out.
    const reply = await command('subscribe &lt;!channel&gt; nickel', { channel_id: 'C15' });
    expect(messageSafetyProblems(reply, [])).toEqual([]);
    expect(allText(reply)).not.toContain('<!channel>');
  });
});

describe('/coop subscriptions and /coop unsubscribe', () => {
  it('lists the channel’s subscriptions, and removes one by number', async () => {
    await command('subscribe smelter', { channel_id: 'C20' });
    await command('subscribe battery daily', { channel_id: 'C20' });
    const list = await command('subscriptions', { channel_id: 'C20' });
    expect(allText(list)).toContain('smelter');
    expect(allText(list)).toContain('battery');
    await command('unsubscribe 1', { channel_id: 'C20' });
    expect(topics('C20')).toEqual(['battery/daily']);
  });

  it('removes by topic and all at once, in Indonesian too', async () => {
    await command('subscribe smelter', { channel_id: 'C21' });
    await command('subscribe nickel', { channel_id: 'C21' });
    await command('berhenti smelter', { channel_id: 'C21' });
    expect(topics('C21')).toEqual(['nickel/instant']);
    await command('unsubscribe all', { channel_id: 'C21' });
    expect(topics('C21')).toEqual([]);
  });

  it('lists only what belongs where it is typed', async () => {
    await command('subscribe cobalt', { ...DM, user_id: 'U22' });
    const inChannel = await command('subscriptions', { channel_id: 'C22', user_id: 'U22' });
    expect(allText(inChannel)).not.toContain('cobalt');
    const inDm = await command('daftar-langganan', { ...DM, user_id: 'U22' });
    expect(allText(inDm)).toContain('cobalt');
  });
});

describe('subscription words in DMs and mentions', () => {
  it('subscribes the person from a DM, answering in the DM', async () => {
    const before = h.fake.postedTo('D30').length;
    await postEvent(h, directMessage('subscribe nickel', { user: 'U30', channel: 'D30' }), newEventId());
    const reply = await h.fake.waitFor(() => h.fake.postedTo('D30')[before]);
    expect(topics('U30')).toEqual(['nickel/instant']);
    expect(allText(reply.args)).toContain('nickel');
  });

  it('subscribes the channel from a mention, answering only the person who asked', async () => {
    const before = h.fake.callsTo('chat.postEphemeral').length;
    await postEvent(h, mention('subscribe smelter daily', { user: 'U31', channel: 'C31', ts: '1700000500.000100' }), newEventId());
    const reply = await h.fake.waitFor(() => h.fake.callsTo('chat.postEphemeral')[before]);
    expect(reply.args).toMatchObject({ channel: 'C31', user: 'U31' });
    expect(topics('C31')).toEqual(['smelter/daily']);
    expect(h.fake.postedTo('C31')).toEqual([]);
  });
});

describe('the App Home tab', () => {
  async function home(user: string): Promise<string> {
    const before = h.fake.callsTo('views.publish').filter((c) => c.args.user_id === user).length;
    await postEvent(h, { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '1700000600.000100' }, newEventId());
    const call = await h.fake.waitFor(() => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === user)[before]);
    const view = call.args.view as { blocks: unknown[] };
    expect(blockKitProblems({ blocks: view.blocks }, { maxBlocks: 100, needsText: false })).toEqual([]);
    return JSON.stringify(view);
  }

  it('lists the person’s own subscriptions with mode and paused state, fresh on each opening', async () => {
    expect(await home('U40')).toContain('no subscriptions yet');
    await command('subscribe nickel', { ...DM, user_id: 'U40' });
    await command('subscribe smelter daily', { ...DM, user_id: 'U40' });
    await command('subscribe cobalt', { channel_id: 'C40', user_id: 'U40' });
    const [nickel] = store.listSubscriptions(chat('U40'));
    store.setPaused(chat('U40'), nickel!.id, true);
    const view = await home('U40');
    expect(view).toMatch(/1\. \*nickel\* — instant · langsung — _paused · dijeda_/);
    expect(view).toMatch(/2\. \*smelter\* — daily digest · ringkasan harian/);
    // Because a channel's subscriptions belong to the channel, not to the person who made them.
    expect(view).not.toContain('cobalt');
    expect(view).toContain('/coop subscriptions in that channel');
  });
});

describe('without a store', () => {
  it('says subscriptions are not available', async () => {
    const bare = await startHarness();
    try {
      const url = bare.fake.responseUrl();
      await postCommand(bare, 'subscribe nickel', { response_url: url });
      const reply = await bare.fake.waitFor(() => bare.fake.responses.find((r) => r.path === new URL(url).pathname));
      expect(allText(reply.body)).toContain('not available');
    } finally {
      await bare.close();
    }
  });
});
