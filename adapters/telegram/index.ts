/**
 * The Telegram adapter: `startTelegram(deps)` checks the token (getMe),
 * registers the command menus, and starts long polling — or, when
 * TELEGRAM_WEBHOOK_URL is set, mounts the webhook on the shared HTTP server
 * (before main.ts calls listen) and calls setWebhook with the secret. The
 * platform it returns carries `sender`, the TelegramSender the delivery
 * worker sends notifications through.
 *
 * Hazards: the token is in every API URL and the webhook secret in the
 * setWebhook payload; both are scrubbed from whatever this adapter logs or
 * throws (redact.ts). Start-up fails with a TelegramApiError (no secrets in
 * it) when Telegram cannot be reached or refuses the token.
 */
import { ConfigError } from '../../src/errors.ts';
import { BackgroundTasks, MAX_INGESTS_AT_ONCE } from '../shared/background.ts';
import { QuestionLimiter } from '../shared/rate-limit.ts';
import { SeenIds } from '../shared/seen.ts';
import type { Platform, PlatformDeps } from '../platform.ts';
import type { TelegramApp } from './app.ts';
import { createBot, installHandlers } from './bot.ts';
import { ApiChatMembers } from './chat-members.ts';
import { MemoryChatSettings, StoreChatSettings } from './chat-settings.ts';
import { AnswerThreads } from './conversation.ts';
import { countErrors } from './count-errors.ts';
import { MoreSources } from './more-sources.ts';
import { TelegramSender } from './notification-sender.ts';
import { DEFAULT_TELEGRAM_OPTIONS, type TelegramOptions } from './options.ts';
import { startPolling } from './polling.ts';
import { redactor } from './redact.ts';
import { registerCommands } from './register-commands.ts';
import { retrying } from './retry.ts';
import { Sender } from './send.ts';
import { startWebhook, webhookSettings } from './webhook.ts';

export type { ChatSettings } from './chat-settings.ts';
export { MemoryChatSettings } from './chat-settings.ts';
export { DEFAULT_TELEGRAM_OPTIONS, type TelegramOptions } from './options.ts';
export { TelegramApiError } from './api-error.ts';
export { TELEGRAM_DELIVERY_LIMITS, TelegramSender, type TelegramSenderOptions } from './notification-sender.ts';
export { renderNotificationHtml } from './render-notification.ts';

export async function startTelegram(deps: PlatformDeps, overrides: Partial<TelegramOptions> = {}): Promise<Platform> {
  const options = { ...DEFAULT_TELEGRAM_OPTIONS, ...overrides };
  const { config } = deps;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigError(['TELEGRAM_BOT_TOKEN: required to start Telegram']);
  const webhook = config.TELEGRAM_WEBHOOK_URL ? webhookSettings(config.TELEGRAM_WEBHOOK_URL, config.TELEGRAM_WEBHOOK_SECRET) : undefined;
  const logger = deps.logger.child({ module: 'telegram' });
  const redact = redactor([token, webhook?.secret]);
  const policy = { ...options.retry, sleep: options.sleep, redact, logger, onError: countErrors(deps.metrics) };
  const call = retrying(policy);
  const bot = createBot(token, config.TELEGRAM_API_ROOT);

  const me = await call('getMe', () => bot.telegram.getMe());
  bot.botInfo = me;
  await registerCommands(bot.telegram, call, config.DEFAULT_LANGUAGE, logger, redact);
  const app: TelegramApp = {
    engine: deps.engine,
    sender: new Sender(bot.telegram, policy),
    settings: options.chatSettings ?? (deps.store ? new StoreChatSettings(deps.store) : new MemoryChatSettings()),
    limiter: deps.limiter,
    notices: new QuestionLimiter(1),
    moreSources: new MoreSources(options.moreSourcesCapacity),
    threads: new AnswerThreads({ now: options.now }),
    me: { id: me.id, username: me.username },
    defaultLanguage: config.DEFAULT_LANGUAGE,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    maxInlineCitations: options.maxInlineCitations,
    logger,
    redact,
    ...(deps.store && { store: deps.store }),
    ...(deps.history && { history: deps.history }),
    ...(deps.ingest && { ingest: deps.ingest }),
    adminIds: new Set(config.TELEGRAM_ADMIN_IDS),
    digestHour: config.DIGEST_HOUR,
    timeZone: config.TIMEZONE,
    members: new ApiChatMembers(bot.telegram, call),
    ingests: new BackgroundTasks(MAX_INGESTS_AT_ONCE),
    now: options.now,
  };
  installHandlers(bot, app, new SeenIds());

  const platform = webhook ? await startWebhook(bot, deps.http, webhook, call, logger) : await startPolling(bot, call, logger, redact);
  logger.info({ mode: webhook ? 'webhook' : 'polling', username: me.username }, 'Telegram bot started');
  return {
    ...platform,
    sender: new TelegramSender(bot.telegram, { logger, redact, metrics: deps.metrics }),
    // Updates first, then what they started in the background (an /ingest finishing its reply).
    async stop() {
      await platform.stop();
      await app.ingests.idle();
    },
  };
}
