/**
 * Webhook mode: Telegraf's webhookCallback mounted on the shared HTTP
 * server at the path of TELEGRAM_WEBHOOK_URL, behind the secret token
 * Telegram sends in X-Telegram-Bot-Api-Secret-Token. A request without the
 * right secret gets 401 and its body is never read.
 *
 * Hazards: the route must be mounted before main.ts calls listen(), and
 * setWebhook runs before the port is open — Telegram retries deliveries
 * it could not make, so the first updates are late, not lost. Telegraf's
 * own filter answers 403 on a mismatch; ours answers first, with 401. The
 * secret is compared in constant time and never logged.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Telegraf } from 'telegraf';
import { z } from 'zod';
import { ConfigError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import type { HttpServer } from '../http/server.ts';
import type { Platform } from '../platform.ts';
import { ALLOWED_UPDATES } from './bot.ts';
import type { Call } from './retry.ts';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** What Telegram accepts as secret_token. */
export const WebhookSecretSchema = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/);

export interface WebhookSettings {
  readonly url: string;
  readonly secret: string;
}

/** The configured secret, validated, or a fresh random one for this run. */
export function webhookSettings(url: string, secret: string | undefined): WebhookSettings {
  if (secret === undefined) return { url, secret: randomBytes(32).toString('base64url') };
  if (!WebhookSecretSchema.safeParse(secret).success) {
    throw new ConfigError(['TELEGRAM_WEBHOOK_SECRET: must be 1–256 characters of A–Z, a–z, 0–9, _ and -']);
  }
  return { url, secret };
}

export async function startWebhook(bot: Telegraf, http: HttpServer, settings: WebhookSettings, call: Call, logger: Logger): Promise<Platform> {
  const { pathname, search } = new URL(settings.url);
  // Telegraf compares its path with req.url, query included.
  const callback = bot.webhookCallback(pathname + search, { secretToken: settings.secret });
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  http.route(pathname, (req, res) => {
    if (stopped) return void res.writeHead(503).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (!secretMatches(req.headers[SECRET_HEADER], settings.secret)) {
      logger.warn({ path: pathname }, 'webhook request without the right secret token refused');
      return void res.writeHead(401).end();
    }
    return track(inFlight, callback(req, res, () => unauthorized(res)));
  });
  await call('setWebhook', () => bot.telegram.setWebhook(settings.url, { secret_token: settings.secret, allowed_updates: ALLOWED_UPDATES }));

  return {
    name: 'telegram',
    ready: () => !stopped,
    // The webhook stays set, so Telegram queues updates while the bot is down.
    async stop() {
      stopped = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  // Equal-length digests, so the comparison time says nothing about the secret.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(header), digest(secret));
}

function unauthorized(res: ServerResponse<IncomingMessage>): void {
  if (!res.headersSent) res.writeHead(401);
  res.end();
}

function track(inFlight: Set<Promise<void>>, handling: Promise<void>): Promise<void> {
  inFlight.add(handling);
  return handling.finally(() => inFlight.delete(handling));
}
