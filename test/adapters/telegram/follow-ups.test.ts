/**
 * Follow-ups end to end on the fake Bot API: a reply to the bot's answer, and
 * a message in a private chat, are read with the previous question's
 * context; a group message that does not reply to the bot never is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT } from '../../fakes/telegram-api.ts';
import { Harness } from './harness.ts';
import { groupText, privateText } from './updates.ts';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ mode: 'webhook' });
});
afterAll(async () => {
  await h.stop();
});

const MEETING = 'Ringkas pertemuan Sekjen Kemenperin dengan Wakil Menteri MIIT China';
const MOU = 'When was the industrial cooperation MoU with MIIT signed?';

// Sends the updates and returns the text and message ids of what the bot sent for them.
async function ask(...updates: Parameters<Harness['deliver']>): Promise<{ texts: string[]; ids: number[] }> {
  const before = h.api.sentMessageIds().length;
  const texts = await h.replies(...updates);
  return { texts, ids: h.api.sentMessageIds().slice(before) };
}

describe('in a group', () => {
  it('answers a reply to its answer with the question it continues', async () => {
    const first = await ask(groupText(`@coop_test_bot ${MEETING}`, { userId: 201 }));
    expect(first.texts.join('\n')).toContain('Wang Jiangping');
    const followUp = await ask(groupText('di mana?', { userId: 201, replyTo: FAKE_BOT, replyToMessageId: first.ids[0]! }));
    expect(followUp.texts.join('\n')).toContain('Jakarta');
  });

  it('keeps the thread through a reply to the follow-up’s own answer', async () => {
    const first = await ask(groupText(`@coop_test_bot ${MOU}`, { userId: 202 }));
    expect(first.texts.join('\n')).toContain('8 September 2023');
    const second = await ask(groupText('who signed it?', { userId: 202, replyTo: FAKE_BOT, replyToMessageId: first.ids[0]! }));
    expect(second.texts.join('\n')).toMatch(/Kementerian Perindustrian|Kemenperin/);
    const third = await ask(groupText('sources?', { userId: 202, replyTo: FAKE_BOT, replyToMessageId: second.ids.at(-1)! }));
    expect(third.texts.join('\n')).toContain('The previous answer comes from');
  });

  it('gives no context to a message that does not reply to its answer', async () => {
    await ask(groupText(`@coop_test_bot ${MEETING}`, { userId: 203 }));
    const alone = await ask(groupText('@coop_test_bot di mana?', { userId: 203 }));
    expect(alone.texts.join('\n')).not.toContain('Jakarta');
  });

  it('keeps each thread’s context to itself', async () => {
    const meeting = await ask(groupText(`@coop_test_bot ${MEETING}`, { userId: 204 }));
    await ask(groupText(`@coop_test_bot ${MOU}`, { userId: 205 }));
    const followUp = await ask(groupText('kapan?', { userId: 204, replyTo: FAKE_BOT, replyToMessageId: meeting.ids[0]! }));
    expect(followUp.texts.join('\n')).toContain('25 September 2024');
    expect(followUp.texts.join('\n')).not.toContain('8 September 2023');
  });
});

describe('in a private chat', () => {
  it('reads a short follow-up with the last question', async () => {
    await ask(privateText(MEETING, { userId: 301 }));
    const followUp = await ask(privateText('di mana?', { userId: 301 }));
    expect(followUp.texts.join('\n')).toContain('Jakarta');
  });

  it('lets a question with its own topic stand alone', async () => {
    await ask(privateText(MEETING, { userId: 302 }));
    const next = await ask(privateText('Siapa Ciyong Zou?', { userId: 302 }));
    expect(next.texts.join('\n')).toContain('UNIDO');
    expect(next.texts.join('\n')).not.toContain('Wang Jiangping');
  });
});
