/**
 * The import pipeline behind IngestService: read a source (file, page URL or
 * feed), extract the article, refuse duplicates (same canonical URL, same
 * text), date it from the best evidence (choose-date.ts), skip what is
 * off-topic unless forced, link it to its story, write its file atomically,
 * then register it and enqueue its deliveries in one transaction.
 *
 * Hazard — two importers at once (the CLI while the bot polls feeds): both may
 * pass the duplicate checks before either registers. The registry's unique id
 * and URL make exactly one recordArticle succeed; the loser removes its file
 * unless it has the winner's id (then it is the same file) and reports a
 * duplicate. test/src/ingest/ingester.test.ts ("when two ingests race") holds it.
 */
import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import type { Article } from '../corpus/article.ts';
import { assertNever } from '../errors.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/index.ts';
import { buildArticle } from './build-article.ts';
import type { OutsideDates } from './choose-date.ts';
import { applyFallbacks, applyHints, type ArticleDraft, type ArticleFacts, type ImportHints } from './draft.ts';
import { extractHtml } from './extract-html.ts';
import { extractText } from './extract-text.ts';
import { type FeedEntry, readFeed } from './feed.ts';
import { defaultFetchOptions, type FetchFunction, type FetchOptions, fetchSource } from './fetch-source.ts';
import { canonicalUrl, contentHash } from './identity.ts';
import { findSameStory } from './link-story.ts';
import { registerExisting, registryEntry } from './register-existing.ts';
import { assessRelevance } from './relevance.ts';
import type { IngestOutcome, IngestProgress, IngestReport } from './report.ts';
import type { FanOut, IngestOptions, IngestService } from './service.ts';
import { isTransient, reasonOf, SourceError } from './source-error.ts';
import { kindOfFile, kindOfResponse, type SourceKind } from './source-kind.ts';
import { encodeSignature, storySignature } from './story.ts';
import { Tally } from './tally.ts';
import { writeArticleFile } from './write-article.ts';

export interface IngesterDeps {
  readonly store: Store;
  readonly lexicon: Lexicon;
  /** DATA_DIR/articles */
  readonly articlesDir: string;
  readonly fanOut: FanOut;
  readonly logger: Logger;
  /** Skip articles that are not about Indonesia–China industrial cooperation (RELEVANCE_CHECK). */
  readonly relevanceCheck: boolean;
  readonly fetch?: FetchFunction;
  readonly fetchOptions?: Partial<FetchOptions>;
  /** Epoch milliseconds. */
  readonly now?: () => number;
}

/** A document already in hand: a seed file with its editor's facts, a page the caller fetched. */
export interface SourceDocument {
  /** How the outcome names it: a path or URL. */
  readonly source: string;
  readonly kind: Exclude<SourceKind, 'feed'>;
  readonly body: string;
  /** The page's address, to resolve its canonical link against. */
  readonly pageUrl?: string;
  /** Facts the caller knows for certain; they override the page. */
  readonly hints?: ImportHints;
  /** Facts used only where the page is silent (a feed item's title). */
  readonly fallbacks?: ArticleFacts;
  /** Dates from outside the page (the feed item's, the server's Last-Modified), weighed with the page's own. */
  readonly outside?: OutsideDates;
  /** Import even when the relevance check would skip it (`--force`). */
  readonly force?: boolean;
}

/** One feed's import: how the report names it, the caller's stop signal, and whether to bypass the relevance check. */
interface FeedRun {
  readonly source: string;
  readonly signal?: AbortSignal;
  readonly force?: boolean;
}

export class Ingester implements IngestService {
  private readonly log: Logger;
  private readonly fetch: FetchFunction;
  private readonly fetchOptions: FetchOptions;
  private readonly now: () => number;

  constructor(private readonly deps: IngesterDeps) {
    this.log = deps.logger.child({ module: 'ingest' });
    this.fetch = deps.fetch ?? globalThis.fetch;
    this.fetchOptions = { ...defaultFetchOptions, ...deps.fetchOptions };
    this.now = deps.now ?? Date.now;
  }

  async ingest(sources: readonly string[], onProgress?: IngestProgress, options: IngestOptions = {}): Promise<IngestReport> {
    const tally = new Tally(sources.length, onProgress);
    // One source at a time: polite to the outlets, and the order of the report is the order given.
    for (const source of sources) await this.ingestSource(source, tally, options);
    return tally.report();
  }

  async ingestFeedBody(feedUrl: string, body: string, onProgress?: IngestProgress, signal?: AbortSignal): Promise<IngestReport> {
    const tally = new Tally(1, onProgress);
    await this.ingestFeed(feedUrl, body, tally, { source: feedUrl, signal });
    return tally.report();
  }

