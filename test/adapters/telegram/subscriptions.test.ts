/**
 * /subscribe, /unsubscribe and /subscriptions end to end over the fake Bot
 * API: what the adapter hands the core's handleSubscriptionCommand (verb,
 * arguments, chat, language), who may change a group's subscriptions, and
 * that the reply goes out escaped. The core command is stubbed at its
 * boundary here, recording its calls; its own behaviour is tested in
 * test/src/updates.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../adapters/telegram/commands.ts';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { MESSAGES } from '../../../src/answer/messages.ts';
import { MemoryStore } from '../../../src/store/index.ts';
import type { SubscriptionCommand, SubscriptionDeps } from '../../../src/updates/subscription-commands.ts';
import { Harness } from './harness.ts';
import { GROUP_ID, groupText, privateText } from './updates.ts';

const core = vi.hoisted(() => ({ calls: [] as Array<{ command: SubscriptionCommand; deps: SubscriptionDeps }> }));
vi.mock('../../../src/updates/subscription-commands.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  handleSubscriptionCommand: (command: SubscriptionCommand, deps: SubscriptionDeps) => {
    core.calls.push({ command, deps });
    return { text: `core says <${command.verb}> & ${command.args}`, ok: true };
  },
}));

const NOW = 1_700_000_000_000;
const store = new MemoryStore();
let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ mode: 'webhook', store, options: { now: () => NOW } });
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  core.calls.length = 0;
});

describe('the subscription commands in a private chat', () => {
  it('hand the verb, the words after it, the chat and its language to the core, and reply with its text, escaped', async () => {
    const [message] = await h.exchange(privateText('/subscribe nickel daily', { userId: 501, languageCode: 'id' }));
    expect(core.calls).toHaveLength(1);
    const [{ command, deps }] = core.calls as [(typeof core.calls)[number]];
    expect(command).toEqual({ verb: 'subscribe', args: 'nickel daily', chat: { platform: 'telegram', chatId: '501' }, language: 'id' });
    expect(deps.store).toBe(store);
    expect(deps.now()).toBe(NOW);
    expect([deps.digestHour, deps.timeZone]).toEqual([7, 'Asia/Jakarta']); // the config's defaults
    expect(deps.lexicon.vocabulary).toBeDefined();
    expect(message?.text).toBe('core says &lt;subscribe&gt; &amp; nickel daily');
    expect(message).not.toHaveProperty('reply_parameters');
  });

  it.each([
    ['/unsubscribe 2', 'unsubscribe', '2'],
    ['/unsubscribe all', 'unsubscribe', 'all'],
    ['/subscriptions', 'subscriptions', ''],
    ['/SUBSCRIBE', 'subscribe', ''],
    ['/subscribe@coop_test_bot lithium battery', 'subscribe', 'lithium battery'],
  ])('%s is the core’s %s with arguments %j', async (text, verb, args) => {
    await h.deliver(privateText(text, { userId: 502 }));
    expect(core.calls.map((c) => [c.command.verb, c.command.args])).toEqual([[verb, args]]);
  });

  it('reply in the language the chat chose with /lang, whatever the client’s', async () => {
    await h.deliver(privateText('/lang id', { userId: 503, languageCode: 'en' }));
    await h.deliver(privateText('/subscriptions', { userId: 503, languageCode: 'en' }));
    expect(core.calls.at(-1)?.command.language).toBe('id');
  });

  it('reply in the client’s language when the chat chose none', async () => {
    await h.deliver(privateText('/subscribe nikel', { userId: 504, languageCode: 'en' }));
    expect(core.calls.at(-1)?.command.language).toBe('en');
  });

  it('never ask Telegram who the user is: a private chat is theirs', async () => {
    const before = h.api.attempts('getChatMember').length;
    await h.deliver(privateText('/unsubscribe all', { userId: 505 }));
    expect(h.api.attempts('getChatMember').length).toBe(before);
  });
});

describe('the subscription commands in a group', () => {
  it('refuse a member who is not an admin, without touching the subscriptions', async () => {
    h.api.setChatMember(GROUP_ID, 601, 'member');
    const update = groupText('/subscribe nickel', { userId: 601 });
    const [message] = await h.exchange(update);
    expect(core.calls).toEqual([]);
    expect(h.api.sent('getChatMember').at(-1)).toMatchObject({ chat_id: GROUP_ID, user_id: 601 });
    expect(message?.text).toBe(PHRASES.en.groupAdminsOnly);
    expect(message?.reply_parameters).toMatchObject({ message_id: update.message.message_id });
  });

  it.each([['restricted'], ['left']] as const)('refuse a user whose status is %s', async (status) => {
    h.api.setChatMember(GROUP_ID, 602, status);
    expect(await h.replies(groupText('/unsubscribe all', { userId: 602, languageCode: 'id' }))).toEqual([PHRASES.id.groupAdminsOnly]);
    expect(core.calls).toEqual([]);
  });

  it.each([['administrator'], ['creator']] as const)('let an %s subscribe and unsubscribe the group', async (status) => {
    h.api.setChatMember(GROUP_ID, 603, status);
    await h.deliver(groupText('/subscribe@coop_test_bot smelter instant', { userId: 603 }));
    await h.deliver(groupText('/unsubscribe smelter', { userId: 603 }));
    expect(core.calls.map((c) => [c.command.verb, c.command.chat])).toEqual([
      ['subscribe', { platform: 'telegram', chatId: String(GROUP_ID) }],
      ['unsubscribe', { platform: 'telegram', chatId: String(GROUP_ID) }],
    ]);
  });

  it('let an anonymous admin (posting as the group) change them', async () => {
    const update = groupText('/subscribe nickel', { userId: 1_087_968_824 });
    const anonymous = { ...update, message: { ...update.message, sender_chat: { id: GROUP_ID, type: 'supergroup' as const, title: 'Hilirisasi watchers' } } };
    await h.deliver(anonymous);
    expect(core.calls.map((c) => c.command.verb)).toEqual(['subscribe']);
  });

  it('let anyone list them', async () => {
    h.api.setChatMember(GROUP_ID, 604, 'member');
    await h.deliver(groupText('/subscriptions', { userId: 604 }));
    expect(core.calls.map((c) => c.command.verb)).toEqual(['subscriptions']);
  });

  it('leave a command for another bot alone', async () => {
    expect(await h.replies(groupText('/subscribe@other_bot nickel', { userId: 605 }))).toEqual([]);
    expect(core.calls).toEqual([]);
  });

  it('apologise, not refuse, when Telegram cannot say who is an admin', async () => {
    h.api.failNext('getChatMember', { status: 400, description: 'Bad Request: user not found' });
    const [reply] = await h.replies(groupText('/subscribe nickel', { userId: 606 }));
    expect(reply).toBe(MESSAGES.en.apology);
    expect(core.calls).toEqual([]);
  });
});

describe('the subscription commands without a store', () => {
  it('say subscriptions are not available', async () => {
    const bare = await Harness.start();
    try {
      expect(await bare.replies(privateText('/subscribe nickel', { languageCode: 'id' }))).toEqual([PHRASES.id.subscriptionsUnavailable]);
      expect(await bare.replies(privateText('/subscriptions'))).toEqual([PHRASES.en.subscriptionsUnavailable]);
      expect(core.calls).toEqual([]);
    } finally {
      await bare.stop();
    }
  });
});

describe('the menus and /help', () => {
  it('offer the subscription commands in both languages, within Telegram’s limits, but not /ingest', () => {
    for (const menu of h.api.sent('setMyCommands')) {
      const commands = menu.commands as Array<{ command: string; description: string }>;
      expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(['subscribe', 'unsubscribe', 'subscriptions']));
      expect(commands.map((c) => c.command)).not.toContain('ingest');
      for (const { command, description } of commands) {
        expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(description.length).toBeGreaterThan(0);
        expect(description.length).toBeLessThanOrEqual(256);
      }
    }
    expect(MENU_COMMANDS).not.toContain('ingest');
  });

  it('/help lists them', async () => {
    const reply = (await h.replies(privateText('/help', { userId: 507, languageCode: 'id' }))).join('\n');
    expect(reply).toContain(`/subscribe — ${PHRASES.id.commands.subscribe}`);
    expect(reply).toContain(`/subscriptions — ${PHRASES.id.commands.subscriptions}`);
    expect(reply).not.toContain('/ingest');
  });
});
