/**
 * The subscription commands with the real core command and a MemoryStore:
 * what users type in Telegram ends up as subscriptions of the right chat,
 * and a group member who is not an admin changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { MemoryStore } from '../../../src/store/index.ts';
import { UPDATE_MESSAGES } from '../../../src/updates/messages.ts';
import { Harness } from './harness.ts';
import { GROUP_ID, groupText, privateText } from './updates.ts';

const store = new MemoryStore();
let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ mode: 'webhook', store });
});
afterAll(async () => {
  await h.stop();
});

const chat = (chatId: number) => ({ platform: 'telegram', chatId: String(chatId) });
const topics = (chatId: number) => store.listSubscriptions(chat(chatId)).map((s) => [s.topic, s.mode]);

describe('in a private chat', () => {
  it('subscribes, lists and unsubscribes the user’s chat', async () => {
    const user = { userId: 801, languageCode: 'en' };
    expect(await h.replies(privateText('/subscribe nickel', user))).toEqual([UPDATE_MESSAGES.en.subscribedInstant('“nickel”')]);
    await h.deliver(privateText('/subscribe smelter daily', user));
    expect(topics(801)).toEqual([
      ['nickel', 'instant'],
      ['smelter', 'daily'],
    ]);
    const [list] = await h.replies(privateText('/subscriptions', user));
    expect(list).toContain(UPDATE_MESSAGES.en.listHeader);
    expect(list).toContain('1. “nickel”');
    await h.deliver(privateText('/unsubscribe 1', user));
    expect(topics(801)).toEqual([['smelter', 'daily']]);
    await h.deliver(privateText('/unsubscribe all', user));
    expect(topics(801)).toEqual([]);
  });

  it('answers in the chat’s language, with its hints spelled as Telegram commands', async () => {
    expect(await h.replies(privateText('/subscriptions', { userId: 802, languageCode: 'id' }))).toEqual([
      UPDATE_MESSAGES.id.none.replaceAll('“subscribe', '“/subscribe'),
    ]);
  });
});

describe('in a group', () => {
  it('keeps the group’s subscriptions unchanged when a member who is not an admin tries', async () => {
    h.api.setChatMember(GROUP_ID, 901, 'member');
    expect(await h.replies(groupText('/subscribe nickel', { userId: 901 }))).toEqual([PHRASES.en.groupAdminsOnly]);
    expect(topics(GROUP_ID)).toEqual([]);
  });

  it('subscribes the group, not the admin, when an admin asks', async () => {
    h.api.setChatMember(GROUP_ID, 902, 'administrator');
    await h.deliver(groupText('/subscribe@coop_test_bot lithium battery', { userId: 902 }));
    expect(topics(GROUP_ID)).toEqual([['lithium battery', 'instant']]);
    expect(topics(902)).toEqual([]);
    h.api.setChatMember(GROUP_ID, 903, 'member');
    expect((await h.replies(groupText('/unsubscribe all', { userId: 903 })))[0]).toBe(PHRASES.en.groupAdminsOnly);
    expect(topics(GROUP_ID)).toHaveLength(1);
  });
});
