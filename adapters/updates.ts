/**
 * The updates side of a running bot, wired from configuration: the ingest
 * pipeline (for the admin command and the feed poller), the pickup of
 * articles other processes import (`npm run ingest`), the feed poller, and
 * the delivery worker that sends subscribers their notifications through
 * each started platform's sender. main.ts creates it before the platforms
 * (they need `ingest`) and starts it after them (the worker needs their
 * senders).
 */
import type { Config } from '../src/config.ts';
import type { Engine } from '../src/engine.ts';
import { countOutcomes, type IngestReport, type IngestService, registerExisting } from '../src/ingest/index.ts';
import { ArticlePickup, FeedPoller } from '../src/live/index.ts';
import type { Logger } from '../src/logger.ts';
import type { Store } from '../src/store/index.ts';
import { DeliveryWorker, type NotificationSender } from '../src/updates/index.ts';
import type { Metrics } from './ops/metrics.ts';
import { configuredIngester, importedArticlesDir } from './shared/ingester.ts';

export interface UpdatesDeps {
  readonly config: Config;
  readonly engine: Engine;
  readonly store: Store;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** The registry's seq read before the corpus was loaded (see ArticlePickup). */
  readonly afterSeq: number;
}

// Each part names its own log scope (logger.child): a second child here would repeat the key.
export class Updates {
  /** For the admin chat commands: counted as `via="chat"`. */
  readonly ingest: IngestService;
  private readonly pickup: ArticlePickup;
  private readonly poller: FeedPoller | undefined;
  private worker: DeliveryWorker | undefined;

  constructor(private readonly deps: UpdatesDeps) {
    const { config, engine, store, logger, metrics } = deps;
    const { lexicon } = engine.knowledge;
    const articlesDir = importedArticlesDir(config);
    // The editors' corpus is registered too, so importing one of its URLs is refused as a duplicate.
    registerExisting(store, lexicon, engine.knowledge.articles, Date.now());
    const ingester = configuredIngester(config, store, lexicon, logger);
    const count = (via: string, report: IngestReport) => {
      for (const [outcome, n] of Object.entries(countOutcomes(report))) if (n > 0) metrics.ingestResults.inc({ via, outcome }, n);
    };
    this.ingest = {
      ingest: async (sources, onProgress, options) => tap(await ingester.ingest(sources, onProgress, options), (r) => count('chat', r)),
      ingestFeedBody: async (url, body, onProgress, signal) => tap(await ingester.ingestFeedBody(url, body, onProgress, signal), (r) => count('chat', r)),
    };
    this.pickup = new ArticlePickup({
      store,
      knowledge: engine.knowledge,
      articlesDir,
      logger,
      afterSeq: deps.afterSeq,
      onAdded: () => {
        // Extend the views now (about 6 ms at 50k articles, npm run bench) rather than on the next question.
        engine.prepare();
        // Their deliveries were enqueued with them: send now rather than at the worker's next poll.
        this.worker?.poke();
      },
    });
    this.poller =
      config.FEEDS.length === 0
        ? undefined
        : new FeedPoller({
            feeds: config.FEEDS,
            store,
            ingest: ingester,
            logger,
            intervalMs: config.FEED_POLL_MINUTES * 60_000,
            maxFailures: config.FEED_MAX_FAILURES,
            onReport: (_feed, report) => count('feed', report),
          });
  }

  /** Starts the pickup, the feed poller, and a worker over the platforms that can send. */
  start(senders: readonly NotificationSender[]): void {
    const { config, engine, store, logger, metrics } = this.deps;
    this.pickup.start();
    this.poller?.start();
    this.worker = new DeliveryWorker({
      store,
      senders,
      articles: (id) => engine.knowledge.article(id),
      language: (chat) => store.getLanguage(chat) ?? config.DEFAULT_LANGUAGE,
      logger,
      rateScale: config.DELIVERY_RATE_SCALE,
      events: (e) => metrics.deliveries.inc({ platform: e.platform, outcome: e.outcome }),
    });
    this.worker.start();
  }

  /** Stops taking new work; in-flight sends finish, claimed-but-unsent rows go back to pending. */
  async stop(): Promise<void> {
    await Promise.allSettled([this.pickup.stop(), this.poller?.stop(), this.worker?.stop()]);
  }
}

function tap<T>(value: T, use: (value: T) => void): T {
  use(value);
  return value;
}
