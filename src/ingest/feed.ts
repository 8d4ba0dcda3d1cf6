/**
 * RSS 2.0 and Atom feeds through @rowanmanning/feed-parser: each item becomes
 * a link to import plus the item's title, used only where the page does not
 * state one, and its date, weighed with the page's own (choose-date.ts).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { cleanBlock } from './blocks.ts';
import { findPrintedDate, type PrintedDate } from './dates.ts';
import type { ArticleFacts } from './draft.ts';
import { SourceError } from './source-error.ts';
import { parseHttpUrl } from './http-url.ts';

export interface FeedEntry {
  /** Absolute http(s) URL of the item's page; undefined when the item has none. */
  readonly url: string | undefined;
  readonly fallbacks: ArticleFacts;
  /** The item's date as the feed printed it. */
  readonly date: PrintedDate | undefined;
}

/**
 * Throws SourceError when the body is not a complete RSS or Atom document.
 * Relative item links are resolved against `feedUrl`; a feed read from a file
 * has none, so they are dropped. Only the first MAX_FEED_ITEMS items are read.
 */
export function readFeed(xml: string, feedUrl: string | undefined): FeedEntry[] {
  // The parser is lenient: a feed cut off mid-download parses into fewer items without complaint.
  if (!isClosedFeed(xml)) throw new SourceError('not a complete RSS or Atom feed (malformed or truncated XML)');
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new SourceError('not an RSS or Atom feed (the XML could not be parsed as one)', { cause: error });
  }
  return feed.items.slice(0, MAX_FEED_ITEMS).map((item) => {
    const printed = findPrintedDate(rawDate(item.element) ?? '') ?? isoDay(item.published ?? item.updated);
    const title = item.title ? cleanBlock(item.title) : undefined;
    return { url: httpUrl(item.url, feedUrl), fallbacks: { title: title || undefined }, date: printed };
  });
}

/**
 * Real feeds carry 10 to 100 items. The bound keeps a hostile 5 MB feed from
 * holding the event loop: the parser's per-item accessors cost time in
 * proportion to the document (10,000 items took 15 s).
 */
export const MAX_FEED_ITEMS = 500;

// Ends with the root's closing tag, optionally followed by comments. Done by
// hand: the regex form (`(?:\s*<!--[\s\S]*?-->)*$`) backtracks exponentially
// on a run of comments, which a hostile feed can send.
function isClosedFeed(xml: string): boolean {
  let end = xml.trimEnd();
  while (end.endsWith('-->')) {
    const open = end.lastIndexOf('<!--');
    if (open === -1) return false;
    end = end.slice(0, open).trimEnd();
  }
  return /<\/(?:[\w-]+:)?(?:rss|feed|RDF)>$/.test(end.slice(-200));
}

// The date as the feed printed it ("Mon, 04 Dec 2023 01:00:00 +0700"): its local
// day, which the parser's UTC Date would move to the day before.
function rawDate(element: { findElementWithName(name: string): { textContent: string } | null }): string | undefined {
  // The parser lower-cases names and drops prefixes: pubDate → pubdate, dc:date → date.
  for (const name of ['pubdate', 'published', 'date', 'updated']) {
    const value = element.findElementWithName(name)?.textContent.trim();
    if (value) return value;
  }
  return undefined;
}

function isoDay(date: Date | null): { date: string; time?: string } | undefined {
  return date && !Number.isNaN(date.getTime()) ? { date: date.toISOString().slice(0, 10) } : undefined;
}

function httpUrl(url: string | null, base: string | undefined): string | undefined {
  return parseHttpUrl(url, base)?.toString();
}
