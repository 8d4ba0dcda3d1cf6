/** What the store folder offers: the Store interface, its two implementations, its records and errors. */
export type { AnswerRecord, CitedArticle, Vote, VoteChange, VoteRecord } from './answer-record.ts';
export { VOTES } from './answer-record.ts';
export type { ChatRef } from './chat.ts';
export type { Delivery, DeliveryCounts, DeliveryState, NewDelivery } from './delivery.ts';
export { DELIVERY_STATES } from './delivery.ts';
export { StoreError, SubscriptionLimitError } from './errors.ts';
export type { FeedState } from './feed-state.ts';
export type { IngestedArticle, RegisteredArticle } from './ingested-article.ts';
export { DEFAULT_PRUNE, type HistoryStore, type PruneCutoffs, type PruneOptions, type Pruned } from './history-store.ts';
export { MemoryStore } from './memory-store.ts';
export { SqliteStore, defaultSqliteStoreOptions, storeFile, type SqliteStoreOptions } from './sqlite-store.ts';
export type { Store } from './store.ts';
export type { NewSubscription, Subscription, SubscriptionMode } from './subscription.ts';
export { MAX_SUBSCRIPTIONS_PER_CHAT, SUBSCRIPTION_MODES } from './subscription.ts';
