/**
 * Renders a Notification as one Telegram HTML message: the frame (the
 * core's heading from src/updates/messages.ts, a link label, how to manage
 * subscriptions) in the notification's language, each article as the corpus
 * has it — title,
 * publisher · date, lead sentences, a link when the URL is known.
 *
 * Always exactly one message of at most 4,096 characters (counted as
 * written, entities and tags included, which is stricter than Telegram's
 * count after parsing): the worker paces and retries a notification as one
 * send, and a digest split over several messages could be half-sent and
 * then sent twice on retry. So a long lead is cut (with "…") and a digest
 * that does not fit ends with "… and N more articles".
 */
import { formatDate } from '../../src/answer/messages.ts';
import type { Language } from '../../src/corpus/article.ts';
import { assertNever } from '../../src/errors.ts';
import { updateMessages } from '../../src/updates/messages.ts';
import type { DigestNotification, InstantNotification, Notification, NotificationItem } from '../../src/updates/notification.ts';
import { escapeAttribute, escapeHtml, link, linkHtml } from './html.ts';
import { phrases } from './phrases.ts';

export const MAX_MESSAGE_CHARS = 4096;
/** Escaped characters a title may take: it is a heading, not the article. */
const MAX_TITLE_CHARS = 300;
const MAX_TOPIC_CHARS = 100;
const MAX_PUBLISHER_CHARS = 200;
/** Each digest item shows the start of its lead, so many items fit. */
const MAX_DIGEST_LEAD_CHARS = 280;
/** Longer (escaped) URLs are not linked: one URL must not eat the message. */
const MAX_URL_CHARS = 1024;

export function renderNotificationHtml(notification: Notification): string {
  switch (notification.kind) {
    case 'instant':
      return renderInstant(notification);
    case 'digest':
      return renderDigest(notification);
    default:
      return assertNever(notification);
  }
}

function renderInstant({ topic, language, item }: InstantNotification): string {
  const p = phrases(language).notification;
  const heading = updateMessages(language).newArticle(cut(topic, MAX_TOPIC_CHARS));
  const head = [`<i>${fitEscaped(heading, 400)}</i>`, `<b>${fitEscaped(item.title, MAX_TITLE_CHARS)}</b>`, source(item, language)]
    .filter(Boolean)
    .join('\n');
  const url = linkableUrl(item.url);
  const tail = [url ? link(url, p.readArticle) : '', `<i>${escapeHtml(p.manage)}</i>`].filter(Boolean).join('\n');
  // Whatever the frame leaves is the lead's; the two blank lines around it are counted here.
  const leadBudget = MAX_MESSAGE_CHARS - head.length - tail.length - 4;
  const lead = fitEscaped(item.lead.join(' '), leadBudget);
  return [head, lead, tail].filter(Boolean).join('\n\n');
}

function renderDigest({ topic, language, items }: DigestNotification): string {
  const p = phrases(language).notification;
  const header = `<b>${fitEscaped(updateMessages(language).digestHeader(items.length, cut(topic, MAX_TOPIC_CHARS)), 400)}</b>`;
  const footer = `<i>${escapeHtml(p.manage)}</i>`;
  const blocks: string[] = [header];
  let length = header.length + 2 + footer.length;
  for (const [index, item] of items.entries()) {
    const block = digestItem(item, index + 1, language);
    const left = items.length - index - 1;
    // Room for this item and, if any are left after it, the "… and N more" line.
    const reserve = left > 0 ? 2 + escapeHtml(p.more(left)).length : 0;
    if (length + 2 + block.length + reserve > MAX_MESSAGE_CHARS) {
      blocks.push(escapeHtml(p.more(items.length - index)));
      break;
    }
    blocks.push(block);
    length += 2 + block.length;
  }
  return [...blocks, footer].join('\n\n');
}

function digestItem(item: NotificationItem, n: number, language: Language): string {
  const title = fitEscaped(item.title, MAX_TITLE_CHARS);
  const url = linkableUrl(item.url);
  const lead = item.lead[0] ? fitEscaped(item.lead[0], MAX_DIGEST_LEAD_CHARS) : '';
  return [`${n}. ${url ? linkHtml(url, title) : `<b>${title}</b>`}`, source(item, language), lead].filter(Boolean).join('\n');
}

// "Kompas · 8 September 2023"; just the date when the publisher is unknown.
function source(item: NotificationItem, language: Language): string {
  const date = escapeHtml(formatDate(item.published, language));
  return item.publisher ? `${fitEscaped(item.publisher, MAX_PUBLISHER_CHARS)} · ${date}` : date;
}

function linkableUrl(url: string | undefined): string | undefined {
  return url && escapeAttribute(url).length <= MAX_URL_CHARS ? url : undefined;
}

/** Plain text cut to `max` characters (with "…"), never inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** `text` escaped for HTML and cut (with "…") so that the escaped form is at most `max` characters. */
function fitEscaped(text: string, max: number): string {
  const escaped = escapeHtml(text);
  if (escaped.length <= max) return escaped;
  if (max < 1) return '';
  let out = '';
  for (const char of text) {
    const piece = escapeHtml(char);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}
