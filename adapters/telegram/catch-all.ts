/**
 * The adapter's one catch-all (bot.catch): logs the failed update — its id,
 * the chat, the error made safe by log-error.ts — and apologises to the
 * user in their language. It never throws: an exception here would stop
 * the polling loop.
 */
import type { Context } from 'telegraf';
import { messages } from '../../src/answer/messages.ts';
import type { TelegramApp } from './app.ts';
import { replyPlain } from './ask-question.ts';
import { replyLanguage } from './language.ts';
import { loggableError } from './log-error.ts';
import { turnOf } from './turn.ts';

export function catchAll(app: TelegramApp): (error: unknown, ctx: Context) => Promise<void> {
  return async (error, ctx) => {
    const updateId = ctx.update.update_id;
    const turn = turnOf(ctx);
    app.logger.error({ updateId, chatId: turn?.chatId, error: loggableError(error, app.redact) }, 'Telegram update failed');
    try {
      if (ctx.callbackQuery) await app.sender.answerCallback(ctx.callbackQuery.id);
      if (!turn) return;
      // The words after a command, if any, tell the user's language; the command itself does not.
      const text = ctx.message && 'text' in ctx.message ? ctx.message.text.replace(/^\/\S*/, '') : undefined;
      await replyPlain(app, turn, messages(await replyLanguage(app, turn, text)).apology);
    } catch (apologyError) {
      app.logger.warn({ updateId, error: loggableError(apologyError, app.redact) }, 'apology not delivered');
    }
  };
}
