/** Builders for the notifications the Slack sender renders and sends. */
import type { DigestNotification, InstantNotification, NotificationItem } from '../../../src/updates/notification.ts';

export function notificationItem(overrides: Partial<NotificationItem> = {}): NotificationItem {
  return {
    articleId: 'a-1',
    title: 'Nickel smelter in Morowali starts production',
    publisher: 'Antara',
    published: '2024-09-28',
    url: 'https://www.antaranews.com/berita/1',
    lead: ['The smelter processes nickel ore into matte.', 'It was built with Chinese investment.'],
    ...overrides,
  };
}

export function instant(overrides: Partial<InstantNotification> = {}): InstantNotification {
  return { kind: 'instant', topic: 'nickel', language: 'en', item: notificationItem(), ...overrides };
}

export function digest(items: readonly NotificationItem[], overrides: Partial<DigestNotification> = {}): DigestNotification {
  return { kind: 'digest', topic: 'smelter', language: 'id', items, ...overrides };
}
