/**
 * The publication date a page states about itself for machines, most
 * reliable first: JSON-LD `datePublished` (then `dateCreated`), the usual
 * meta tags, any other meta tag whose name says "published" (content systems
 * name it in many ways), then a <time datetime> that is the article's own —
 * marked as the publication date, or else the first one outside the page's
 * lists of other headlines. Modification dates are never taken: an old story
 * edited today is not today's news.
 */
import { findPrintedDate, type PrintedDate } from './dates.ts';
import { type DomDocument, type DomElement, metaContent } from './dom.ts';

export function publishedInMeta(document: DomDocument, ld: Readonly<Record<string, unknown>> | undefined): PrintedDate | undefined {
  const values = [ldText(ld?.datePublished), ...KNOWN_META.map((selector) => metaContent(document, selector)), ...namedPublished(document), ldText(ld?.dateCreated), ...timeElements(document)];
  for (const value of values) {
    const printed = value ? findPrintedDate(value) : undefined;
    if (printed) return printed;
  }
  return undefined;
}

const KNOWN_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
];

// Any meta tag named for publication ("content_PublishedDate", "parsely-pub-date", "dtk:publishdate" …), in page order.
function namedPublished(document: DomDocument): (string | undefined)[] {
  const found: (string | undefined)[] = [];
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '';
    if (/publi(?:sh|cation)|pub[-_.]?date|date[-_.]?pub|release[-_.]?date|posted/i.test(name) && !/modif|updat|expir/i.test(name)) found.push(meta.getAttribute('content') ?? undefined);
  }
  return found;
}

// The article's own <time>: one marked as the publication date first, else the first outside sidebars,
// navigation, footers and list items that link elsewhere (lists of other headlines with their times).
function timeElements(document: DomDocument): (string | undefined)[] {
  const times = Array.from(document.querySelectorAll('time[datetime]'));
  const marked = times.filter((t) => t.getAttribute('itemprop') === 'datePublished' || t.getAttribute('pubdate') !== null || /publish/i.test(t.getAttribute('class') ?? ''));
  const own = times.filter((t) => !t.closest('aside, nav, footer') && !t.closest('li')?.querySelector('a') && !/modif|updat/i.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`));
  return [...marked, ...own].map((t: DomElement) => t.getAttribute('datetime') ?? undefined);
}

function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(ldText).find(Boolean);
  return undefined;
}
