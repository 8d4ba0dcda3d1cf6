/**
 * Sends subscription notifications to Slack for the delivery worker: renders
 * the Notification as Block Kit and posts it with chat.postMessage to a
 * channel id, or to a user id (Slack puts that in the app's DM with them).
 *
 * Limits: chat.postMessage is in Slack's "special" tier, about one message
 * a second per channel with short bursts tolerated; there is no published
 * workspace-wide figure, so the overall 20/s is our choice — well above what
 * a channel allows, well below where Slack's other tiers start refusing.
 *
 * Hazard: Bolt's Web API client by default waits out a 429 and retries, and
 * its default policy retries for up to half an hour. The worker must see
 * each failure at once (to reschedule the delivery and keep to the limits
 * itself), so this sender has a client of its own with no retries and
 * `rejectRateLimitedCalls`; the answers' client keeps its own policy.
 */
import { webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { Notification } from '../../src/updates/notification.ts';
import type { DeliveryLimits, NotificationSender, SendOutcome } from '../../src/updates/sender.ts';
import type { Metrics } from '../ops/metrics.ts';
import { SLACK_PLATFORM } from './owner.ts';
import { renderNotification, type SlackMessage } from './render/index.ts';
import type { Scrubber } from './scrub.ts';
import { sendOutcomeOf } from './send-outcome.ts';

export const SLACK_DELIVERY_LIMITS: DeliveryLimits = { overallPerSecond: 20, perChatPerSecond: 1 };

export interface SlackSenderOptions {
  readonly token: string;
  /** SLACK_API_URL; Slack's own when undefined. */
  readonly apiUrl: string | undefined;
  readonly requestTimeoutMs: number;
  readonly boltLogger: BoltLogger;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly scrubber: Scrubber;
}

export class SlackSender implements NotificationSender {
  readonly platform = SLACK_PLATFORM;
  readonly limits = SLACK_DELIVERY_LIMITS;
  private readonly client: webApi.WebClient;

  constructor(private readonly options: SlackSenderOptions) {
    this.client = new webApi.WebClient(options.token, {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      timeout: options.requestTimeoutMs,
      logger: options.boltLogger,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
  }

  async send(chatId: string, notification: Notification): Promise<SendOutcome> {
    let message: SlackMessage;
    try {
      message = renderNotification(notification);
    } catch (error) {
      // A renderer bug: this notification can never be sent, the next one may.
      this.options.log.error({ err: this.options.scrubber.error(error), chat: chatId }, 'Slack notification could not be rendered');
      return { kind: 'failed', reason: 'render' };
    }
    try {
      await this.client.chat.postMessage({ channel: chatId, unfurl_links: false, unfurl_media: false, ...message });
      return { kind: 'sent' };
    } catch (error) {
      const outcome = sendOutcomeOf(error);
      this.count(outcome);
      const reason = outcome.kind === 'sent' ? undefined : outcome.reason;
      this.options.log.warn({ err: this.options.scrubber.error(error), chat: chatId, outcome: outcome.kind, reason }, 'Slack notification not sent');
      return outcome;
    }
  }

  // Every refused call is an API error; a 429 is also counted as rate-limited.
  private count(outcome: SendOutcome): void {
    const platform = SLACK_PLATFORM;
    if (outcome.kind === 'retry' && outcome.rateLimited) this.options.metrics.platformRateLimited.inc({ platform });
    this.options.metrics.platformApiErrors.inc({ platform });
  }
}
