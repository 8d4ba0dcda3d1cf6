/**
 * Lost and doubled deliveries, counted from what the fake Telegram server
 * accepted — the messages users would have seen — against the planned
 * subscriptions: lost = a subscription whose chat got no message for it,
 * duplicated = every message beyond the first for one subscription (or one
 * that matches no subscription of that chat).
 */
import type { DeliveredMessage } from '../../test/fakes/telegram-api.ts';
import { topicOf, type PlannedSubscription } from './plan.ts';

export interface Tally {
  readonly expected: number;
  readonly received: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Messages one chat received at most. */
  readonly maxPerChat: number;
}

export function tally(planned: readonly PlannedSubscription[], delivered: readonly DeliveredMessage[]): Tally {
  const key = (chatId: string, topic: string | undefined) => `${chatId}|${topic ?? '?'}`;
  const received = new Map<string, number>();
  const perChat = new Map<string, number>();
  for (const message of delivered) {
    const k = key(message.chatId, topicOf(message.text));
    received.set(k, (received.get(k) ?? 0) + 1);
    perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
  }
  const expectedKeys = new Set(planned.map((p) => key(p.chatId, p.topic)));
  let lost = 0;
  for (const k of expectedKeys) if (!received.has(k)) lost += 1;
  let duplicated = 0;
  for (const [k, count] of received) duplicated += expectedKeys.has(k) ? count - 1 : count;
  return { expected: expectedKeys.size, received: delivered.length, lost, duplicated, maxPerChat: Math.max(0, ...perChat.values()) };
}
