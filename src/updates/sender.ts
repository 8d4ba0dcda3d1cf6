/**
 * The one thing the delivery worker needs from a chat platform: send a
 * notification to a chat and say how it went. Each adapter implements it and
 * maps its API's errors onto these outcomes; the worker never sees an HTTP
 * status or a Slack error string.
 */
import type { Notification } from './notification.ts';

export type SendOutcome =
  /** The platform accepted the message. */
  | { readonly kind: 'sent' }
  /** Try again later: a 429 (rateLimited, afterMs from retry_after/Retry-After) or a transient failure (5xx, network). */
  | {
      readonly kind: 'retry';
      readonly afterMs: number;
      readonly rateLimited: boolean;
      readonly reason: string;
      /**
       * What a 429 holds back: this chat (the default: Telegram's per-chat
       * limits) or every send on the platform (a bot-wide flood limit).
       */
      readonly scope?: 'chat' | 'platform';
    }
  /** The chat blocked or removed the bot (403, channel_not_found, not_in_channel, account_inactive…): pause the chat. */
  | { readonly kind: 'blocked'; readonly reason: string }
  /** This message can never be sent (400 with a bad payload…): fail the delivery, keep the subscription. */
  | { readonly kind: 'failed'; readonly reason: string };

/** The platform's published sending limits, which the worker keeps under. */
export interface DeliveryLimits {
  /** Messages per second across all chats (Telegram: 30). */
  readonly overallPerSecond: number;
  /** Messages per second to one chat (Telegram: 1; Slack: 1 per channel). */
  readonly perChatPerSecond: number;
  /** Messages per minute to one group chat (Telegram: 20); undefined when the platform has no such limit. */
  readonly perGroupPerMinute?: number;
  /** Which chats the group limit applies to (Telegram: negative chat ids). */
  readonly isGroup?: (chatId: string) => boolean;
}

export interface NotificationSender {
  /** Matches Subscription.platform: 'telegram' or 'slack'. */
  readonly platform: string;
  readonly limits: DeliveryLimits;
  /** Never throws for a platform error: every failure is a SendOutcome. */
  send(chatId: string, notification: Notification): Promise<SendOutcome>;
}
