/**
 * Builders for the notifications the platform senders render and send,
 * shared by the Telegram and Slack tests: one article item, an instant
 * notification and a digest, each overridable.
 */
import type { DigestNotification, InstantNotification, NotificationItem } from '../../src/updates/notification.ts';

export function notificationItem(overrides: Partial<NotificationItem> = {}): NotificationItem {
  return {
    articleId: 'nickel_smelter_2024',
    title: 'Indonesia and China open a nickel smelter in Morowali',
    publisher: 'Antara',
    published: '2024-01-15',
    url: 'https://example.com/news/nickel-smelter',
    lead: ['Indonesia and China opened a nickel smelter in Morowali on Monday.', 'The plant will process 50,000 tonnes a year.'],
    ...overrides,
  };
}

export function instant(overrides: Partial<InstantNotification> = {}): InstantNotification {
  return { kind: 'instant', topic: 'nickel', language: 'en', item: notificationItem(), ...overrides };
}

/** Two items by default, the second without a URL. */
export function digest(overrides: Partial<DigestNotification> = {}): DigestNotification {
  const items = [notificationItem(), notificationItem({ articleId: 'b', title: 'Second article', url: undefined })];
  return { kind: 'digest', topic: 'smelter', language: 'en', items, ...overrides };
}
