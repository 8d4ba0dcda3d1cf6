/**
 * The registry entry of an ingested article. It serves three purposes:
 * - refusing the same story twice: by canonical URL (the same page) or by
 *   content hash (the same text under another URL);
 * - linking rewrites of one story from several outlets (story key, and the
 *   signature the importer compares within a few days of `published`);
 * - a change feed: `seq` grows with every insert, so a running bot picks up
 *   what another process (npm run ingest) added by asking for rows after the
 *   last seq it saw.
 */
export interface IngestedArticle {
  readonly articleId: string;
  /** Unique when present: a second article with the same canonical URL is refused. Absent when unknown. */
  readonly url: string | undefined;
  readonly contentHash: string;
  readonly storyKey: string;
  /** The article's publication date, YYYY-MM-DD. */
  readonly published: string;
  /** The importer's text fingerprint for story linking; opaque to the store. */
  readonly signature: string;
  /** Epoch milliseconds. */
  readonly ingestedAt: number;
}

/** A registry row as read back, with its place in the change feed. */
export interface RegisteredArticle extends IngestedArticle {
  readonly seq: number;
}
