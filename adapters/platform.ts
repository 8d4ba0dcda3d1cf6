/**
 * What every chat platform adapter receives and returns, so the composition
 * root (main.ts) can start and stop them alike.
 */
import type { Config } from '../src/config.ts';
import type { Engine } from '../src/engine.ts';
import type { QuestionHistory } from '../src/history/index.ts';
import type { Logger } from '../src/logger.ts';
import type { IngestService } from '../src/ingest/service.ts';
import type { Store } from '../src/store/index.ts';
import type { NotificationSender } from '../src/updates/sender.ts';
import type { HttpServer } from './http/server.ts';
import type { Metrics } from './ops/metrics.ts';
import type { QuestionLimiter } from './shared/rate-limit.ts';

export interface PlatformDeps {
  readonly engine: Engine;
  readonly config: Config;
  /** The adapter makes its own child: logger.child({ module: 'telegram' }). */
  readonly logger: Logger;
  /** Shared HTTP server: mount webhook routes before main.ts calls listen(). */
  readonly http: HttpServer;
  readonly limiter: QuestionLimiter;
  /** Process metrics; adapters count their platform's 429s and API errors here. */
  readonly metrics: Metrics;
  /** What the bot keeps between restarts (per-chat settings, subscriptions…); absent in some tests. */
  readonly store?: Store;
  /** The question history's votes (👍/👎); absent when nothing is stored (HISTORY_DAYS=0, some tests): no vote buttons then. */
  readonly history?: QuestionHistory;
  /** The admin-only ingest command's pipeline; absent when the bot cannot write DATA_DIR (and in some tests). */
  readonly ingest?: IngestService;
}

export interface Platform {
  readonly name: 'telegram' | 'slack';
  /** Stops taking updates and releases connections. */
  stop(): Promise<void>;
  /** True while the platform takes updates (for /readyz); absent means ready once started. */
  ready?(): boolean;
  /** How the delivery worker sends this platform's notifications; absent when it sends none. */
  readonly sender?: NotificationSender;
}
