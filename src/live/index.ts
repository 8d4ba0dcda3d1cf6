/** What the live folder offers: keeping a running bot's corpus current (new articles in the registry, feeds polled). */
export { ArticlePickup, type ArticlePickupDeps } from './article-pickup.ts';
export { FEED_POLLER_DEFAULTS, FeedPoller, type FeedPollerDeps, type FeedPollResult, feedFailure } from './feed-poller.ts';
