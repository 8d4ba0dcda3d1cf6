/**
 * The ingest pipeline as the rest of the bot sees it: the CLI, the admin chat
 * command and the feed poller all go through this one interface, so they
 * refuse the same duplicates and report the same way.
 */
import type { Article } from '../corpus/article.ts';
import type { NewDelivery } from '../store/index.ts';
import type { IngestProgress, IngestReport } from './report.ts';

export interface IngestService {
  /**
   * Each source is a file path, a page URL or a feed URL (a feed's items are
   * fetched and imported one by one). Never throws for a bad source: it
   * becomes a `failed` outcome.
   */
  ingest(sources: readonly string[], onProgress?: IngestProgress, options?: IngestOptions): Promise<IngestReport>;
  /**
   * A feed body the caller already fetched (the poller, with its conditional
   * GET). `feedUrl` is where the body came from after redirects: relative
   * item links resolve against it. Once `signal` aborts, no further item is
   * fetched and the one in flight is aborted; the report then holds only the
   * items settled before.
   */
  ingestFeedBody(feedUrl: string, body: string, onProgress?: IngestProgress, signal?: AbortSignal): Promise<IngestReport>;
}

/** What an operator may add to an ingest: the CLI's `--force` and `--date`, the chat command's `--force`. */
export interface IngestOptions {
  /** Import what the relevance check would skip. */
  readonly force?: boolean;
  /** The publication date (YYYY-MM-DD) of the pages named; feed items keep their own. */
  readonly published?: string;
}

/**
 * Who should receive a newly imported article: computed by the updates
 * module and recorded in the same transaction as the article.
 */
export type FanOut = (article: Article, now: number) => readonly NewDelivery[];
