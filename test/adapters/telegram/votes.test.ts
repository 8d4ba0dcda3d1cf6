/**
 * 👍/👎 under Telegram answers: beside "More sources", recorded once per
 * user and answer (a second press changes the vote), acknowledged quietly,
 * counted in /metrics; forged, foreign and stale presses get the polite
 * expired notice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, meterVotes, recordAnswers } from '../../../adapters/ops/index.ts';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { Engine } from '../../../src/engine.ts';
import { QuestionHistory } from '../../../src/history/index.ts';
import { MemoryStore } from '../../../src/store/index.ts';
import { seedEngine, wideEngine } from '../../helpers.ts';
import { Harness, keyboardRows, memoryLog } from './harness.ts';
import { buttonPress, groupText, GROUP_ID, privateText } from './updates.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});


/** A harness whose engine records answers in a fresh history, wired as main.ts wires it. */
async function start(base = seedEngine(), days = 30): Promise<{ store: MemoryStore }> {
  const store = new MemoryStore();
  const metrics = createMetrics();
  const history = meterVotes(new QuestionHistory(store, { key: 'k'.repeat(32), days, now: Date.now }), metrics);
  // A fresh Engine over the shared knowledge: recordAnswers replaces ask, and the shared engine must stay as it is.
  const engine = recordAnswers(new Engine(base.knowledge), history, silentLogger());
  h = await Harness.start({ mode: 'webhook', engine, metrics, ...(history.enabled && { history }) });
  return { store };
}

function silentLogger() {
  return memoryLog().logger;
}

function keyboardOf(message: Record<string, unknown> | undefined) {
  return keyboardRows(message).flat();
}

async function ask(text = 'Which minerals are prioritized for downstreaming?', update = privateText(text)) {
  const sent = await h!.exchange(update);
  const last = sent.at(-1)!;
  return { buttons: keyboardOf(last), messageId: h!.api.sentMessageIds().at(-1)! };
}

describe('an answer kept in the history', () => {
  it('carries 👍 and 👎 with callback data under 64 bytes', async () => {
    await start();
    const { buttons } = await ask();
    expect(buttons.map((b) => b.text)).toEqual(['👍', '👎']);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it('puts them beside "More sources", on one row', async () => {
    await start(wideEngine());
    const sent = await h!.exchange(privateText('/timeline'));
    const rows = keyboardRows(sent.at(-1));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.map((b) => b.text).slice(1)).toEqual(['👍', '👎']);
    expect(rows[0]![0]!.callback_data).toMatch(/^more:/);
  });

  it('keeps 👍/👎 once "More sources" has been used', async () => {
    await start(wideEngine());
    const sent = await h!.exchange(privateText('/timeline'));
    const [more, up] = keyboardOf(sent.at(-1));
    const messageId = h!.api.sentMessageIds().at(-1)!;
    await h!.deliver(buttonPress(more!.callback_data, { chatId: 111, messageId }));
    expect(h!.api.sent('editMessageReplyMarkup')[0]).toMatchObject({ reply_markup: { inline_keyboard: [[expect.objectContaining({ text: '👍', callback_data: up!.callback_data }), expect.objectContaining({ text: '👎' })]] } });
  });

  it('has no vote buttons under help', async () => {
    await start();
    const sent = await h!.exchange(privateText('/help'));
    expect(sent.flatMap(keyboardOf)).toEqual([]);
  });
});

describe('a vote', () => {
  it('is recorded once per user and answer; a second press changes it, quietly', async () => {
    const { store } = await start();
    const { buttons, messageId } = await ask();
    const [up, down] = buttons;
    const before = h!.api.sent('sendMessage').length;
    await h!.deliver(buttonPress(up!.callback_data, { chatId: 111, messageId }));
    await h!.deliver(buttonPress(down!.callback_data, { chatId: 111, messageId }));
    await h!.deliver(buttonPress(down!.callback_data, { chatId: 111, messageId }));
    expect(h!.api.sent('answerCallbackQuery').map((c) => c.text)).toEqual([PHRASES.en.voteThanks('up'), PHRASES.en.voteChanged('down'), PHRASES.en.voteChanged('down')]);
    // Nothing is posted in the chat.
    expect(h!.api.sent('sendMessage')).toHaveLength(before);
    expect(store.votesSince(0).map((v) => v.vote)).toEqual(['down']);
    const metrics = await h!.metrics.registry.metrics();
    expect(metrics).toContain('coopbot_votes_total{vote="up",intent="minerals",language="en"} 1');
    expect(metrics).toContain('coopbot_votes_total{vote="down",intent="minerals",language="en"} 1');
    expect(metrics).toContain('coopbot_votes_withdrawn_total{vote="up",intent="minerals",language="en"} 1');
  });

  it('counts each user in a group separately', async () => {
    const { store } = await start();
    const { buttons, messageId } = await ask('Which minerals are prioritized?', groupText('/ask Which minerals are prioritized?'));
    expect(buttons.map((b) => b.text)).toEqual(['👍', '👎']);
    await h!.deliver(buttonPress(buttons[0]!.callback_data, { chatId: GROUP_ID, messageId, userId: 1 }));
    await h!.deliver(buttonPress(buttons[1]!.callback_data, { chatId: GROUP_ID, messageId, userId: 2 }));
    expect(store.votesSince(0).map((v) => v.vote).sort()).toEqual(['down', 'up']);
  });

  it.each([
    ['unknown', 'vote:up:AAAAAAAAAAAA'],
    ['malformed', 'vote:up:../../x'],
    ['with a bad vote', 'vote:meh:AAAAAAAAAAAA'],
  ])('%s gets the expired notice and records nothing', async (_kind, data) => {
    const { store } = await start();
    await ask();
    await h!.deliver(buttonPress(data, { chatId: 111, messageId: 1, languageCode: 'id' }));
    expect(h!.api.sent('answerCallbackQuery')).toEqual([expect.objectContaining({ text: PHRASES.id.staleButton })]);
    expect(store.votesSince(0)).toEqual([]);
    expect(h!.log.text()).not.toContain('Telegram update failed');
  });

  it('pressed in another chat than the answer’s is refused', async () => {
    const { store } = await start();
    const { buttons, messageId } = await ask();
    await h!.deliver(buttonPress(buttons[0]!.callback_data, { chatId: 222, messageId }));
    expect(h!.api.sent('answerCallbackQuery')[0]).toMatchObject({ text: PHRASES.en.staleButton });
    expect(store.votesSince(0)).toEqual([]);
    expect(await h!.metrics.registry.metrics()).toContain('coopbot_votes_refused_total{platform="telegram"} 1');
  });
});

describe('with HISTORY_DAYS=0', () => {
  it('shows no vote buttons and stores nothing', async () => {
    const { store } = await start(seedEngine(), 0);
    const { buttons } = await ask();
    expect(buttons).toEqual([]);
    expect(store.answersSince(0)).toEqual([]);
  });
});
