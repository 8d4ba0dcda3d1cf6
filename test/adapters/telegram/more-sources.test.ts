/**
 * The "More sources" button: shown when an answer cites more than five
 * articles, holding the rest behind 17 bytes of callback_data;
 * every press answered; stale, foreign and forged presses get a polite
 * notice instead of an error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { wideEngine } from '../../helpers.ts';
import { type Button, Harness, keyboardRows } from './harness.ts';
import { buttonPress, privateText } from './updates.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});


// Over the wide corpus the timeline cites more than five articles; over the seeds /sources cites exactly five.
const CITED = wideEngine().ask({ text: '', intent: 'timeline', preferredLanguage: 'en' }).citations.length;
const HIDDEN = CITED - 5;

async function timeline(languageCode = 'en', userId = 111): Promise<{ button: Button; messageId: number; texts: string[] }> {
  const sent = await h!.exchange(privateText('/timeline', { languageCode, userId }));
  const last = sent[sent.length - 1]!;
  const messageId = h!.api.sentMessageIds().at(-1)!;
  return { button: keyboardRows(last)[0]![0]!, messageId, texts: sent.map((m) => String(m.text)) };
}

describe('an answer with more than five citations', () => {
  it('cites more than five articles in this corpus', () => {
    expect(HIDDEN).toBeGreaterThan(0);
  });

  it('prints five and puts the rest behind a button on its last message', async () => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine() });
    const { button, texts } = await timeline();
    expect(button.text).toBe(PHRASES.en.moreSources(HIDDEN));
    expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
    const all = texts.join('\n');
    expect(all).toContain('[5] ');
    expect(all).not.toMatch(/^\[6\] /m);
  });

  it('labels the button in the answer language', async () => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine() });
    expect((await timeline('id')).button.text).toBe(PHRASES.id.moreSources(wideEngine().ask({ text: '', intent: 'timeline', preferredLanguage: 'id' }).citations.length - 5));
  });

  it('sends the rest when pressed, answers the press and removes the button', async () => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine() });
    const { button, messageId } = await timeline();
    const sent = await h.exchange(buttonPress(button.callback_data, { chatId: 111, messageId }));
    expect(h.api.sent('answerCallbackQuery')).toHaveLength(1);
    expect(h.api.sent('answerCallbackQuery')[0]).not.toHaveProperty('text');
    expect(h.api.sent('editMessageReplyMarkup')[0]).toMatchObject({ chat_id: 111, message_id: messageId, reply_markup: { inline_keyboard: [] } });
    const text = sent.map((m) => String(m.text)).join('\n');
    expect(text).toContain(`<b>${PHRASES.en.moreSourcesTitle}:</b>`);
    expect(text).toMatch(/^\[6\] /m);
    expect(text).toMatch(new RegExp(`^\\[${CITED}\\] `, 'm'));
    expect(sent[0]?.reply_parameters).toMatchObject({ message_id: messageId });
  });
});

describe('an answer with five citations or fewer', () => {
  it('has no button', async () => {
    h = await Harness.start({ mode: 'webhook' });
    const sent = await h.exchange(privateText('/sources'));
    expect(sent.every((m) => m.reply_markup === undefined)).toBe(true);
  });
});

describe('a press that cannot be honoured', () => {
  it('a second press of a used button gets the expired notice', async () => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine() });
    const { button, messageId } = await timeline();
    await h.deliver(buttonPress(button.callback_data, { chatId: 111, messageId }));
    const again = await h.exchange(buttonPress(button.callback_data, { chatId: 111, messageId }));
    expect(again).toEqual([]);
    expect(h.api.sent('answerCallbackQuery')[1]).toMatchObject({ text: PHRASES.en.staleButton });
  });

  it.each([
    ['well-formed but unknown', 'more:AAAAAAAAAAAA'],
    ['malformed', 'more:../../etc'],
    ['foreign', 'vote:42'],
    ['64 bytes of noise', 'x'.repeat(64)],
  ])('%s data gets the expired notice in the user’s language', async (_kind, data) => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine() });
    const sent = await h.exchange(buttonPress(data, { chatId: 111, messageId: 1, languageCode: 'id' }));
    expect(sent).toEqual([]);
    expect(h.api.sent('answerCallbackQuery')).toEqual([expect.objectContaining({ text: PHRASES.id.staleButton })]);
    expect(h.log.text()).not.toContain('Telegram update failed');
  });

  it('a button pressed from another chat does not reveal the sources', async () => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine() });
    const { button, messageId } = await timeline();
    expect(await h.exchange(buttonPress(button.callback_data, { chatId: 222, messageId }))).toEqual([]);
    expect(h.api.sent('answerCallbackQuery')[0]).toMatchObject({ text: PHRASES.en.staleButton });
    // It still works where it was made.
    expect(await h.exchange(buttonPress(button.callback_data, { chatId: 111, messageId }))).not.toEqual([]);
  });

  it('a button evicted from the bounded store gets the expired notice', async () => {
    h = await Harness.start({ mode: 'webhook', engine: wideEngine(), options: { moreSourcesCapacity: 1 } });
    const first = await timeline();
    await timeline();
    await h.deliver(buttonPress(first.button.callback_data, { chatId: 111, messageId: first.messageId }));
    expect(h.api.sent('answerCallbackQuery')[0]).toMatchObject({ text: PHRASES.en.staleButton });
  });
});
