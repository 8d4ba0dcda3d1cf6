/**
 * Scrubs secrets out of text before it is logged or thrown on. The bot
 * token is part of every Bot API URL, so any error that mentions the URL —
 * node-fetch's "request to https://api.telegram.org/bot<token>/sendMessage
 * failed", in its message and again in its stack — carries it.
 *
 * Hazard: Telegraf redacts the token from a network error's message only
 * when the URL matches its pattern, and a TelegramError keeps the request
 * payload (for setWebhook, the webhook secret), which pino's error
 * serialiser would print. Never log a raw error; see log-error.ts.
 */
export type Redact = (text: string) => string;

const REDACTED = '[redacted]';
// Anything shaped like a bot token ("123456:AA…"), even one we were not told about.
const TOKEN_SHAPE = /(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}/g;

export function redactor(secrets: ReadonlyArray<string | undefined>): Redact {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
  return (text) => known.reduce((out, secret) => out.split(secret).join(REDACTED), text).replace(TOKEN_SHAPE, REDACTED);
}
