/**
 * Turns any error into a plain object that is safe to log: type, message,
 * Telegram's code, description and method, and (for bugs) the stack — with
 * the token and the webhook secret scrubbed. Log `{ error: loggableError(…) }`,
 * never the raw error (see redact.ts for why).
 */
import { TelegramError } from 'telegraf';
import { TelegramApiError } from './api-error.ts';
import type { Redact } from './redact.ts';

export interface LoggedError {
  readonly type: string;
  readonly message: string;
  readonly code?: number | string;
  readonly description?: string;
  readonly method?: string;
  readonly stack?: string;
}

export function loggableError(error: unknown, redact: Redact): LoggedError {
  if (error instanceof TelegramApiError) {
    return { type: error.name, message: redact(error.message), code: error.code, description: redact(error.description), method: error.method };
  }
  if (error instanceof TelegramError) {
    // Its `on.payload` is the request (message text, webhook secret): leave it out.
    const method = (error.on as { method?: unknown } | undefined)?.method;
    return {
      type: 'TelegramError',
      message: redact(error.message),
      code: error.code,
      description: redact(error.description ?? ''),
      ...(typeof method === 'string' && { method }),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      type: error.name,
      message: redact(error.message),
      ...((typeof code === 'string' || typeof code === 'number') && { code: typeof code === 'string' ? redact(code) : code }),
      ...(error.stack && { stack: redact(error.stack) }),
    };
  }
  return { type: typeof error, message: redact(String(error)) };
}
