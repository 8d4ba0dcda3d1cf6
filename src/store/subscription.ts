/**
 * A chat's standing request for news on a topic, delivered as each article
 * arrives (instant) or once a day (daily).
 */
import type { ChatRef } from './chat.ts';

export const SUBSCRIPTION_MODES = ['instant', 'daily'] as const;
export type SubscriptionMode = (typeof SUBSCRIPTION_MODES)[number];

/** Why a limit at all: one chat must not be able to fan a single article out into hundreds of sends. */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 20;

export interface Subscription extends ChatRef {
  readonly id: number;
  /** Free text of the topic; empty means every article. */
  readonly topic: string;
  readonly mode: SubscriptionMode;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly paused: boolean;
}

export interface NewSubscription {
  readonly chat: ChatRef;
  readonly topic: string;
  readonly mode: SubscriptionMode;
  readonly now: number;
}
