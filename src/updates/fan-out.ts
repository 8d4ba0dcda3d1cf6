/**
 * Fan-out: who receives a newly imported article. The importer calls the
 * FanOut and records the article with these deliveries in one transaction.
 * Instant subscriptions are due at once; daily ones at the next digest time,
 * so every row of one subscription for one day shares a due time and the
 * worker can gather them into one digest.
 */
import type { FanOut } from '../ingest/service.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { NewDelivery, Store } from '../store/index.ts';
import { digestSchedule } from './digest-schedule.ts';
import { TopicMatcher } from './topic-match.ts';

export interface FanOutDeps {
  readonly store: Store;
  readonly lexicon: Lexicon;
  /** DIGEST_HOUR. */
  readonly digestHour: number;
  /** TIMEZONE (IANA). */
  readonly timeZone: string;
}

export function createFanOut(deps: FanOutDeps): FanOut {
  const matcher = new TopicMatcher(deps.lexicon);
  const nextDigest = digestSchedule(deps.digestHour, deps.timeZone);
  return (article, now) => {
    const matched = matcher.matching(article, deps.store.listActiveSubscriptions());
    let digestAt: number | undefined;
    return matched.map((s): NewDelivery => {
      const dueAt = s.mode === 'instant' ? now : (digestAt ??= nextDigest(now));
      return { subscriptionId: s.id, articleId: article.id, now, dueAt };
    });
  };
}
