/** Where a Telegram message sits in a conversation: the key and whether it may continue. */
import { describe, expect, it } from 'vitest';
import { AnswerThreads, placeOf, telegramOrigin } from '../../../adapters/telegram/conversation.ts';
import type { Turn } from '../../../adapters/telegram/turn.ts';

const BOT = 4242;
const turn = (extra: Partial<Turn>): Turn => ({ updateId: 1, chatId: -100, isPrivate: false, userId: 7, messageId: 50, ...extra });

describe('placeOf', () => {
  it('continues any message of a private chat, as one conversation', () => {
    expect(placeOf(turn({ chatId: 7, isPrivate: true }), BOT, new AnswerThreads())).toEqual({ continues: true });
  });

  it('starts a thread in a group for a message that replies to nobody, or to someone else', () => {
    const threads = new AnswerThreads();
    expect(placeOf(turn({}), BOT, threads)).toEqual({ thread: '50', continues: false });
    expect(placeOf(turn({ replyToUserId: 9, replyToMessageId: 40 }), BOT, threads)).toEqual({ thread: '50', continues: false });
  });

  it('continues the thread a reply to the bot’s answer belongs to', () => {
    const threads = new AnswerThreads();
    threads.record(-100, 60, '50');
    expect(placeOf(turn({ messageId: 61, replyToUserId: BOT, replyToMessageId: 60 }), BOT, threads)).toEqual({ thread: '50', continues: true });
  });

  it('forgets the bot’s answers after the conversation’s time', () => {
    let now = 0;
    const threads = new AnswerThreads({ ttlMs: 1000, now: () => now });
    threads.record(-100, 60, '50');
    now = 1000;
    expect(threads.threadOf(-100, 60)).toBeUndefined();
  });
});

describe('telegramOrigin', () => {
  it('carries the thread and whether the message continues', () => {
    expect(telegramOrigin(turn({}), { thread: '50', continues: true })).toEqual({ platform: 'telegram', chat: '-100', user: '7', private: false, thread: '50', continues: true });
  });
});
