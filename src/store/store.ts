/**
 * Everything the bot keeps between restarts, behind one interface: SqliteStore
 * in production, MemoryStore in tests; both pass test/src/store/contract.ts.
 *
 * Synchronous on purpose: better-sqlite3 is, and an operation that must be
 * atomic (claimDue, the per-chat limit) stays atomic only while no `await`
 * can slip into the middle of it.
 */
import type { Language } from '../corpus/article.ts';
import type { ChatRef } from './chat.ts';
import type { Delivery, DeliveryCounts, NewDelivery } from './delivery.ts';
import type { FeedState } from './feed-state.ts';
import type { HistoryStore } from './history-store.ts';
import type { IngestedArticle, RegisteredArticle } from './ingested-article.ts';
import type { NewSubscription, Subscription } from './subscription.ts';

/** Also the question history and retention (history-store.ts). */
export interface Store extends HistoryStore {
  /** The chat's chosen reply language, if it chose one. */
  getLanguage(chat: ChatRef): Language | undefined;
  setLanguage(chat: ChatRef, language: Language): void;
  clearLanguage(chat: ChatRef): void;

  /** Throws SubscriptionLimitError when the chat already has MAX_SUBSCRIPTIONS_PER_CHAT. */
  addSubscription(input: NewSubscription): Subscription;
  /** Also drops the subscription's deliveries. False when the chat has no such subscription. */
  removeSubscription(chat: ChatRef, id: number): boolean;
  setPaused(chat: ChatRef, id: number, paused: boolean): boolean;
  /**
   * The chat blocked or removed the bot: pauses all its subscriptions and fails
   * their pending deliveries, so nothing is retried forever. Returns how many
   * subscriptions were paused.
   */
  pauseChat(chat: ChatRef): number;
  getSubscription(id: number): Subscription | undefined;
  /** Oldest first. */
  listSubscriptions(chat: ChatRef): Subscription[];
  /** Every chat's unpaused subscriptions, oldest first: what ingest matches articles against. */
  listActiveSubscriptions(): Subscription[];

  /**
   * Idempotent: true when a row was created, false when the pair already had
   * one or the subscription is gone (removed while the article was ingested).
   */
  enqueue(input: NewDelivery): boolean;
  /**
   * Atomically moves up to `limit` due pending rows of unpaused subscriptions
   * to sending and returns them, earliest due first.
   */
  claimDue(now: number, limit: number): Delivery[];
  /**
   * Records that the sends of these claimed rows begin now, just before the
   * platform call; rows not in sending are left alone.
   */
  markStarted(ids: readonly number[], now: number): void;
  /** Rows in sending whose send began: after a crash, those the platform may already have received. */
  countStarted(): number;
  /** False when the row is not in sending (released as stale, or already settled). */
  markSent(id: number): boolean;
  /** With retryAt: back to pending, due then. Without: failed for good. */
  markFailed(id: number, retryAt?: number): boolean;
  /**
   * Back to pending, due at `dueAt`, and the claim does not count as an
   * attempt: the row was never sent (its chat had a backlog, its subscription
   * was paused, the worker stopped). False when the row is not in sending.
   */
  handBack(id: number, dueAt: number): boolean;
  /** Hands rows claimed before `olderThan` and never settled (a crash) back to pending; returns how many. */
  releaseStale(olderThan: number): number;
  getDelivery(subscriptionId: number, articleId: string): Delivery | undefined;
  deliveryCounts(): DeliveryCounts;

  getFeedState(url: string): FeedState | undefined;
  /** Insert or replace. */
  saveFeedState(state: FeedState): void;

  /**
   * Registers the article and enqueues its deliveries in one transaction, so
   * an article is never recorded without its fan-out. False (and nothing
   * enqueued) when the article id or its canonical URL is already registered.
   */
  recordArticle(article: IngestedArticle, deliveries?: readonly NewDelivery[]): boolean;
  findArticleByUrl(url: string): RegisteredArticle | undefined;
  /** The earliest ingested article with this content hash. */
  findArticleByHash(contentHash: string): RegisteredArticle | undefined;
  hasArticle(articleId: string): boolean;
  /** Registered articles published between the two dates (YYYY-MM-DD, inclusive): story-linking candidates. */
  articlesPublishedBetween(from: string, to: string): RegisteredArticle[];
  /** The change feed: up to `limit` rows with seq > `afterSeq`, in seq order. */
  articlesAfter(afterSeq: number, limit: number): RegisteredArticle[];
  /** The highest seq so far, 0 when empty. */
  latestArticleSeq(): number;

  /** A feed item's link whose page was not about the bot's subject: not fetched again by the poller. */
  rememberSkipped(url: string, now: number): void;
  wasSkipped(url: string): boolean;

  close(): void;
}
