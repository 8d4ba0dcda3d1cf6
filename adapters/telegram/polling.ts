/**
 * Long polling (the default): Telegraf's launch() runs the getUpdates loop
 * and handles each batch; Telegraf itself retries getUpdates on 429, 5xx
 * and network errors.
 *
 * Hazards (Telegraf 4.16): launch() resolves only when polling stops, so it
 * is not awaited; its rejection (401 bad token, 409 another instance is
 * polling) is logged as fatal. launch() sets polling up only after its own
 * deleteWebhook returns, and bot.stop() throws "Bot is not running!" before
 * that — stop() retries briefly. After stop, Telegraf confirms the last
 * offset with one more getUpdates; stop() waits for it at most STOP_WAIT_MS.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Telegraf } from 'telegraf';
import type { Logger } from '../../src/logger.ts';
import type { Platform } from '../platform.ts';
import { ALLOWED_UPDATES } from './bot.ts';
import { loggableError } from './log-error.ts';
import type { Redact } from './redact.ts';
import type { Call } from './retry.ts';

const STOP_WAIT_MS = 10_000;

export async function startPolling(bot: Telegraf, call: Call, logger: Logger, redact: Redact): Promise<Platform> {
  // launch() deletes the webhook too, but unretried and in the background; doing it
  // here first makes an unreachable API fail start-up instead.
  await call('deleteWebhook', () => bot.telegram.deleteWebhook({ drop_pending_updates: false }));
  let stopping = false;
  let settled = false;
  const running = bot
    .launch({ allowedUpdates: ALLOWED_UPDATES })
    .catch((error: unknown) => {
      if (!stopping) logger.fatal({ error: loggableError(error, redact) }, 'Telegram polling stopped; no more updates will be received');
    })
    .finally(() => {
      settled = true;
    });

  return {
    name: 'telegram',
    // Polling that ended on its own (401, 409) leaves the bot deaf: not ready.
    ready: () => !stopping && !settled,
    async stop() {
      stopping = true;
      while (!settled && !tryStop(bot)) await delay(10);
      await Promise.race([running, delay(STOP_WAIT_MS, undefined, { ref: false })]);
    },
  };
}

function tryStop(bot: Telegraf): boolean {
  try {
    bot.stop('shutdown');
    return true;
  } catch {
    return false; // not polling yet
  }
}
