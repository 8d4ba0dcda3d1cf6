/**
 * How the delivery worker reaches Telegram: `TelegramSender` renders a
 * Notification as one HTML message (render-notification.ts), sends it with
 * link previews off, and turns the answer into a SendOutcome. It makes one
 * attempt and never waits: pacing and retries are the worker's, which keeps
 * under `limits` and reschedules on `retry`.
 *
 *   200                               → sent
 *   429                               → retry after retry_after (rateLimited,
 *                                       scope left to the default, the chat:
 *                                       Telegram does not say which limit it
 *                                       was, and the worker keeps under the
 *                                       overall one itself)
 *   5xx, no answer                    → retry after `transientRetryMs`
 *   403 (blocked, kicked, deactivated),
 *   400 "chat not found" and kin      → blocked: the worker pauses the chat
 *   any other 4xx                     → failed: this message can never go
 *
 * Hazard: a sendMessage that timed out after Telegram accepted it comes back
 * as a network failure and is sent again on retry — a rare duplicate, the
 * price of never losing one. The timeout itself (requestTimeoutMs) is there
 * so a request that never answers cannot hold one of the worker's few
 * in-flight slots for good.
 */
import type { Telegram } from 'telegraf';
import type { Logger } from '../../src/logger.ts';
import type { Notification } from '../../src/updates/notification.ts';
import type { DeliveryLimits, NotificationSender, SendOutcome } from '../../src/updates/sender.ts';
import type { Metrics } from '../ops/metrics.ts';
import { toApiError, type TelegramApiError } from './api-error.ts';
import { countErrors } from './count-errors.ts';
import { loggableError } from './log-error.ts';
import type { Redact } from './redact.ts';
import { renderNotificationHtml } from './render-notification.ts';

/** Telegram's published broadcast limits; the worker scales them by DELIVERY_RATE_SCALE, not this. */
export const TELEGRAM_DELIVERY_LIMITS: DeliveryLimits = {
  overallPerSecond: 30,
  perChatPerSecond: 1,
  perGroupPerMinute: 20,
  // Private chats have positive ids; groups, supergroups and channels negative ones.
  isGroup: (chatId) => chatId.startsWith('-'),
};

export interface TelegramSenderOptions {
  readonly logger: Logger;
  readonly redact: Redact;
  /** Where 429s and failures are counted; none in some tests and the benchmark. */
  readonly metrics?: Metrics;
  /** How long to wait after a 5xx or a network failure. */
  readonly transientRetryMs?: number;
  /** How long one sendMessage may take before it counts as a network failure. */
  readonly requestTimeoutMs?: number;
}

type CallApiSignal = NonNullable<Parameters<Telegram['callApi']>[2]>['signal'];

export const DEFAULT_TRANSIENT_RETRY_MS = 5000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export class TelegramSender implements NotificationSender {
  readonly platform = 'telegram';
  readonly limits = TELEGRAM_DELIVERY_LIMITS;
  private readonly logger: Logger;
  private readonly onError: ((error: TelegramApiError, final: boolean) => void) | undefined;

  constructor(
    private readonly telegram: Telegram,
    private readonly options: TelegramSenderOptions,
  ) {
    this.logger = options.logger.child({ module: 'telegram-sender' });
    this.onError = options.metrics && countErrors(options.metrics);
  }

  async send(chatId: string, notification: Notification): Promise<SendOutcome> {
    try {
      const html = renderNotificationHtml(notification);
      // callApi rather than sendMessage: only it takes an abort signal.
      await this.telegram.callApi(
        'sendMessage',
        { chat_id: telegramChatId(chatId), text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
        // Telegraf types the signal as the abort-controller polyfill's; its fetch (node-fetch 2) takes Node's own.
        { signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) as unknown as CallApiSignal },
      );
      return { kind: 'sent' };
    } catch (thrown) {
      const error = toApiError(thrown, 'sendMessage', this.options.redact);
      if (!error) {
        // A bug (in rendering, say), not Telegram: fail this delivery loudly rather than crash the worker.
        this.logger.error({ chatId, error: loggableError(thrown, this.options.redact) }, 'notification not sent: unexpected error');
        return { kind: 'failed', reason: 'unexpected error' };
      }
      const outcome = sendOutcome(error, this.options.transientRetryMs ?? DEFAULT_TRANSIENT_RETRY_MS);
      this.onError?.(error, outcome.kind !== 'retry');
      this.log(chatId, error, outcome);
      return outcome;
    }
  }

  private log(chatId: string, error: TelegramApiError, outcome: SendOutcome): void {
    const fields = { chatId, code: error.code, description: error.description, outcome: outcome.kind };
    if (outcome.kind === 'retry') this.logger.debug(fields, 'notification not sent; the worker will retry');
    else if (outcome.kind === 'blocked') this.logger.info(fields, 'chat refuses the bot; its subscriptions will be paused');
    else this.logger.warn(fields, 'notification refused by Telegram');
  }
}

// 400s that mean the chat is gone or closed to the bot, not that the message is bad (descriptions as Telegram words them).
const CHAT_GONE = /chat not found|PEER_ID_INVALID|upgraded to a supergroup|CHAT_WRITE_FORBIDDEN|not enough rights to send|have no rights to send|user is deactivated/i;

/** The outcome a failed sendMessage stands for. */
export function sendOutcome(error: TelegramApiError, transientRetryMs: number): SendOutcome {
  const reason = `${error.code} ${error.description}`.trim();
  if (error.code === 'NETWORK' || error.code >= 500) return { kind: 'retry', afterMs: transientRetryMs, rateLimited: false, reason };
  if (error.code === 429) return { kind: 'retry', afterMs: Math.ceil((error.retryAfter ?? 1) * 1000), rateLimited: true, reason };
  if (error.code === 403 || (error.code === 400 && CHAT_GONE.test(error.description))) return { kind: 'blocked', reason };
  return { kind: 'failed', reason };
}

/** Telegram's numeric chat ids as numbers; anything else ("@channel") as it is. */
function telegramChatId(chatId: string): number | string {
  return /^-?\d{1,16}$/.test(chatId) ? Number(chatId) : chatId;
}
