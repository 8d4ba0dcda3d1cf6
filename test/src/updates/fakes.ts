/**
 * Test doubles for the updates module: a NotificationSender that records every
 * send and answers from a script, a fake clock whose sleep advances time, the
 * platforms' published limits, and a counter of sends per sliding window.
 */
import type { Article } from '../../../src/corpus/article.ts';
import type { ChatRef, Store, SubscriptionMode } from '../../../src/store/index.ts';
import type { Notification } from '../../../src/updates/notification.ts';
import type { DeliveryLimits, NotificationSender, SendOutcome } from '../../../src/updates/sender.ts';
import { makeArticle } from '../../helpers.ts';

export const TELEGRAM_LIMITS: DeliveryLimits = {
  overallPerSecond: 30,
  perChatPerSecond: 1,
  perGroupPerMinute: 20,
  isGroup: (chatId) => chatId.startsWith('-'),
};
export const SLACK_LIMITS: DeliveryLimits = { overallPerSecond: 20, perChatPerSecond: 1 };

export const SENT: SendOutcome = { kind: 'sent' };

export interface RecordedSend {
  readonly chatId: string;
  readonly notification: Notification;
  readonly at: number;
}

type Script = (chatId: string, notification: Notification, call: number) => SendOutcome | Promise<SendOutcome>;

export class FakeSender implements NotificationSender {
  readonly sends: RecordedSend[] = [];
  script: Script = () => SENT;

  constructor(
    readonly platform: string,
    readonly limits: DeliveryLimits,
    private readonly clock: () => number,
  ) {}

  async send(chatId: string, notification: Notification): Promise<SendOutcome> {
    this.sends.push({ chatId, notification, at: this.clock() });
    return this.script(chatId, notification, this.sends.length);
  }

  /** The article ids each chat received, in order (a digest counts each of its items). */
  articlesByChat(): Map<string, string[]> {
    const byChat = new Map<string, string[]>();
    for (const { chatId, notification } of this.sends) {
      const ids = notification.kind === 'instant' ? [notification.item.articleId] : notification.items.map((i) => i.articleId);
      byChat.set(chatId, [...(byChat.get(chatId) ?? []), ...ids]);
    }
    return byChat;
  }
}

export interface FakeClock {
  t: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export function fakeClock(start: number): FakeClock {
  const clock: FakeClock = {
    t: start,
    now: () => clock.t,
    sleep: async (ms) => {
      clock.t += ms;
    },
  };
  return clock;
}

/** The most events in any half-open span [t, t + windowMs). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** Articles a1…an, published on successive days. */
export function articles(n: number): Map<string, Article> {
  const map = new Map<string, Article>();
  for (let i = 1; i <= n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    map.set(`a${i}`, makeArticle({ id: `a${i}`, title: `Article number ${i}`, published: `2024-01-${day}` }));
  }
  return map;
}

/** One subscription per chat and a due row per (chat, article): returns the subscription ids. */
export function subscribeAndEnqueue(store: Store, chats: readonly ChatRef[], articleIds: readonly string[], now: number, mode: SubscriptionMode = 'instant', dueAt = now): number[] {
  return chats.map((chat) => {
    const s = store.addSubscription({ chat, topic: 'nickel', mode, now });
    for (const articleId of articleIds) store.enqueue({ subscriptionId: s.id, articleId, now, dueAt });
    return s.id;
  });
}

export function telegramChats(n: number, prefix = ''): ChatRef[] {
  return Array.from({ length: n }, (_, i) => ({ platform: 'telegram', chatId: `${prefix}${1000 + i}` }));
}
