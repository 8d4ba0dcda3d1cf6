/**
 * A notification as plain text: the adapters' fallback text (Telegram's
 * message when rich rendering fails, Slack's `text` beside the blocks) and
 * the terminal's rendering. The frame is in the chat's language; title and
 * lead are quoted as written.
 */
import { formatDate } from '../answer/messages.ts';
import type { Language } from '../corpus/article.ts';
import { assertNever } from '../errors.ts';
import { updateMessages } from './messages.ts';
import type { Notification, NotificationItem } from './notification.ts';

export function renderNotificationText(n: Notification): string {
  const m = updateMessages(n.language);
  switch (n.kind) {
    case 'instant':
      return [m.newArticle(n.topic), '', ...itemLines(n.item, n.language)].join('\n');
    case 'digest':
      return [m.digestHeader(n.items.length, n.topic), ...n.items.flatMap((item, i) => ['', ...itemLines(item, n.language, i + 1)])].join('\n');
    default:
      return assertNever(n);
  }
}

function itemLines(item: NotificationItem, language: Language, number?: number): string[] {
  const byline = [item.publisher, formatDate(item.published, language)].filter(Boolean).join(' · ');
  return [
    number === undefined ? item.title : `${number}. ${item.title}`,
    byline,
    ...(item.lead.length ? [item.lead.join(' ')] : []),
    ...(item.url ? [item.url] : []),
  ];
}
