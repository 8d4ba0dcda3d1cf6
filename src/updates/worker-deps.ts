/**
 * What the delivery worker is given: its dependencies, its tunables (with
 * their defaults in one constant) and the events it reports for metrics.
 */
import type { Article, Language } from '../corpus/article.ts';
import type { Logger } from '../logger.ts';
import type { ChatRef, Store } from '../store/index.ts';
import { MAX_ATTEMPTS } from './retry-policy.ts';
import type { NotificationSender } from './sender.ts';

/** One send's result, for metrics. */
export interface DeliveryEvent {
  readonly platform: string;
  readonly outcome: 'sent' | 'retried' | 'failed' | 'blocked';
  readonly rateLimited?: boolean;
}

export interface WorkerOptions {
  /** Rows per claimDue call. */
  readonly batchSize: number;
  /** Instant notifications claimed and waiting in memory, across platforms (digest rows: this × maxDigestItems); claiming pauses above this. */
  readonly maxBuffered: number;
  /** Instant notifications one chat may have waiting in memory; more are handed back, due when the chat should have caught up. */
  readonly maxQueuedPerChat: number;
  /** Sends in flight at once per platform: the most a SIGKILL can duplicate. */
  readonly maxInFlight: number;
  /** Sends a row may fail (transiently or by a 429) before it is failed for good. */
  readonly maxAttempts: number;
  /** How often the store is asked for newly due rows (poke() asks at once). */
  readonly pollMs: number;
  /** How long stop() waits for sends in flight. */
  readonly stopTimeoutMs: number;
  /** Articles per digest; a busier day becomes several digests, so one message stays readable and within platform limits. */
  readonly maxDigestItems: number;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  batchSize: 100,
  maxBuffered: 1000,
  maxQueuedPerChat: 5,
  maxInFlight: 8,
  maxAttempts: MAX_ATTEMPTS,
  pollMs: 1000,
  stopTimeoutMs: 5000,
  maxDigestItems: 10,
};

export interface DeliveryWorkerDeps {
  readonly store: Store;
  readonly senders: readonly NotificationSender[];
  /** An article loaded in this process (the knowledge base), by id. */
  readonly articles: (id: string) => Article | undefined;
  /** The frame's language for a chat: its /lang, else the platform default. */
  readonly language: (chat: ChatRef) => Language;
  readonly logger: Logger;
  readonly now?: () => number;
  /** DELIVERY_RATE_SCALE: multiplies every sender's limits (1 in production). */
  readonly rateScale?: number;
  readonly events?: (e: DeliveryEvent) => void;
  /** Waits `ms`; tests with a fake clock pass one that advances the clock. Default: a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly options?: Partial<WorkerOptions>;
}
