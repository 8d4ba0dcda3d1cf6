/**
 * Polls the configured RSS/Atom feeds (FEEDS) and hands each new body to the
 * importer. Polite to publishers: a conditional GET with the validators the
 * feed last sent (ETag, Last-Modified), so an unchanged feed costs a 304.
 * The request goes through the importer's fetch (fetch-source.ts): the same
 * User-Agent, redirect checks, size cap and charset decoding as `npm run
 * ingest`, and the body is read as from the address it was redirected to.
 *
 * A failing feed (network, timeout, non-2xx, oversized body, or a body the
 * importer cannot parse) is retried later and later: 2^failures × interval,
 * at most MAX_BACKOFF_MS. After `maxFailures` failures in a row it is
 * disabled in the store, logged once at warn level with the last error, and
 * no longer polled. To re-enable it: call `enable(url)`, or clear the row and
 * restart, e.g.
 *   sqlite3 "$DATA_DIR/coop-bot.db" "UPDATE feeds SET failures = 0, disabled = 0 WHERE url = '<feed url>'"
 * Backoff times live in memory: after a restart every enabled feed is polled
 * once straight away.
 *
 * An item that failed in a way that may pass later (its page unreachable,
 * timed out, HTTP 5xx/429/408: `retry` on its outcome) is fetched again at
 * the next poll: the feed's validators are then not kept, so the next poll
 * reads the whole feed instead of a 304 that would hide the item. Items
 * imported, already in the corpus or skipped as unrelated are remembered by
 * the store and never fetched again.
 *
 * One poll at a time, feeds in turn, so a slow publisher never has two
 * requests open and the importer never runs twice at once.
 */
import { defaultFetchOptions, fetchConditional } from '../ingest/fetch-source.ts';
import { countOutcomes, type IngestReport } from '../ingest/report.ts';
import { SourceError } from '../ingest/source-error.ts';
import type { IngestService } from '../ingest/service.ts';
import type { Logger } from '../logger.ts';
import type { FeedState, Store } from '../store/index.ts';

export interface FeedPollerDeps {
  readonly feeds: readonly string[];
  readonly store: Store;
  readonly ingest: IngestService;
  readonly logger: Logger;
  /** Between two polls of one feed that succeed. */
  readonly intervalMs: number;
  /** Consecutive failures after which a feed is disabled. */
  readonly maxFailures: number;
  readonly fetch?: typeof globalThis.fetch;
  /** Epoch milliseconds; for tests. */
  readonly now?: () => number;
  /** After each body the importer took in (also when every item was a duplicate). */
  readonly onReport?: (feedUrl: string, report: IngestReport) => void;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxBackoffMs?: number;
  /** How long stop() waits for a poll in progress. */
  readonly stopTimeoutMs?: number;
}

/** What one poll of one feed did. */
export type FeedPollResult =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'ingested'; readonly report: IngestReport }
  | { readonly kind: 'failed'; readonly error: string; readonly failures: number; readonly disabled: boolean }
  /** Not polled: disabled earlier. */
  | { readonly kind: 'disabled' };

