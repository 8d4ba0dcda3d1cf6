/**
 * Text messages: decides whether the message is for the bot (addressing.ts),
 * applies the per-user question limit, then runs the command or answers the
 * question. Other messages (photos, stickers, service messages) are ignored.
 */
import type { Context } from 'telegraf';
import { messages } from '../../src/answer/messages.ts';
import { assertNever } from '../../src/errors.ts';
import { addressing, type Addressed } from './addressing.ts';
import type { TelegramApp } from './app.ts';
import { askQuestion, replyPlain } from './ask-question.ts';
import { replyLanguage } from './language.ts';
import { phrases } from './phrases.ts';
import { runCommand } from './run-command.ts';
import { turnOf, type Turn } from './turn.ts';

export function messageHandler(app: TelegramApp): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const message = ctx.message;
    const turn = turnOf(ctx);
    if (!message || !('text' in message) || !turn) return;
    const addressed = addressing(
      {
        text: message.text,
        entities: message.entities ?? [],
        isPrivate: turn.isPrivate,
        ...(message.reply_to_message?.from && { replyToUserId: message.reply_to_message.from.id }),
      },
      app.me,
    );
    if (addressed.kind === 'ignore') return;
    if (!(await withinLimit(app, turn, wordsOf(addressed)))) return;
    switch (addressed.kind) {
      case 'question':
        return askQuestion(app, turn, addressed.text);
      case 'command':
        return runCommand(app, turn, addressed.command, addressed.args);
      case 'unknown-command':
        return replyPlain(app, turn, phrases(await replyLanguage(app, turn)).unknownCommand);
      default:
        return assertNever(addressed);
    }
  };
}

// The user's own words, to tell their language by; "/minerals" itself says nothing about it.
function wordsOf(addressed: Addressed): string | undefined {
  if (addressed.kind === 'question') return addressed.text;
  return addressed.kind === 'command' ? addressed.args : undefined;
}

// Every message the bot answers counts, commands included, against the user
// and, in a group, against the group. Over the limit, the user hears so once
// a minute and is otherwise not answered.
async function withinLimit(app: TelegramApp, turn: Turn, text: string | undefined): Promise<boolean> {
  const key = `telegram:${turn.userId}`;
  if (await app.limiter.allow(key, turn.isPrivate ? undefined : `telegram:${turn.chatId}`)) return true;
  app.logger.info({ updateId: turn.updateId }, 'message refused: question limit reached');
  if (await app.notices.allow(key)) {
    await replyPlain(app, turn, messages(await replyLanguage(app, turn, text)).rateLimited(app.limiter.perMinute));
  }
  return false;
}
