/**
 * Every Bot API call the adapter makes goes through `callWithRetry`
 * (getUpdates is Telegraf's, with its own retries): on 429 it waits
 * the retry_after Telegram asks for; on 5xx and network failures it backs
 * off exponentially; everything else (400, 401, 403…) fails at once. The
 * final failure is a TelegramApiError with secrets scrubbed.
 *
 * Hazards: `sleep` is injected so tests do not wait; a 429 asking for more
 * than `maxRetryAfterSeconds` is not waited out (a handler would hold the
 * update that long). Retrying a sendMessage that timed out after Telegram
 * accepted it can deliver it twice — rare, and better than losing it.
 */
import type { Logger } from '../../src/logger.ts';
import { toApiError, type TelegramApiError } from './api-error.ts';
import type { Redact } from './redact.ts';

export interface RetrySettings {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** First back-off after a 5xx or network failure; doubles each time. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterSeconds: number;
}

export interface RetryPolicy extends RetrySettings {
  readonly sleep: (ms: number) => Promise<void>;
  readonly redact: Redact;
  readonly logger: Logger;
  /** Told of every failed attempt (`final` when no retry follows), for the metrics. */
  readonly onError?: (error: TelegramApiError, final: boolean) => void;
}

/** A Bot API call with the policy bound: `call('getMe', () => telegram.getMe())`. */
export type Call = <T>(method: string, request: () => Promise<T>) => Promise<T>;

export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterSeconds: 60 };

export async function callWithRetry<T>(method: string, call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (thrown) {
      const error = toApiError(thrown, method, policy.redact);
      if (!error) throw thrown;
      const delay = attempt < policy.maxAttempts ? retryDelay(error, attempt, policy) : undefined;
      policy.onError?.(error, delay === undefined);
      if (delay === undefined) throw error;
      policy.logger.warn({ method, code: error.code, attempt, delayMs: delay }, 'Telegram call failed; retrying');
      await policy.sleep(delay);
    }
  }
}

export function retrying(policy: RetryPolicy): Call {
  return (method, request) => callWithRetry(method, request, policy);
}

/** Milliseconds to wait before the next attempt, or undefined when the failure is final. */
export function retryDelay(error: TelegramApiError, attempt: number, settings: RetrySettings): number | undefined {
  if (error.code === 429) {
    const seconds = error.retryAfter ?? 1;
    return seconds <= settings.maxRetryAfterSeconds ? seconds * 1000 : undefined;
  }
  if (error.code === 'NETWORK' || error.code >= 500) return Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return undefined;
}
