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
import type { Delivery, NewDelivery } from './delivery.ts';
import type { FeedState } from './feed-state.ts';
import type { IngestedArticle } from './ingested-article.ts';
import type { NewSubscription, Subscription } from './subscription.ts';

export interface Store {
  /** The chat's chosen reply language, if it chose one. */
  getLanguage(chat: ChatRef): Language | undefined;
  setLanguage(chat: ChatRef, language: Language): void;
  clearLanguage(chat: ChatRef): void;

  /** Throws SubscriptionLimitError when the chat already has MAX_SUBSCRIPTIONS_PER_CHAT. */
  addSubscription(input: NewSubscription): Subscription;
  /** Also drops the subscription's deliveries. False when the chat has no such subscription. */
  removeSubscription(chat: ChatRef, id: number): boolean;
  setPaused(chat: ChatRef, id: number, paused: boolean): boolean;
  /** Oldest first. */
  listSubscriptions(chat: ChatRef): Subscription[];
  /** Every chat's unpaused subscriptions, oldest first: what ingest matches articles against. */
  listActiveSubscriptions(): Subscription[];

  /**
   * Idempotent: true when a row was created, false when the pair already had
   * one or the subscription is gone (removed while the article was ingested).
   */
  enqueue(input: NewDelivery): boolean;
  /** Atomically moves up to `limit` due pending rows to sending and returns them, earliest due first. */
  claimDue(now: number, limit: number): Delivery[];
  /** False when the row is not in sending (released as stale, or already settled). */
  markSent(id: number): boolean;
  /** With retryAt: back to pending, due then. Without: failed for good. */
  markFailed(id: number, retryAt?: number): boolean;
  /** Hands rows claimed before `olderThan` and never settled (a crash) back to pending; returns how many. */
  releaseStale(olderThan: number): number;
  getDelivery(subscriptionId: number, articleId: string): Delivery | undefined;

  getFeedState(url: string): FeedState | undefined;
  /** Insert or replace. */
  saveFeedState(state: FeedState): void;

  /** False when the article id or its canonical URL is already registered. */
  recordArticle(article: IngestedArticle): boolean;
  findArticleByUrl(url: string): IngestedArticle | undefined;
  /** The earliest ingested article with this content hash. */
  findArticleByHash(contentHash: string): IngestedArticle | undefined;

  close(): void;
}
