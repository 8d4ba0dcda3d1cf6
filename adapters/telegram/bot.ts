/**
 * The Telegraf instance and its middleware: each update once, text
 * messages, button presses, and the one catch-all.
 *
 * Hazards (Telegraf 4.16): `webhookReply` must be off, or in webhook mode
 * answerCallbackQuery is written into the webhook's HTTP response —
 * bypassing our retries and ending the response before the handler is
 * done. `botInfo` must be set before the first update (index.ts does), or
 * handleUpdate calls getMe itself, unretried.
 */
import { Telegraf, type Context, type Types } from 'telegraf';
import type { Logger } from '../../src/logger.ts';
import type { SeenIds } from '../shared/seen.ts';
import type { TelegramApp } from './app.ts';
import { catchAll } from './catch-all.ts';
import { callbackHandler } from './handle-callback.ts';
import { messageHandler } from './handle-message.ts';

/** The updates the bot asks Telegram for; everything else is never sent to it. */
export const ALLOWED_UPDATES: Types.UpdateType[] = ['message', 'callback_query'];

export function createBot(token: string, apiRoot: string | undefined): Telegraf {
  return new Telegraf(token, { telegram: { ...(apiRoot && { apiRoot }), webhookReply: false } });
}

export function installHandlers(bot: Telegraf, app: TelegramApp, seen: SeenIds): void {
  bot.use(onlyOnce(seen, app.logger));
  bot.on('message', messageHandler(app));
  bot.on('callback_query', callbackHandler(app));
  bot.catch(catchAll(app));
}

// Telegram redelivers a webhook update it thinks timed out; answer it once.
function onlyOnce(seen: SeenIds, logger: Logger) {
  return async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    const updateId = ctx.update.update_id;
    if (!seen.firstTime(String(updateId))) return void logger.debug({ updateId }, 'duplicate update ignored');
    logger.debug({ updateId, type: ctx.updateType }, 'update received');
    return next();
  };
}
