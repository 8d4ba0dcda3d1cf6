/**
 * Starts the real Telegram adapter against the fake Bot API, in polling or
 * webhook mode, with the seed engine, instant retry waits (recorded in
 * `sleeps`), a logger writing to memory, fresh metrics, and optionally a
 * store and an ingest service; `deliver` hands it an update and resolves
 * once the bot has finished with it. Always `stop()` in afterEach: it stops
 * the bot, the HTTP server and the fake, in that order.
 */
import pino from 'pino';
import type { Update } from 'telegraf/types';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { createMetrics, type Metrics } from '../../../adapters/ops/metrics.ts';
import { HttpServer } from '../../../adapters/http/server.ts';
import type { Platform } from '../../../adapters/platform.ts';
import { startTelegram, type TelegramOptions } from '../../../adapters/telegram/index.ts';
import { loadConfig, type Config } from '../../../src/config.ts';
import type { Engine } from '../../../src/engine.ts';
import type { QuestionHistory } from '../../../src/history/index.ts';
import type { IngestService } from '../../../src/ingest/service.ts';
import type { Logger } from '../../../src/logger.ts';
import type { Store } from '../../../src/store/index.ts';
import { FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { seedEngine } from '../../helpers.ts';
import { checkTelegramHtml } from './telegram-html.ts';

/** Shaped like a real token, so both our scrubber and Telegraf's pattern would see it. */
export const TOKEN = '123456789:AAHfakeTokenThatMustNeverBeLogged_x1Y2z3';
export const WEBHOOK_URL = 'https://bot.example.test/telegram/hook';
export const WEBHOOK_PATH = '/telegram/hook';

export interface HarnessOptions {
  readonly mode?: 'polling' | 'webhook';
  readonly env?: Record<string, string>;
  readonly engine?: Engine;
  readonly options?: Partial<TelegramOptions>;
  readonly store?: Store;
  readonly ingest?: IngestService;
  readonly history?: QuestionHistory;
  /** The harness makes fresh ones unless given some (e.g. already counting votes). */
  readonly metrics?: Metrics;
}

export interface MemoryLog {
  readonly logger: Logger;
  readonly text: () => string;
  readonly entries: () => Array<Record<string, unknown>>;
}

export class Harness {
  private constructor(
    readonly api: FakeTelegramApi,
    readonly http: HttpServer,
    readonly platform: Platform,
    readonly log: MemoryLog,
    readonly sleeps: number[],
    readonly mode: 'polling' | 'webhook',
    readonly port: number | undefined,
    readonly metrics: Metrics,
  ) {}

  static async start({ mode = 'polling', env = {}, engine = seedEngine(), options = {}, store, ingest, history, metrics = createMetrics() }: HarnessOptions = {}): Promise<Harness> {
    const api = await FakeTelegramApi.start(TOKEN);
    const log = memoryLog();
    const http = new HttpServer(log.logger);
    const sleeps: number[] = [];
    const config = testConfig(api, mode, env);
    try {
      const platform = await startTelegram(
        {
          engine,
          config,
          logger: log.logger,
          http,
          limiter: new QuestionLimiter(config.RATE_LIMIT_PER_MINUTE),
          metrics,
          ...(store && { store }),
          ...(ingest && { ingest }),
          ...(history && { history }),
        },
        { sleep: async (ms) => void sleeps.push(ms), ...options },
      );
      const port = mode === 'webhook' ? await http.listen(0, '127.0.0.1') : undefined;
      return new Harness(api, http, platform, log, sleeps, mode, port, metrics);
    } catch (error) {
      await api.close();
      throw error;
    }
  }

  /** The secret the bot gave setWebhook. */
  get webhookSecret(): string {
    return String(this.api.sent('setWebhook')[0]?.secret_token);
  }

  /** Hands the bot updates (one batch when polling) and waits until it is done with them. */
  async deliver(...updates: Update[]): Promise<void> {
    if (this.mode === 'webhook') {
      for (const update of updates) {
        const status = await this.post(update, this.webhookSecret);
        if (status !== 200) throw new Error(`webhook answered ${status}`);
      }
      return;
    }
    this.api.queueUpdates(...updates);
    await this.api.waitUntilConfirmed(Math.max(...updates.map((u) => u.update_id)));
  }

  /** Delivers updates and returns the messages the bot sent for them. */
  async exchange(...updates: Update[]): Promise<Array<Record<string, unknown>>> {
    const before = this.api.sent('sendMessage').length;
    await this.deliver(...updates);
    return this.api.sent('sendMessage').slice(before);
  }

  /** Like `exchange`, the visible text of each message. */
  async replies(...updates: Update[]): Promise<string[]> {
    return (await this.exchange(...updates)).map(visibleText);
  }

  /** Posts an update to the webhook with the given secret header (none when null); returns the HTTP status. */
  async post(update: Update, secret: string | null, method = 'POST'): Promise<number> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
    const response = await fetch(`http://127.0.0.1:${this.port}${WEBHOOK_PATH}`, { method, headers, ...(method === 'POST' && { body: JSON.stringify(update) }) });
    await response.arrayBuffer();
    return response.status;
  }

  /** The text of every message the bot sent, as the user sees it. */
  texts(): string[] {
    return this.api.sent('sendMessage').map(visibleText);
  }

  /** The HTML of every message the bot sent, as it was sent. */
  messages(): Array<Record<string, unknown>> {
    return this.api.sent('sendMessage');
  }

  async stop(): Promise<void> {
    await this.platform.stop();
    await this.http.close();
    await this.api.close();
  }
}

export function testConfig(api: FakeTelegramApi, mode: 'polling' | 'webhook', env: Record<string, string> = {}): Config {
  return loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
    RATE_LIMIT_PER_MINUTE: '1000',
    ...(mode === 'webhook' && { TELEGRAM_WEBHOOK_URL: WEBHOOK_URL }),
    ...env,
  });
}

/** A sent message's text as the user sees it: tags dropped, entities decoded. */
export function visibleText(message: Record<string, unknown>): string {
  return checkTelegramHtml(String(message.text)).text;
}

/** A pino logger writing JSON lines to memory, for assertions on logs. */
export function memoryLog(): MemoryLog {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    text: () => lines.join(''),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** An inline keyboard button as the bot sends it. */
export interface Button {
  readonly text: string;
  readonly callback_data: string;
}

/** The rows of inline buttons under a sent message (none when it has no keyboard). */
export function keyboardRows(message: Record<string, unknown> | undefined): Button[][] {
  return (message?.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? [];
}
