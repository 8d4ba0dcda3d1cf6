/**
 * One article to send to one subscription. The (subscription, article) pair is
 * unique, so ingesting the same article twice never sends it twice.
 *
 * pending ──claimDue──▶ sending ─(markStarted)─markSent──▶ sent
 *    ▲                     │ └──markFailed()──▶ failed
 *    └─markFailed(retryAt)─┘  (a failed send: counts as an attempt)
 *    └──handBack(dueAt)────┘  (never sent: does not count)
 *    └──────releaseStale── (left in sending by a crash)
 */
export const DELIVERY_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface Delivery {
  readonly id: number;
  readonly subscriptionId: number;
  readonly articleId: string;
  readonly state: DeliveryState;
  /** Claims so far, less those handed back unsent; a claim counts even if the process dies before sending. */
  readonly attempts: number;
  /** Epoch milliseconds; a pending row is due once this has passed. */
  readonly nextAttemptAt: number;
  /** When it was last claimed, for releaseStale; undefined before the first claim. */
  readonly claimedAt: number | undefined;
  /**
   * When the send of the current claim began (markStarted); undefined while
   * the row only waits in the worker's memory. A crash leaves a row in
   * `sending` with this set only if the platform may have received it.
   */
  readonly startedAt: number | undefined;
  readonly createdAt: number;
}

export interface NewDelivery {
  readonly subscriptionId: number;
  readonly articleId: string;
  readonly now: number;
  /** When it becomes due; defaults to now. A daily subscription's rows are due at the next digest. */
  readonly dueAt?: number;
}

/** How many rows are in each state: for metrics, the benchmark and tests. */
export type DeliveryCounts = Record<DeliveryState, number>;
