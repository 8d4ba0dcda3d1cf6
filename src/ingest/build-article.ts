/**
 * From a draft to a valid Article: hints applied, the required facts present
 * (a headline and some text — never invented when the page lacks them), the
 * date chosen from the best evidence (choose-date.ts: an approximate one is
 * marked so, never passed off as the outlet's), the language detected from
 * the text, the URL in canonical form, the id and content hash computed, and
 * the whole checked against ArticleSchema.
 */
import { type Article, ArticleSchema } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { detectLanguage } from '../text/language.ts';
import { chooseDate, type OutsideDates } from './choose-date.ts';
import { applyHints, type ArticleDraft, type ImportHints } from './draft.ts';
import { articleIdFor, canonicalUrl, contentHash } from './identity.ts';
import { SourceError } from './source-error.ts';

export interface BuiltArticle {
  readonly article: Article;
  readonly contentHash: string;
}

/** How to date the article beyond what the page says: the feed item's and server's dates, and the time of import. */
export interface DatingContext {
  readonly outside?: OutsideDates;
  /** Epoch milliseconds; the day of import. */
  readonly now: number;
}

export function buildArticle(extracted: ArticleDraft, hints: ImportHints, lexicon: Lexicon, dating: DatingContext = { now: Date.now() }): BuiltArticle {
  const draft = applyHints(extracted, hints);
  if (!draft.title) throw new SourceError('no headline found (is this an article page? give the address of the article itself)');
  if (draft.paragraphs.length === 0) throw new SourceError('no article text found (is this an article page? pages that show their text only through JavaScript cannot be read)');
  const hash = contentHash(draft.paragraphs);
  const date = chooseDate(draft, dating.outside ?? {}, dating.now);
  // The text decides the language; a declared one (<html lang>) only breaks a tie, since CMS templates often get it wrong.
  const language = hints.language ?? detectLanguage(draft.paragraphs.join('\n'), extracted.language ?? 'id', lexicon.vocabulary);
  const candidate: Article = {
    id: hints.id ?? articleIdFor(date.published, hash),
    title: draft.title,
    publisher: draft.publisher,
    author: draft.author,
    ...date,
    language,
    url: canonicalUrl(draft.url),
    paragraphs: [...draft.paragraphs],
  };
  const parsed = ArticleSchema.safeParse(withoutUndefined(candidate));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(`not a valid article: ${issue.path.join('.') || 'article'}: ${issue.message}`);
  }
  return { article: parsed.data, contentHash: hash };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