export const FEED_POLLER_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxBackoffMs: 6 * 60 * 60 * 1000,
  stopTimeoutMs: 10_000,
} as const;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export class FeedPoller {
  private readonly options: Required<Omit<FeedPollerDeps, 'onReport'>> & Pick<FeedPollerDeps, 'onReport'>;
  private readonly log: Logger;
  private readonly nextAt = new Map<string, number>();
  private stopping = new AbortController();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private ticking = false;

  constructor(deps: FeedPollerDeps) {
    this.options = { ...FEED_POLLER_DEFAULTS, fetch: globalThis.fetch, now: Date.now, ...deps };
    this.log = deps.logger.child({ module: 'feed-poller' });
  }

  /** Polls each enabled feed now, then whenever it is due, until stop(). */
  start(): void {
    if (this.running || this.options.feeds.length === 0) return;
    this.running = true;
    this.stopping = new AbortController();
    this.log.info({ feeds: this.options.feeds.map(feedName), intervalMs: this.options.intervalMs }, 'polling feeds');
    this.schedule(0);
  }

  /**
   * Stops polling; waits up to stopTimeoutMs for a poll in progress. Its
   * requests are aborted (the feed's, or the item page's the importer is
   * fetching) and no further item is fetched; the feed keeps its old
   * validators, so the next poll reads it again.
   */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopping.abort();
    let bound: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      bound = setTimeout(resolve, this.options.stopTimeoutMs);
      bound.unref();
    });
    await Promise.race([this.queue, timeout]);
    clearTimeout(bound);
  }

  /** When the feed is next due (epoch ms), undefined before its first poll. */
  nextPollAt(feedUrl: string): number | undefined {
    return this.nextAt.get(feedUrl);
  }

  /** Polls one feed now, after any poll in progress. Rejects only when the store fails. */
  pollOnce(feedUrl: string): Promise<FeedPollResult> {
    const run = this.queue.then(() => this.poll(feedUrl));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Clears a feed's failures and re-enables it (the operator's way back). */
  enable(feedUrl: string): void {
    const state = this.state(feedUrl);
    this.options.store.saveFeedState({ ...state, failures: 0, disabled: false });
    this.nextAt.delete(feedUrl);
    this.log.info({ feed: feedName(feedUrl) }, 'feed re-enabled');
    // Polling stopped when the last feed was disabled.
    if (this.running && !this.timer && !this.ticking) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.tick().catch((error: unknown) => {
        this.log.error({ err: error }, 'feed polling failed; retrying after the interval');
        if (this.running) this.schedule(this.options.intervalMs);
      });
    }, Math.max(0, delayMs));
    this.timer.unref();
  }

  // Polls every due feed in turn, then sleeps until the next one is due.
  private async tick(): Promise<void> {
    this.timer = undefined;
    this.ticking = true;
    try {
      for (const url of this.options.feeds) {
        if (!this.running) return;
        if ((this.nextAt.get(url) ?? 0) <= this.options.now()) await this.pollOnce(url).catch((error: unknown) => this.storeFailed(url, error));
      }
    } finally {
      this.ticking = false;
    }
    if (!this.running) return;
    const enabled = this.options.feeds.filter((url) => !this.state(url).disabled);
    if (enabled.length === 0) {
      this.log.warn('every feed is disabled; polling stops');
      return;
    }
    const next = Math.min(...enabled.map((url) => this.nextAt.get(url) ?? 0));
    this.schedule(next - this.options.now());
  }

  private async poll(url: string): Promise<FeedPollResult> {
    const state = this.state(url);
    if (state.disabled) return { kind: 'disabled' };
    let result: FeedPollResult;
    try {
      result = await this.fetchAndIngest(url, state);
    } catch (error) {
      result = this.failed(url, describeError(error));
    }
    if (result.kind !== 'failed') this.nextAt.set(url, this.options.now() + this.options.intervalMs);
    return result;
  }

  private async fetchAndIngest(url: string, state: FeedState): Promise<FeedPollResult> {
    const { options } = this;
    const headers: Record<string, string> = { accept: ACCEPT };
    if (state.etag) headers['if-none-match'] = state.etag;
    if (state.lastModified) headers['if-modified-since'] = state.lastModified;
    const signal = this.stopping.signal;
    const fetchOptions = { ...defaultFetchOptions, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes };
    const fetched = await fetchConditional(url, options.fetch, fetchOptions, { headers, signal });
    if (fetched.kind === 'not-modified') {
      if (state.failures > 0) options.store.saveFeedState({ ...state, failures: 0 });
      this.log.debug({ feed: feedName(url) }, 'feed not modified');
      return { kind: 'not-modified' };
    }
    // The address after redirects: relative item links resolve against it, and the importer names the feed by it.
    const report = await options.ingest.ingestFeedBody(fetched.url, fetched.body, undefined, signal);
    // Stopped mid-import: keep the old validators, or the items not fetched would wait for the feed to change.
    if (signal.aborted) return this.failed(url, 'stopped');
    const unreadable = feedFailure(report, fetched.url);
    if (unreadable !== undefined) return this.failed(url, unreadable);
    const retrying = itemsToRetry(report);
    // Without validators the next poll gets the whole feed, and with it the items to retry.
    const validators = retrying > 0 ? { etag: undefined, lastModified: undefined } : { etag: fetched.etag, lastModified: fetched.lastModified };
    options.store.saveFeedState({ url, ...validators, failures: 0, disabled: false });
    this.log.info({ feed: feedName(url), ...countOutcomes(report), retryNextPoll: retrying }, 'feed polled');
    try {
      options.onReport?.(url, report);
    } catch (error) {
      this.log.error({ err: error }, 'onReport failed');
    }
    return { kind: 'ingested', report };
  }

  // Counts the failure, backs off, and disables the feed after maxFailures in a row.
  private failed(url: string, error: string): FeedPollResult {
    const { options } = this;
    // Stopping aborts the request; that says nothing about the feed.
    if (this.stopping.signal.aborted) return { kind: 'failed', error, failures: this.state(url).failures, disabled: false };
    const state = this.state(url);
    const failures = state.failures + 1;
    const disabled = failures >= options.maxFailures;
    options.store.saveFeedState({ ...state, failures, disabled });
    const delay = Math.min(2 ** failures * options.intervalMs, options.maxBackoffMs);
    this.nextAt.set(url, options.now() + delay);
    if (disabled) {
      this.log.warn({ feed: feedName(url), failures, lastError: error }, `feed disabled after ${failures} failures in a row: ${feedName(url)} (${error})`);
    } else {
      this.log.info({ feed: feedName(url), failures, error, retryInMs: delay }, 'feed poll failed; backing off');
    }
    return { kind: 'failed', error, failures, disabled };
  }

  // The store failing is the bot's problem, not the feed's: no failure is counted.
  private storeFailed(url: string, error: unknown): void {
    this.nextAt.set(url, this.options.now() + this.options.intervalMs);
    this.log.error({ feed: feedName(url), err: error }, 'could not read or save the feed state');
  }

  private state(url: string): FeedState {
    return this.options.store.getFeedState(url) ?? { url, etag: undefined, lastModified: undefined, failures: 0, disabled: false };
  }
}

/**
 * The importer reports a body it cannot read as one `failed` outcome whose
 * source is the feed itself (its items' outcomes name the items). Items that
 * fail one by one are the items' problem, not the feed's.
 */
export function feedFailure(report: IngestReport, feedUrl: string): string | undefined {
  const failure = report.outcomes.find((o) => o.kind === 'failed' && o.source === feedUrl);
  return failure?.kind === 'failed' ? failure.reason : undefined;
}

/** Items whose failure may pass later (outcome `retry`), fetched again at the next poll. */
export function itemsToRetry(report: IngestReport): number {
  return report.outcomes.filter((o) => o.kind === 'failed' && o.retry).length;
}

// Messages people can act on: the fetch's own reasons ("timed out after 15 s", "HTTP 503 Service Unavailable").
function describeError(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timed out';
  if (error.name === 'AbortError') return 'aborted';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

// A feed URL as logged: no credentials or query string, which may hold a key.
function feedName(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return '(invalid URL)';
  }
}
