/**
 * The registry entry of an ingested article, kept so the same story is not
 * ingested twice: by canonical URL (the same page) or by content hash (the
 * same text under another URL). The story key groups rewrites of one story.
 */
export interface IngestedArticle {
  readonly articleId: string;
  /** Unique: a second article with the same canonical URL is refused. */
  readonly url: string;
  readonly contentHash: string;
  readonly storyKey: string;
  /** Epoch milliseconds. */
  readonly ingestedAt: number;
}
