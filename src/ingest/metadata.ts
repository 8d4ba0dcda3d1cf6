/**
 * A news page's metadata, most reliable source first: JSON-LD (`NewsArticle`,
 * `Article` and kin, as publishers write it for search engines), then Open
 * Graph and article meta tags, then the canonical link and <html lang>.
 * Nothing is guessed: a field the page does not state stays undefined.
 */
import type { Language } from '../corpus/article.ts';
import { cleanBlock } from './blocks.ts';
import type { PrintedDate } from './dates.ts';
import { type DomDocument, metaContent } from './dom.ts';
import type { ArticleFacts } from './draft.ts';
import { properCase } from './masthead.ts';
import { publishedInMeta } from './meta-date.ts';
import { parseHttpUrl } from './http-url.ts';

export interface PageMetadata extends ArticleFacts {
  /** The publication date the metadata states (meta-date.ts). */
  date?: PrintedDate;
}

export function pageMetadata(document: DomDocument, pageUrl: string | undefined): PageMetadata {
  const ld = newsArticleLd(document);
  const publisher = text(ld?.publisher) ?? metaContent(document, 'meta[property="og:site_name"]');
  const author = text(ld?.author) ?? metaContent(document, 'meta[name="author"]') ?? metaContent(document, 'meta[property="article:author"]');
  return {
    title: withoutSiteName(text(ld?.headline) ?? metaContent(document, 'meta[property="og:title"]') ?? text(document.querySelector('title')?.textContent), publisher),
    publisher,
    author: author && !/^https?:/.test(author) ? properCase(author) : undefined,
    date: publishedInMeta(document, ld),
    url: absolute(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, 'meta[property="og:url"]') ?? text(ld?.url) ?? text(ld?.mainEntityOfPage),
      pageUrl,
    ) ?? pageUrl,
    language: languageOf(document.documentElement.getAttribute('lang') ?? text(ld?.inLanguage) ?? metaContent(document, 'meta[property="og:locale"]')),
  };
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'WebPage']);

type LdObject = Record<string, unknown>;

// The first article object among all JSON-LD blocks, looking inside arrays and @graph. An unparsable block is skipped.
function newsArticleLd(document: DomDocument): LdObject | undefined {
  const found: LdObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found);
    } catch {
      // Malformed JSON-LD is common; the meta tags still speak.
    }
  }
  const typeOf = (o: LdObject) => [o['@type']].flat().map(String);
  return found.find((o) => typeOf(o).some((t) => t !== 'WebPage' && ARTICLE_TYPES.has(t))) ?? found.find((o) => typeOf(o).includes('WebPage'));
}

function collect(value: unknown, into: LdObject[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object') {
    into.push(value as LdObject);
    collect((value as LdObject)['@graph'], into);
  }
}

// JSON-LD values come as strings, {name}, {@id} or arrays of them; the first name wins.
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanBlock(value) || undefined;
  if (Array.isArray(value)) return value.map(text).find(Boolean);
  if (value && typeof value === 'object') {
    const o = value as LdObject;
    return text(o.name) ?? text(o['@id']) ?? text(o.url);
  }
  return undefined;
}

// og:title often ends with " - Site" or " | Site". By hand rather than a
// regex ending in `\s*$`: that is quadratic in a title of spaces (50 kB of
// them took 2 s), and a meta tag's content is as long as the page makes it.
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const rest = title.trimEnd();
  if (rest.slice(-site.length).toLowerCase() !== site.toLowerCase()) return title;
  const before = rest.slice(0, rest.length - site.length).trimEnd();
  if (!/[|–—-]$/.test(before)) return title;
  return before.slice(0, -1).trimEnd() || title;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  return parseHttpUrl(href, base)?.toString();
}

/** "id", "id-ID", "in", "id_ID" → id; "en…" → en; anything else is no evidence. */
export function languageOf(tag: string | undefined | null): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return undefined;
}
