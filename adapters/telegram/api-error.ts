/**
 * The one error type for a failed Bot API call: the method, Telegram's
 * error code (or 'NETWORK' when no answer came) and description, and the
 * retry_after of a 429. Made from Telegraf's TelegramError or node-fetch's
 * FetchError with every secret scrubbed.
 *
 * Hazard: it deliberately keeps no `cause`. The original error's stack
 * holds the request URL, i.e. the bot token, and pino logs causes in full.
 */
import { TelegramError } from 'telegraf';
import type { Redact } from './redact.ts';

export type ApiErrorCode = number | 'NETWORK';

export class TelegramApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: ApiErrorCode,
    readonly description: string,
    /** Seconds Telegram asks us to wait (429 only). */
    readonly retryAfter?: number,
  ) {
    super(`Telegram ${method} failed: ${code} ${description}`);
    this.name = 'TelegramApiError';
  }
}

/** The API error for what a call threw; undefined when it is not an API or network failure (a bug: let it propagate). */
export function toApiError(error: unknown, method: string, redact: Redact): TelegramApiError | undefined {
  if (error instanceof TelegramApiError) return error;
  if (error instanceof TelegramError) {
    return new TelegramApiError(method, error.code, redact(error.description ?? ''), error.parameters?.retry_after);
  }
  if (isNetworkError(error)) return new TelegramApiError(method, 'NETWORK', redact(`${error.code ?? error.type ?? 'network error'}: ${error.message}`));
  return undefined;
}

interface NetworkError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly type?: string;
}

// node-fetch's FetchError (refused, reset, timed out); Node's own socket errors carry an E… code.
function isNetworkError(error: unknown): error is NetworkError {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // AbortError: a request this adapter gave up waiting for (the sender's timeout).
  return error.name === 'FetchError' || error.name === 'AbortError' || (typeof code === 'string' && /^E[A-Z]+/.test(code));
}
