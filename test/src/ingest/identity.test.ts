import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/corpus/article.ts';
import { articleIdFor, canonicalUrl, contentHash } from '../../../src/ingest/identity.ts';
import { makeArticle } from '../../helpers.ts';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops the fragment, tracking parameters and the default port', () => {
    expect(canonicalUrl('HTTPS://Example.COM:443/News/A?id=3&utm_source=x&fbclid=y#comments')).toBe('https://example.com/News/A?id=3');
    expect(canonicalUrl('https://example.com/a/?utm_medium=rss')).toBe('https://example.com/a/');
  });

  it('keeps the path, the trailing slash and the query that selects the page as they are', () => {
    expect(canonicalUrl('https://example.com/a/')).toBe('https://example.com/a/');
    expect(canonicalUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(canonicalUrl('https://example.com/read?p=1%202')).toBe('https://example.com/read?p=1%202');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(canonicalUrl('ftp://example.com/a')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
    expect(canonicalUrl(undefined)).toBeUndefined();
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
      const once = canonicalUrl(url);
      expect(canonicalUrl(once)).toBe(once);
    }));
  });
});

describe('contentHash', () => {
  it('ignores case, accents, quote styles and spacing but not words', () => {
    const hash = contentHash(['“Kerja sama” itu  penting.', 'Baris dua.']);
    expect(contentHash(['"kerja SAMA" itu penting.', 'Baris dua. '])).toBe(hash);
    expect(contentHash(['"kerja sama" itu tidak penting.', 'Baris dua.'])).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('articleIdFor', () => {
  it('gives an id the corpus schema accepts', () => {
    const id = articleIdFor('2024-09-28', contentHash(['x']));
    expect(ArticleSchema.safeParse(makeArticle({ id })).success).toBe(true);
  });
});
