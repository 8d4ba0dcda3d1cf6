/**
 * Configuration, read once from the environment through one schema. Every
 * problem is reported at once; secrets are never echoed back.
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { LanguageSchema } from './corpus/article.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Empty strings count as unset: `FOO= npm start` should not mean "FOO is ''".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const secret = (description: string) => optional(z.string().min(8, 'looks too short to be a real token')).describe(`${description} (secret)`);
const url = (description: string) => optional(z.url({ protocol: /^https?$/ })).describe(description);
// Comma- or space-separated lists: `TELEGRAM_ADMIN_IDS=123,456`.
const list = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess((v) => (typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : v), z.array(item).max(1000))
    .default([])
    .describe(description);
const flag = (fallback: boolean, description: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v))
    .describe(description);

export const ConfigSchema = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info').describe('pino log level'),
  CORPUS_DIR: z.string().min(1).default('corpus').describe('folder with articles/ and lexicon.json'),
  DATA_DIR: z.string().min(1).default('data').describe('writable folder; imported articles live in DATA_DIR/articles'),
  DEFAULT_LANGUAGE: LanguageSchema.default('en').describe('reply language when a question gives no clue'),
  MAX_QUESTION_CHARS: z.coerce.number().int().min(20).max(10_000).default(1000).describe('longest question accepted'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20).describe('questions one user may ask per minute'),
  RATE_LIMIT_PER_CHAT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60).describe('questions one chat (a group, a channel) may ask per minute, all users together'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000).describe('HTTP port for webhooks, /healthz, /readyz and /metrics'),
  HOST: z.string().min(1).default('0.0.0.0').describe('HTTP interface to listen on'),
  TELEGRAM_BOT_TOKEN: secret('Telegram bot token from BotFather; enables Telegram'),
  TELEGRAM_WEBHOOK_URL: url('public HTTPS URL Telegram posts updates to; unset = long polling'),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{8,256}$/, 'must be 8–256 letters, digits, _ or -'))
    .describe('secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; generated when unset (secret)'),
  TELEGRAM_API_ROOT: url('Bot API server to use instead of https://api.telegram.org'),
  SLACK_BOT_TOKEN: secret('Slack bot token (xoxb-…); enables Slack with a signing secret or an app token'),
  SLACK_SIGNING_SECRET: secret('Slack signing secret: HTTP mode at /slack/events'),
  SLACK_APP_TOKEN: secret('Slack app-level token (xapp-…): Socket Mode'),
  SLACK_API_URL: url('Slack Web API base URL, e.g. for GovSlack'),
  SLACK_COMMAND: z.string().regex(/^\/[a-z0-9_-]{1,31}$/, 'must look like /coop').default('/coop').describe('slash command name'),
  TELEGRAM_ADMIN_IDS: list(z.string().regex(/^\d{1,20}$/, 'must be numeric Telegram user ids'), 'Telegram user ids allowed to /ingest'),
  SLACK_ADMIN_IDS: list(z.string().regex(/^[UW][A-Z0-9]{2,20}$/, 'must be Slack user ids like U0123ABCD'), 'Slack user ids allowed to /coop ingest'),
  FEEDS: list(z.url({ protocol: /^https?$/ }), 'RSS/Atom feed URLs to poll for new articles'),
  FEED_POLL_MINUTES: z.coerce.number().min(0.05).max(1440).default(15).describe('minutes between polls of each feed'),
  FEED_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10).describe('consecutive failures after which a feed is disabled'),
  RELEVANCE_CHECK: flag(true, 'skip imported articles that are not about Indonesia–China industrial cooperation'),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7).describe('hour of day daily digests are sent'),
  TIMEZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Jakarta')
    .default('Asia/Jakarta')
    .describe('time zone of DIGEST_HOUR'),
  HISTORY_DAYS: z.coerce.number().int().min(0).max(3650).default(30).describe('days questions, answers and votes are kept for npm run report; 0 stores none (and removes what was kept)'),
  HISTORY_KEY: optional(z.string().min(16, 'must be at least 16 characters')).describe('key chat and user ids are hashed with in the history; generated once and kept in the store when unset (secret)'),
  DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30).describe('days sent and failed notification rows are kept'),
  DELIVERY_RATE_SCALE: z.coerce.number().min(0.01).max(1000).default(1).describe('multiplies the platforms\' sending limits; only for tests against fake servers'),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  // Name the setting and the problem; never the value, which may be a secret.
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

/** One line per setting, for --help. */
export function describeSettings(): string[] {
  return Object.entries(ConfigSchema.shape).map(([name, schema]) => {
    const fallback = (schema as z.ZodType).safeParse(undefined);
    const shown = fallback.success && fallback.data !== undefined ? ` (default: ${String(fallback.data)})` : '';
    return `${name.padEnd(24)} ${(schema as z.ZodType).description ?? ''}${shown}`;
  });
}
