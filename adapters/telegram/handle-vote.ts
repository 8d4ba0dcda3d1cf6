/**
 * A 👍/👎 press: the history records it (once per user and answer; a second
 * press changes the vote) and the press is acknowledged quietly, with a
 * small notice in the client and nothing posted in the chat. A forged,
 * expired or foreign press gets the polite stale-button notice.
 */
import type { Context } from 'telegraf';
import type { Vote } from '../../src/store/index.ts';
import type { TelegramApp } from './app.ts';
import { replyLanguage } from './language.ts';
import { phrases } from './phrases.ts';
import type { Turn } from './turn.ts';

export async function handleVote(app: TelegramApp, ctx: Context, turn: Turn, press: { readonly vote: Vote; readonly answerId: string }): Promise<void> {
  const queryId = ctx.callbackQuery!.id;
  const chatId = ctx.callbackQuery?.message?.chat.id;
  const outcome =
    app.history && chatId !== undefined
      ? app.history.vote({ ...press, platform: 'telegram', chat: String(chatId), user: String(turn.userId) })
      : ({ kind: 'unknown' } as const);
  if (outcome.kind === 'unknown') {
    app.logger.debug({ updateId: turn.updateId }, 'vote on an unknown answer');
    await app.sender.answerCallback(queryId, phrases(await replyLanguage(app, turn)).staleButton);
    return;
  }
  const p = phrases(outcome.answer.language);
  await app.sender.answerCallback(queryId, outcome.previous === undefined ? p.voteThanks(press.vote) : p.voteChanged(press.vote));
}
