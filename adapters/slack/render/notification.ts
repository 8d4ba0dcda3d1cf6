/**
 * A subscription's notification as a Slack message: one new article
 * (instant) or a day's articles (digest, under a header). Each article is
 * one section: its title (a link when the corpus has its URL), publisher ·
 * date, and its lead sentences as a quote — only what the corpus holds, and
 * the frame ("New article on …") in the notification's language. Hazard:
 * the title, publisher and lead are article text, escaped and cut to fit
 * the section's 3,000 characters; a digest longer than the message's 50
 * blocks shows the first DIGEST_ITEMS_SHOWN and says how many more there were.
 */
import { formatDate } from '../../../src/answer/messages.ts';
import type { Language } from '../../../src/corpus/article.ts';
import type { Notification, NotificationItem } from '../../../src/updates/notification.ts';
import { updateMessages } from '../../../src/updates/messages.ts';
import { renderNotificationText } from '../../../src/updates/render-notification.ts';
import { assertNever } from '../../../src/errors.ts';
import { phrases } from '../phrases.ts';
import { BLOCK_KIT } from './limits.ts';
import { context, section, type Block, type SlackMessage } from './message.ts';
import { citationLink, escapeMrkdwn, escapeWithin, oneLine, truncate } from './mrkdwn.ts';

/** Header, items and the "… and N more" line stay within the 50 blocks. */
export const DIGEST_ITEMS_SHOWN = 45;

const MAX_TITLE = 250;
const MAX_PUBLISHER = 100;
const MAX_TOPIC = 80;
// Raw characters of lead shown; escaping may lengthen it, so the section budget cuts again.
const MAX_LEAD = { instant: 1_200, digest: 400 } as const;
const HEADER_TEXT = 150;

export function renderNotification(notification: Notification): SlackMessage {
  const m = updateMessages(notification.language);
  const topic = truncate(oneLine(notification.topic), MAX_TOPIC);
  const text = escapeWithin(renderNotificationText(notification), BLOCK_KIT.fallbackText) || '…';
  switch (notification.kind) {
    case 'instant':
      return { text, blocks: [context(escapeMrkdwn(m.newArticle(topic))), section(itemText(notification.item, notification.language, MAX_LEAD.instant))] };
    case 'digest': {
      const { items, language } = notification;
      const shown = items.slice(0, DIGEST_ITEMS_SHOWN);
      const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(m.digestHeader(items.length, topic), HEADER_TEXT), emoji: true } }];
      blocks.push(...shown.map((item) => section(itemText(item, language, MAX_LEAD.digest))));
      if (items.length > shown.length) blocks.push(context(escapeMrkdwn(phrases(language).digestMore(items.length - shown.length))));
      return { text, blocks };
    }
    default:
      return assertNever(notification);
  }
}

// "*<url|Title>*\nPublisher · 28 September 2024\n> Lead sentences."
function itemText(item: NotificationItem, language: Language, maxLead: number): string {
  const title = truncate(oneLine(item.title), MAX_TITLE) || '…';
  const head = `*${citationLink(item.url, title) ?? escapeMrkdwn(title)}*`;
  const meta = [item.publisher ? truncate(oneLine(item.publisher), MAX_PUBLISHER) : '', formatDate(item.published, language)].filter(Boolean).join(' · ');
  const top = meta ? `${head}\n${escapeMrkdwn(meta)}` : head;
  const lead = oneLine(item.lead.join(' '));
  const room = BLOCK_KIT.sectionText - top.length - '\n> '.length;
  return lead && room > 1 ? `${top}\n> ${escapeWithin(truncate(lead, maxLead), room)}` : top;
}