  /** Imports one document; never throws. */
  importDocument(document: SourceDocument): IngestOutcome {
    try {
      const extracted = extract(document.kind, document.body, document.pageUrl);
      return this.importArticle(document, applyFallbacks(extracted, document.fallbacks));
    } catch (error) {
      return this.failed(document.source, error);
    }
  }

  /** Registers corpus articles not yet in the registry (see register-existing.ts); returns how many. */
  registerExisting(articles: readonly Article[]): number {
    return registerExisting(this.deps.store, this.deps.lexicon, articles, this.now());
  }

  private async ingestSource(source: string, tally: Tally, options: IngestOptions): Promise<void> {
    // An operator's date is for the pages named; a feed's items each carry their own.
    const page = { force: options.force, hints: options.published ? { published: options.published, dateSource: 'operator' as const } : undefined };
    try {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
        const fetched = await fetchSource(source, this.fetch, this.fetchOptions);
        const kind = kindOfResponse(fetched.contentType, fetched.body);
        if (kind === 'feed') return await this.ingestFeed(fetched.url, fetched.body, tally, { source, force: options.force });
        return tally.settle(this.importDocument({ source, kind, body: fetched.body, pageUrl: fetched.url, outside: { lastModified: fetched.lastModified }, ...page }));
      }
      const body = await readSourceFile(source);
      const kind = kindOfFile(source, body);
      if (kind === 'feed') return await this.ingestFeed(undefined, body, tally, { source, force: options.force });
      tally.settle(this.importDocument({ source, kind, body, ...page }));
    } catch (error) {
      tally.settle(this.failed(source, error));
    }
  }

  // Once `signal` aborts, no further item is fetched, the fetch in flight is aborted, and the report ends with the items settled before.
  private async ingestFeed(feedUrl: string | undefined, body: string, tally: Tally, run: FeedRun): Promise<void> {
    const { source, signal } = run;
    let entries;
    try {
      entries = readFeed(body, feedUrl);
    } catch (error) {
      return tally.settle(this.failed(source, error));
    }
    this.log.info({ feed: source, items: entries.length }, 'feed read');
    tally.expand(entries.length);
    for (const [index, entry] of entries.entries()) {
      if (signal?.aborted) return this.abandoned(source, entries.length - index);
      if (!entry.url) {
        tally.settle(this.outcome({ kind: 'failed', source: `${source} item ${index + 1}`, reason: 'the feed item has no http(s) link (nothing to fetch; the feed itself must be fixed)' }));
        continue;
      }
      const outcome = await this.ingestFeedItem({ ...entry, url: entry.url }, run);
      if (!outcome) return this.abandoned(source, entries.length - index);
      tally.settle(outcome);
    }
  }

  private abandoned(source: string, left: number): void {
    this.log.info({ feed: source, left }, 'feed import stopped: aborted');
  }

  // Undefined when `signal` aborted the item's fetch: the item is neither imported nor failed.
  private async ingestFeedItem({ url, fallbacks, date }: FeedEntry & { url: string }, { signal, force = false }: FeedRun): Promise<IngestOutcome | undefined> {
    // A feed repeats its items poll after poll: refuse known links without fetching them again,
    // and do not fetch again what was skipped as unrelated (a general news feed is mostly that).
    // A failed item is not remembered: it is fetched again at the next poll.
    const link = canonicalUrl(url) ?? url;
    const known = this.deps.store.findArticleByUrl(link);
    if (known) return this.outcome({ kind: 'duplicate', source: url, existingId: known.articleId, reason: 'url' });
    if (this.deps.relevanceCheck && !force && this.deps.store.wasSkipped(link)) return { kind: 'unrelated', source: url, title: fallbacks.title ?? url, missing: [] };
    try {
      const fetched = await fetchSource(url, this.fetch, this.fetchOptions, { signal });
      const kind = kindOfResponse(fetched.contentType, fetched.body);
      if (kind === 'feed') throw new SourceError('the feed item links to another feed, not to an article');
      const outside = { feed: date, lastModified: fetched.lastModified };
      const outcome = this.importDocument({ source: url, kind, body: fetched.body, pageUrl: fetched.url, fallbacks, outside, force });
      if (outcome.kind === 'unrelated') this.deps.store.rememberSkipped(link, this.now());
      return outcome;
    } catch (error) {
      if (signal?.aborted) return undefined;
      return this.failed(url, error);
    }
  }

  // Everything from here on is synchronous, so no other ingest in this process can slip between the checks and the write.
  private importArticle(document: SourceDocument, draft: ArticleDraft): IngestOutcome {
    const { store, lexicon } = this.deps;
    const { source } = document;
    const hints = document.hints ?? {};
    // Checked before the article is built, so a copy is refused even when it lacks what an import needs (a date).
    const stated = applyHints(draft, hints);
    const hash = contentHash(stated.paragraphs);
    const known = this.duplicateOf(canonicalUrl(stated.url), hash, hints.id);
    if (known) return this.outcome({ kind: 'duplicate', source, ...known });
    const now = this.now();
    const built = buildArticle(draft, hints, lexicon, { outside: document.outside, now });
    let article = built.article;
    const sameId = this.duplicateOf(undefined, undefined, article.id);
    if (sameId) return this.outcome({ kind: 'duplicate', source, ...sameId });
    if (this.deps.relevanceCheck && !document.force) {
      const relevance = assessRelevance(article, lexicon);
      if (!relevance.relevant) return this.outcome({ kind: 'unrelated', source, title: article.title, missing: relevance.missing });
    }
    const signature = storySignature(article, lexicon);
    const story = findSameStory(store, article.published, signature);
    if (story) article = { ...article, story: story.storyKey };
    const storyKey = story?.storyKey ?? article.id;
    const file = writeArticleFile(this.deps.articlesDir, article);
    const entry = registryEntry(article, { contentHash: built.contentHash, storyKey, signature: encodeSignature(signature), ingestedAt: now });
    if (store.recordArticle(entry, this.deps.fanOut(article, now))) {
      const dated = { published: article.published, dateSource: article.dateSource ?? 'operator', ...(article.publishedApprox && { publishedApprox: true as const }) };
      return this.outcome({ kind: 'imported', source, articleId: article.id, title: article.title, storyKey, ...dated });
    }
    // Another importer registered it between our checks and now.
    const winner = this.duplicateOf(article.url, built.contentHash, article.id) ?? { existingId: article.id, reason: 'text' as const };
    if (winner.existingId !== article.id) rmSync(file, { force: true });
    return this.outcome({ kind: 'duplicate', source, ...winner });
  }

  private duplicateOf(url: string | undefined, hash: string | undefined, id: string | undefined): { existingId: string; reason: 'url' | 'text' } | undefined {
    const { store } = this.deps;
    const byUrl = url ? store.findArticleByUrl(url) : undefined;
    if (byUrl) return { existingId: byUrl.articleId, reason: 'url' };
    const byText = hash ? store.findArticleByHash(hash) : undefined;
    if (byText) return { existingId: byText.articleId, reason: 'text' };
    // The same id is the same date and text, or an editor's id given again as a hint.
    return id && store.hasArticle(id) ? { existingId: id, reason: 'text' } : undefined;
  }

  private failed(source: string, error: unknown): IngestOutcome {
    return this.outcome({ kind: 'failed', source, reason: reasonOf(error), ...(isTransient(error) && { retry: true as const }) }, error);
  }

  // One log line per outcome.
  private outcome(outcome: IngestOutcome, error?: unknown): IngestOutcome {
    switch (outcome.kind) {
      case 'imported':
        this.log.info(
          { source: outcome.source, articleId: outcome.articleId, storyKey: outcome.storyKey, dateSource: outcome.dateSource, approx: outcome.publishedApprox ?? false },
          `imported: ${outcome.title}`,
        );
        break;
      case 'duplicate':
        this.log.info({ source: outcome.source, existingId: outcome.existingId, reason: outcome.reason }, 'duplicate, not imported');
        break;
      case 'unrelated':
        this.log.info({ source: outcome.source, missing: outcome.missing }, `unrelated, skipped: ${outcome.title}`);
        break;
      case 'failed':
        // An unexpected error is a bug: keep its stack in the log.
        if (error !== undefined && !(error instanceof SourceError)) this.log.error({ source: outcome.source, err: error }, `failed: ${outcome.reason}`);
        else this.log.warn({ source: outcome.source }, `failed: ${outcome.reason}`);
        break;
      default:
        assertNever(outcome);
    }
    return outcome;
  }
}

function extract(kind: Exclude<SourceKind, 'feed'>, body: string, pageUrl: string | undefined): ArticleDraft {
  return kind === 'html' ? extractHtml(body, pageUrl) : extractText(body);
}

async function readSourceFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceError('no such file');
    if (code === 'EISDIR') throw new SourceError('is a folder, not a file');
    throw new SourceError(`cannot be read (${code ?? (error as Error).message})`, { cause: error });
  }
}
