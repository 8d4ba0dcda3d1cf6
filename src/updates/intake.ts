/**
 * The delivery worker's intake: claims due rows and turns them into jobs on
 * the platform lanes — one per instant row, one digest per daily
 * subscription (rows of the same day join its digest while it waits) — or
 * hands them back when they cannot be sent yet.
 *
 * Memory is bounded: claiming pauses at `maxBuffered` instant jobs or
 * `maxBuffered × maxDigestItems` digest rows waiting, and resumes once half
 * have gone. A chat with `maxQueuedPerChat` jobs waiting takes no more: its
 * further rows go back to the store, each due when the chat should have
 * caught up with the ones before it, so a chat with a deep backlog costs a
 * claim or two per send instead of its whole backlog at every poll.
 */
import type { Article } from '../corpus/article.ts';
import type { Logger } from '../logger.ts';
import type { ChatRef, Delivery, Store, Subscription } from '../store/index.ts';
import type { PlatformLane } from './platform-lane.ts';
import { articleWaitMs, MAX_ARTICLE_WAITS } from './retry-policy.ts';
import type { WorkerOptions } from './worker-deps.ts';

export interface Job {
  readonly chatId: string;
  readonly chat: ChatRef;
  readonly subscription: Subscription;
  /** One row for an instant subscription; a day's rows (up to maxDigestItems) for a daily one. */
  readonly rows: { readonly delivery: Delivery; readonly article: Article }[];
}

export type Lane = PlatformLane<Job>;

// How long rows of a platform without a sender wait before they are looked at again.
const NO_SENDER_WAIT_MS = 10 * 60_000;

export interface IntakeDeps {
  readonly store: Store;
  readonly lanes: ReadonlyMap<string, Lane>;
  readonly articles: (id: string) => Article | undefined;
  readonly options: WorkerOptions;
  readonly log: Logger;
}

export class Intake {
  /** The latest time a row was put off to for its chat's backlog (drain() waits for those). */
  postponedUntil = -Infinity;
  /** Digests still waiting in the lanes, by subscription: rows of the same day join them. */
  private readonly openDigests = new Map<number, Job>();
  private readonly warnedPlatforms = new Set<string>();
  private instantJobs = 0;
  private digestRows = 0;
  private full = false;

  constructor(private readonly deps: IntakeDeps) {}

  /** Claiming stopped at the memory bound and more may be due. */
  get stoppedFull(): boolean {
    return this.full;
  }

  /** Claiming stopped at the memory bound, and enough has been sent since to claim again. */
  get readyForMore(): boolean {
    return this.full && this.instantJobs <= this.maxInstant / 2 && this.digestRows <= this.maxDigestRows / 2;
  }

  /** Claims every due row (up to the memory bound); `now` is store time, `tick` the gates' time. */
  claim(now: number, tick: () => number): void {
    const { store, options } = this.deps;
    const subscriptions = new Map<number, Subscription | undefined>();
    const subscription = (id: number) => {
      if (!subscriptions.has(id)) subscriptions.set(id, store.getSubscription(id));
      return subscriptions.get(id);
    };
    // Rows put off in this claim, per chat: each goes after the one before it.
    const postponed = new Map<string, number>();
    this.full = false;
    for (;;) {
      if (this.instantJobs >= this.maxInstant || this.digestRows >= this.maxDigestRows) {
        this.full = true;
        return;
      }
      const rows = store.claimDue(now, options.batchSize);
      for (const row of rows) {
        try {
          this.accept(row, subscription(row.subscriptionId), now, tick(), postponed);
        } catch (error) {
          // One bad row must not strand the rest of the batch in sending; this one waits for the next start.
          this.deps.log.error({ err: error, deliveryId: row.id }, 'could not take a claimed delivery');
        }
      }
      if (rows.length < options.batchSize) return;
    }
  }

  /** The job left its lane to be sent (or was dropped): rows no longer join it. */
  release(job: Job): void {
    if (job.subscription.mode === 'instant') this.instantJobs -= 1;
    else {
      this.digestRows -= job.rows.length;
      if (this.openDigests.get(job.subscription.id) === job) this.openDigests.delete(job.subscription.id);
    }
  }

  /** Hands every job still waiting in the lanes back to the store, due at `now` (stop). */
  handBackWaiting(now: number): number {
    let rows = 0;
    for (const lane of this.deps.lanes.values()) {
      for (const job of lane.takeAll()) {
        this.release(job);
        for (const { delivery } of job.rows) {
          try {
            this.deps.store.handBack(delivery.id, now);
            rows += 1;
          } catch (error) {
            this.deps.log.error({ err: error, deliveryId: delivery.id }, 'could not hand back a delivery; the next start will');
          }
        }
      }
    }
    return rows;
  }

  private get maxInstant(): number {
    return this.deps.options.maxBuffered;
  }

  private get maxDigestRows(): number {
    return this.deps.options.maxBuffered * this.deps.options.maxDigestItems;
  }

  private accept(row: Delivery, subscription: Subscription | undefined, now: number, tick: number, postponed: Map<string, number>): void {
    const { store, options } = this.deps;
    if (!subscription) {
      store.markFailed(row.id); // removed since the claim; its rows go with it
      return;
    }
    // Paused since it was enqueued: pending again, and claimDue skips it until it resumes.
    if (subscription.paused) return void store.handBack(row.id, now);
    const lane = this.deps.lanes.get(subscription.platform);
    if (!lane) {
      if (!this.warnedPlatforms.has(subscription.platform)) this.deps.log.warn({ platform: subscription.platform }, 'no sender for this platform; its deliveries wait');
      this.warnedPlatforms.add(subscription.platform);
      return void store.handBack(row.id, now + NO_SENDER_WAIT_MS);
    }
    const article = this.deps.articles(row.articleId);
    if (!article) return this.awaitArticle(row, now);
    const chat: ChatRef = { platform: subscription.platform, chatId: subscription.chatId };
    const item = { delivery: row, article };
    if (subscription.mode === 'daily') {
      this.digestRows += 1;
      const open = this.openDigests.get(subscription.id);
      if (open && open.rows.length < options.maxDigestItems) return void open.rows.push(item);
      const job: Job = { chatId: chat.chatId, chat, subscription, rows: [item] };
      this.openDigests.set(subscription.id, job);
      return lane.push(job, tick);
    }
    const queued = lane.queuedFor(chat.chatId);
    if (queued >= options.maxQueuedPerChat) {
      // This chat has a backlog: keep memory for chats that can be sent to, and come back when it has caught up.
      const key = `${chat.platform}\u0000${chat.chatId}`;
      const ahead = queued + (postponed.get(key) ?? 0);
      postponed.set(key, (postponed.get(key) ?? 0) + 1);
      const wait = lane.gate.chatReadyAt(chat.chatId, tick) - tick + ahead * lane.gate.chatSpacingMs(chat.chatId);
      this.postponedUntil = Math.max(this.postponedUntil, tick + wait);
      return void store.handBack(row.id, Math.ceil(now + wait));
    }
    this.instantJobs += 1;
    lane.push({ chatId: chat.chatId, chat, subscription, rows: [item] }, tick);
  }

  // Waits count as attempts (claims not handed back): an article that never loads is given up on.
  private awaitArticle(row: Delivery, now: number): void {
    if (row.attempts >= MAX_ARTICLE_WAITS) {
      this.deps.log.warn({ articleId: row.articleId, deliveryId: row.id }, 'the article of a delivery never loaded; giving up on it');
      this.deps.store.markFailed(row.id);
      return;
    }
    this.deps.store.markFailed(row.id, now + articleWaitMs(row.attempts));
  }
}
