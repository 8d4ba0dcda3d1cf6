/**
 * What a subscriber receives, platform-neutral: one article as it arrives
 * (instant) or the day's articles for one subscription (digest). Adapters
 * render it (Telegram HTML, Slack blocks); the core decides what it says.
 */
import type { Language } from '../corpus/article.ts';

/** One article as a subscriber sees it: nothing here that is not in the corpus file. */
export interface NotificationItem {
  readonly articleId: string;
  readonly title: string;
  readonly publisher: string | undefined;
  /** YYYY-MM-DD, as in the article file. */
  readonly published: string;
  readonly url: string | undefined;
  /** The article's first two sentences, verbatim. */
  readonly lead: readonly string[];
}

export interface InstantNotification {
  readonly kind: 'instant';
  /** The subscription's topic as the user typed it; empty for "everything". */
  readonly topic: string;
  /** The frame's language (the chat's /lang, else the platform default); the article text stays as written. */
  readonly language: Language;
  readonly item: NotificationItem;
}

export interface DigestNotification {
  readonly kind: 'digest';
  readonly topic: string;
  readonly language: Language;
  /** Oldest first. */
  readonly items: readonly NotificationItem[];
}

export type Notification = InstantNotification | DigestNotification;
