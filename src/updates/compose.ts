/**
 * What a notification says: built from the corpus article only — its title,
 * publisher, date and URL when the file has them (never guessed), and its
 * first two sentences verbatim. The frame's language is the chat's; the
 * article text stays in the language it was written in.
 */
import type { Article, Language } from '../corpus/article.ts';
import type { Subscription } from '../store/index.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Notification, NotificationItem } from './notification.ts';

/** Sentences of the body quoted as a notification's lead. */
export const LEAD_SENTENCES = 2;

export function notificationItem(article: Article): NotificationItem {
  return {
    articleId: article.id,
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    url: article.url,
    lead: leadOf(article),
  };
}

/** One article for an instant subscription; the articles (oldest first) of a daily one. */
export function composeNotification(subscription: Pick<Subscription, 'topic' | 'mode'>, articles: readonly Article[], language: Language): Notification {
  const first = articles[0];
  if (!first) throw new Error('coop-bot: a notification needs at least one article');
  if (subscription.mode === 'instant') return { kind: 'instant', topic: subscription.topic, language, item: notificationItem(first) };
  return { kind: 'digest', topic: subscription.topic, language, items: articles.map(notificationItem) };
}

function leadOf(article: Article): string[] {
  const lead: string[] = [];
  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      lead.push(sentence);
      if (lead.length === LEAD_SENTENCES) return lead;
    }
  }
  return lead;
}
