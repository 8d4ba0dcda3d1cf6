/**
 * Puts articles that are already in the corpus (corpus/articles, written by
 * editors, and DATA_DIR/articles) into the registry, so the importer refuses
 * them as duplicates and can link new reports to their stories. Idempotent:
 * articles already registered are left alone, and nothing is delivered for
 * them (they are not news to subscribers).
 */
import type { Article } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { IngestedArticle, Store } from '../store/index.ts';
import { canonicalUrl, contentHash } from './identity.ts';
import { encodeSignature, storySignature } from './story.ts';

/** Returns how many articles were newly registered. */
export function registerExisting(store: Store, lexicon: Lexicon, articles: readonly Article[], now: number): number {
  let registered = 0;
  for (const article of articles) {
    if (store.hasArticle(article.id)) continue;
    const signature = encodeSignature(storySignature(article, lexicon));
    const entry = registryEntry(article, { contentHash: contentHash(article.paragraphs), storyKey: article.story ?? article.id, signature, ingestedAt: now });
    if (store.recordArticle(entry)) registered++;
  }
  return registered;
}

/** The registry row of an article; its URL in canonical form, so a re-spelt URL is still refused. */
export function registryEntry(article: Article, facts: Omit<IngestedArticle, 'articleId' | 'url' | 'published'>): IngestedArticle {
  return { articleId: article.id, url: canonicalUrl(article.url), published: article.published, ...facts };
}
