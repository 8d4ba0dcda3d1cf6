/**
 * An article's identity, computed the same way for every source so that
 * importing the same thing twice is refused: the canonical URL (the same
 * page), the content hash (the same text under another URL) and an id derived
 * from both the date and the text, so a re-import is idempotent.
 */
import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.ts';
import { parseHttpUrl } from './http-url.ts';

// Only parameters that track the visitor, never ones that select the page.
const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid)$/i;

/**
 * The page's address in one spelling: lower-case scheme and host, no default
 * port, no fragment, no tracking parameters. The path is kept exactly (a
 * trailing slash can be significant). Undefined for anything but http(s).
 */
export function canonicalUrl(url: string | undefined): string | undefined {
  const parsed = parseHttpUrl(url);
  if (!parsed) return undefined;
  parsed.hash = '';
  // Rewriting the query re-encodes it, so touch it only when there is something to drop.
  const tracking = [...parsed.searchParams.keys()].filter((name) => TRACKING_PARAMS.test(name));
  for (const name of tracking) parsed.searchParams.delete(name);
  // A bare "?" has an empty search: clearing it drops the mark. URL already
  // lower-cases the scheme and host and drops a default port.
  if (!parsed.search) parsed.search = '';
  return parsed.toString();
}

/** sha256 of the body as the engine reads it: case, accents, quotes and spacing do not count. */
export function contentHash(paragraphs: readonly string[]): string {
  const text = paragraphs.map((p) => normalize(p).replace(/\s+/g, ' ').trim()).join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/** `YYYY-MM-DD_<first 12 hex digits of the content hash>`: valid for ArticleSchema, stable across imports. */
export function articleIdFor(published: string, hash: string): string {
  return `${published}_${hash.slice(0, 12)}`;
}
