/**
 * Who the bot answers: everyone in a private chat; in a group only
 * commands, replies to its own messages and messages that @mention it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { MESSAGES } from '../../../src/answer/messages.ts';
import { FAKE_BOT } from '../../fakes/telegram-api.ts';
import { Harness } from './harness.ts';
import { GROUP_ID, groupText, privateText, user } from './updates.ts';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ mode: 'webhook' });
});
afterAll(async () => {
  await h.stop();
});

const MINERALS = 'Which minerals are prioritised for downstreaming?';

describe('in a private chat', () => {
  it('answers any text as a question', async () => {
    const [reply] = await h.replies(privateText(MINERALS));
    expect(reply).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('does not thread its answer to the question', async () => {
    const [message] = await h.exchange(privateText(MINERALS));
    expect(message).not.toHaveProperty('reply_parameters');
  });
});

describe('in a group', () => {
  it('stays out of conversations that are not addressed to it', async () => {
    expect(await h.replies(groupText(MINERALS))).toEqual([]);
    expect(await h.replies(groupText(`${MINERALS} @someone_else`))).toEqual([]);
  });

  it('answers a message that @mentions it, without the mention, as a reply to it', async () => {
    const update = groupText(`@coop_test_bot ${MINERALS}`);
    const [message] = await h.exchange(update);
    expect(String(message?.text)).toContain(MESSAGES.en.mineralsHeadline);
    expect(message?.chat_id).toBe(GROUP_ID);
    expect(message?.reply_parameters).toMatchObject({ message_id: update.message.message_id });
  });

  it('recognises its mention in any case and anywhere in the message', async () => {
    const [reply] = await h.replies(groupText(`Mineral apa yang diprioritaskan untuk hilirisasi, @Coop_Test_Bot?`));
    expect(reply).toContain(MESSAGES.id.mineralsHeadline);
  });

  it('answers a mention by name (a text_mention of its user)', async () => {
    const text = `Coop Bot ${MINERALS}`;
    const [reply] = await h.replies(groupText(text, { entities: [{ type: 'text_mention', offset: 0, length: 8, user: FAKE_BOT }] }));
    expect(reply).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('answers a reply to one of its own messages', async () => {
    const [reply] = await h.replies(groupText(MINERALS, { replyTo: FAKE_BOT }));
    expect(reply).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('ignores a reply to someone else', async () => {
    expect(await h.replies(groupText(MINERALS, { replyTo: user({ userId: 999 }) }))).toEqual([]);
  });

  it('answers commands, bare or addressed to it', async () => {
    expect((await h.replies(groupText('/minerals'))).join()).toContain(MESSAGES.en.mineralsHeadline);
    expect((await h.replies(groupText('/minerals@coop_test_bot'))).join()).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('ignores commands addressed to another bot', async () => {
    expect(await h.replies(groupText('/help@otherbot'))).toEqual([]);
    expect(await h.replies(groupText('/minerals@otherbot which ones?'))).toEqual([]);
  });

  it("ignores another bot's unknown commands, but answers its own unknown ones", async () => {
    expect(await h.replies(groupText('/weather'))).toEqual([]);
    expect(await h.replies(groupText('/weather@coop_test_bot'))).toEqual([PHRASES.en.unknownCommand]);
  });

  it('welcomes with a tip on how to address it in a group', async () => {
    const [reply] = await h.replies(groupText('/start'));
    expect(reply).toContain(PHRASES.en.welcomeGroup('coop_test_bot'));
  });

  it('answers a bare mention with what it can do', async () => {
    const [reply] = await h.replies(groupText('@coop_test_bot'));
    expect(reply).toContain(MESSAGES.en.helpHeadline);
  });
});
