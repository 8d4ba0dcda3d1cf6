/**
 * The process logger: pino, JSON on stderr (stdout belongs to answers),
 * pretty-printed through pino-pretty only when a person watches stderr (a
 * TTY). Modules receive a child logger — logger.child({ module: 'search' })
 * — never a global.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

// Every key that carries a credential, under any name the code or a library
// uses for it: top level, one object down (`{ config: { botToken } }`), and
// inside logged request headers.
const SECRET_KEYS = [
  'token', 'secret', 'password', 'signingSecret', 'botToken', 'appToken', 'webhookSecret', 'secret_token', 'authorization',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN',
];
const SECRET_HEADERS = ['authorization', '["x-telegram-bot-api-secret-token"]', '["x-slack-signature"]', 'cookie'];

/** Wherever these paths appear in a logged object, their values are replaced. */
export const REDACTED_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`]),
  ...SECRET_HEADERS.flatMap((header) => {
    const path = header.startsWith('[') ? `headers${header}` : `headers.${header}`;
    return [path, `*.${path}`];
  }),
];

export const REDACTED = '[redacted]';

/** `destination` is for tests; without it, logs go to stderr. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = { level, redact: { paths: REDACTED_PATHS, censor: REDACTED } };
  if (destination) return pino(options, destination);
  // pino-pretty runs in a worker thread (a transport), so pretty-printing never blocks a reply.
  if (process.stderr.isTTY) return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2 } } });
  return pino(options, pino.destination(2));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
