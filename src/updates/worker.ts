/**
 * The delivery worker: claims due deliveries from the store, turns them into
 * notifications in each chat's language (one per instant row, one digest per
 * daily subscription) and sends them through each platform's sender within
 * its rate limits.
 *
 * Crash safety. A row is claimed (`sending`) before its send and settled
 * (`sent`, back to `pending` with a due time, or `failed`) right after. A
 * process killed at any moment leaves rows in `sending`; the next start()
 * hands them all back (releaseStale), so nothing is lost. The one possible
 * duplicate is a message whose send was in flight at the instant of a SIGKILL:
 * the platform may have accepted it, and the Telegram and Slack APIs have no
 * idempotency key to tell. The store marks a row started (markStarted) just
 * before its platform call, so those rows are known and counted at restart;
 * at most `maxInFlight` sends per platform are in flight, which bounds them.
 * Rows claimed but still waiting in memory are not at risk: never sent.
 *
 * stop() (SIGTERM) stops claiming, waits up to `stopTimeoutMs` for sends in
 * flight to settle and hands every claimed-but-unsent row back as due now,
 * so an orderly shutdown loses and doubles nothing.
 *
 * Assumption: one worker process per store. start() releases *every* row in
 * `sending`, which is only right when no other process is sending from the
 * same database; two processes would send those rows twice.
 *
 * Hazard: `attempts` in the store counts claims, and a row handed back
 * without a send (its chat has a backlog, its subscription is paused) is
 * claimed again later. Those hand-backs are remembered in memory and not
 * counted as failures; after a restart they are, so a row may give up a
 * little early. See test/src/updates/worker.test.ts.
 */
import type { Article } from '../corpus/article.ts';
import { assertNever } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { ChatRef, Delivery, Subscription } from '../store/index.ts';
import { composeNotification } from './compose.ts';
import { PlatformLane } from './platform-lane.ts';
import { articleWaitMs, MAX_ARTICLE_WAITS, transientDelayMs } from './retry-policy.ts';
import type { SendOutcome } from './sender.ts';
import { WakeSignal } from './wake-signal.ts';
import { DEFAULT_WORKER_OPTIONS, type DeliveryEvent, type DeliveryWorkerDeps, type WorkerOptions } from './worker-deps.ts';

export { DEFAULT_WORKER_OPTIONS, type DeliveryEvent, type DeliveryWorkerDeps, type WorkerOptions } from './worker-deps.ts';


interface Job {
  readonly chatId: string;
  readonly chat: ChatRef;
  readonly subscription: Subscription;
  /** One row for an instant subscription; a day's rows (up to maxDigestItems) for a daily one. */
  readonly rows: { readonly delivery: Delivery; readonly article: Article }[];
}

type Lane = PlatformLane<Job>;

export class DeliveryWorker {
  private readonly options: WorkerOptions;
  private readonly log: Logger;
  /** Store time: whole epoch milliseconds. */
  private readonly now: () => number;
  /** Rate-gate time: fine-grained, so a window at a high DELIVERY_RATE_SCALE is not off by a millisecond. */
  private readonly tick: () => number;
  private readonly lanes = new Map<string, Lane>();
  /** Digests still waiting in memory, by subscription: rows of the same day join them. */
  private readonly openDigests = new Map<number, Job>();
  /** Claims of a row that were hand-backs, not failed sends (see the header). */
  private readonly handedBack = new Map<number, number>();
  private readonly tasks = new Set<Promise<void>>();
  private readonly signal: WakeSignal;
  private readonly warnedPlatforms = new Set<string>();
  private bufferedInstant = 0;
  /** The latest time a row was put off to for its chat's backlog (drain() waits for those). */
  private postponedUntil = -Infinity;
  private moreDue = false;
  private poked = false;
  private stopping = false;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: DeliveryWorkerDeps) {
    this.options = { ...DEFAULT_WORKER_OPTIONS, ...deps.options };
    this.log = deps.logger.child({ module: 'delivery' });
    this.signal = new WakeSignal(deps.sleep);
    // The store keeps whole milliseconds; the gates want sub-millisecond precision. An injected clock serves both.
    const clock = deps.now;
    this.now = clock ? () => Math.floor(clock()) : Date.now;
    this.tick = clock ?? (() => performance.timeOrigin + performance.now());
    for (const sender of deps.senders) this.lanes.set(sender.platform, new PlatformLane(sender, deps.rateScale ?? 1, this.options.maxInFlight));
  }

  /** Hands back rows left in `sending` by a previous run, then sends until stop(). */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.recover();
    this.running = this.loop(false);
  }

  /** Stops claiming, lets sends in flight finish (bounded), hands back what was claimed but not sent. */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.stopping = true;
    this.signal.wake();
    await running;
    await this.settleInFlight();
    this.handBackQueued();
    this.running = undefined;
  }

  /**
   * For tests and scripts: sends until nothing is due, in flight or waiting
   * (rows this worker put off for a chat's backlog count as due; retries
   * scheduled for later do not). Not while started.
   */
  async drain(): Promise<void> {
    if (this.running) throw new Error('coop-bot: drain() is for a worker that is not started');
    this.stopping = false;
    await this.loop(true);
    await this.settleInFlight();
  }

  /**
   * Hands every row left in `sending` back to `pending` (start() does this).
   * Every row, not only old ones: see the one-process assumption above.
   */
  recover(): number {
    const mayBeDoubled = this.deps.store.countStarted();
    const released = this.deps.store.releaseStale(Number.MAX_SAFE_INTEGER);
    if (released > 0) this.log.info({ released, mayBeDoubled }, 'handed back deliveries a previous run left in sending (those whose send had begun may reach their chat twice)');
    return released;
  }

  /** New rows may be due (an article was just imported): claim now rather than at the next poll. */
  poke(): void {
    this.poked = true;
    this.signal.wake();
  }

  private async loop(untilIdle: boolean): Promise<void> {
    let nextPollAt = -Infinity;
    while (!this.stopping) {
      let now = this.tick();
      let next = Infinity;
      let claimed = false;
      try {
        if (this.poked || now >= nextPollAt || (this.moreDue && this.bufferedInstant <= this.options.maxBuffered / 2)) {
          this.poked = false;
          claimed = true;
          this.claim();
          nextPollAt = now + this.options.pollMs;
        }
        for (const lane of this.lanes.values()) next = Math.min(next, lane.dispatch(this.tick, (job) => this.startSend(lane, job)));
        now = this.tick();
      } catch (error) {
        // A store error (disk, lock): log it and try again at the next poll rather than die silently.
        this.log.error({ err: error }, 'delivery loop failed; retrying at the next poll');
        nextPollAt = now + this.options.pollMs;
      }
      if (untilIdle && this.idle()) {
        nextPollAt = -Infinity;
        if (!claimed || this.moreDue) continue;
        // Idle right after a claim that found nothing to send now: done, unless this worker
        // itself put rows off for a chat's backlog; those count as due.
        if (this.postponedUntil <= now) return;
        await this.signal.wait(Math.min(this.options.pollMs, this.postponedUntil - now));
        continue;
      }
      await this.signal.wait((untilIdle ? next : Math.min(next, nextPollAt)) - now);
    }
  }

  private idle(): boolean {
    return this.tasks.size === 0 && [...this.lanes.values()].every((lane) => lane.queuedJobs === 0);
  }

  private claim(): void {
    const now = this.now();
    const subscriptions = new Map<number, Subscription | undefined>();
    const subscription = (id: number) => {
      if (!subscriptions.has(id)) subscriptions.set(id, this.deps.store.getSubscription(id));
      return subscriptions.get(id);
    };
    this.moreDue = false;
    for (;;) {
      if (this.bufferedInstant >= this.options.maxBuffered) {
        this.moreDue = true;
        return;
      }
      const rows = this.deps.store.claimDue(now, this.options.batchSize);
      for (const row of rows) {
        try {
          this.accept(row, subscription(row.subscriptionId), now, this.tick());
        } catch (error) {
          // One bad row must not strand the rest of the batch in sending; this one waits for the next start.
          this.log.error({ err: error, deliveryId: row.id }, 'could not take a claimed delivery');
        }
      }
      if (rows.length < this.options.batchSize) return;
    }
  }

  /** `now` is store time, `tick` the gates' time. */
  private accept(row: Delivery, subscription: Subscription | undefined, now: number, tick: number): void {
    const store = this.deps.store;
    if (!subscription) {
      store.markFailed(row.id); // removed since the claim; its rows go with it
      return;
    }
    // Paused since it was enqueued: pending again, and claimDue skips it until it resumes.
    if (subscription.paused) return this.handBack(row, now);
    const lane = this.lanes.get(subscription.platform);
    if (!lane) {
      if (!this.warnedPlatforms.has(subscription.platform)) this.log.warn({ platform: subscription.platform }, 'no sender for this platform; its deliveries wait');
      this.warnedPlatforms.add(subscription.platform);
      return this.handBack(row, now + 10 * 60_000);
    }
    const article = this.deps.articles(row.articleId);
    if (!article) return this.awaitArticle(row, now);
    const chat: ChatRef = { platform: subscription.platform, chatId: subscription.chatId };
    const item = { delivery: row, article };
    if (subscription.mode === 'daily') {
      const open = this.openDigests.get(subscription.id);
      if (open && open.rows.length < this.options.maxDigestItems) {
        open.rows.push(item);
        return;
      }
      const job: Job = { chatId: chat.chatId, chat, subscription, rows: [item] };
      this.openDigests.set(subscription.id, job);
      return lane.push(job, tick);
    }
    const queued = lane.queuedFor(chat.chatId);
    if (queued >= this.options.maxQueuedPerChat) {
      // This chat has a backlog: keep memory for chats that can be sent to, and come back when it has caught up.
      const wait = lane.gate.chatReadyAt(chat.chatId, tick) - tick + queued * lane.gate.chatSpacingMs(chat.chatId);
      this.postponedUntil = Math.max(this.postponedUntil, tick + wait);
      return this.handBack(row, now + wait);
    }
    this.bufferedInstant += 1;
    lane.push({ chatId: chat.chatId, chat, subscription, rows: [item] }, tick);
  }

  private startSend(lane: Lane, job: Job): void {
    if (job.subscription.mode === 'daily') {
      if (this.openDigests.get(job.subscription.id) === job) this.openDigests.delete(job.subscription.id);
    } else {
      this.bufferedInstant -= 1;
    }
    const task = this.deliver(lane, job).finally(() => {
      this.tasks.delete(task);
      lane.settled(job.chatId, this.tick());
      this.signal.wake();
    });
    this.tasks.add(task);
  }

  // Never rejects: every failure ends as a settled row and a log line.
  private async deliver(lane: Lane, job: Job): Promise<void> {
    let outcome: SendOutcome;
    try {
      const articles = [...job.rows].sort((a, b) => a.article.published.localeCompare(b.article.published) || a.delivery.id - b.delivery.id).map((r) => r.article);
      const notification = composeNotification(job.subscription, articles, this.deps.language(job.chat));
      // Recorded before the call: after a crash, only these rows can have reached the chat already.
      this.deps.store.markStarted(job.rows.map((r) => r.delivery.id), this.now());
      outcome = await lane.sender.send(job.chatId, notification);
    } catch (error) {
      this.log.error({ err: error, platform: lane.sender.platform }, 'sending threw; treating it as a transient failure');
      outcome = { kind: 'retry', afterMs: 0, rateLimited: false, reason: 'sender threw' };
    }
    try {
      this.settle(lane, job, outcome);
    } catch (error) {
      // The store is gone (closed after a stop that timed out): the rows stay in sending until the next start.
      this.log.error({ err: error, platform: lane.sender.platform }, 'could not record a send outcome');
    }
  }

  private settle(lane: Lane, job: Job, outcome: SendOutcome): void {
    const store = this.deps.store;
    const now = this.now();
    const tick = this.tick();
    const platform = lane.sender.platform;
    const ids = job.rows.map((r) => r.delivery.id);
    switch (outcome.kind) {
      case 'sent':
        for (const id of ids) store.markSent(id);
        this.forget(ids);
        return this.emit({ platform, outcome: 'sent' });
      case 'retry': {
        const failures = Math.max(...job.rows.map((r) => this.failures(r.delivery)));
        if (outcome.rateLimited) {
          if (outcome.scope === 'platform') lane.gate.holdPlatform(tick + outcome.afterMs);
          else lane.gate.holdChat(job.chatId, tick + outcome.afterMs);
        }
        if (failures >= this.options.maxAttempts) {
          for (const id of ids) store.markFailed(id);
          this.forget(ids);
          this.log.warn({ platform, chatId: job.chatId, failures, reason: outcome.reason }, 'giving up on a notification after repeated failures');
          return this.emit({ platform, outcome: 'failed', rateLimited: outcome.rateLimited });
        }
        const delay = outcome.rateLimited ? Math.max(1, outcome.afterMs) : transientDelayMs(failures, outcome.afterMs);
        for (const id of ids) store.markFailed(id, now + Math.ceil(delay));
        return this.emit({ platform, outcome: 'retried', rateLimited: outcome.rateLimited });
      }
      case 'blocked': {
        const paused = store.pauseChat(job.chat);
        const dropped = this.dropChat(lane, job.chatId);
        for (const id of [...ids, ...dropped]) store.markFailed(id);
        this.forget([...ids, ...dropped]);
        this.log.info({ platform, chatId: job.chatId, paused, reason: outcome.reason }, 'the chat blocked or removed the bot: its subscriptions are paused');
        return this.emit({ platform, outcome: 'blocked' });
      }
      case 'failed':
        for (const id of ids) store.markFailed(id);
        this.forget(ids);
        this.log.warn({ platform, chatId: job.chatId, reason: outcome.reason }, 'a notification could not be sent');
        return this.emit({ platform, outcome: 'failed' });
      default:
        return assertNever(outcome);
    }
  }

  /** Drops a blocked chat's waiting jobs; returns their row ids. */
  private dropChat(lane: Lane, chatId: string): number[] {
    const ids: number[] = [];
    for (const job of lane.dropChat(chatId)) {
      if (job.subscription.mode === 'daily') this.openDigests.delete(job.subscription.id);
      else this.bufferedInstant -= 1;
      ids.push(...job.rows.map((r) => r.delivery.id));
    }
    return ids;
  }

  private awaitArticle(row: Delivery, now: number): void {
    const failures = this.failures(row);
    if (failures >= MAX_ARTICLE_WAITS) {
      this.log.warn({ articleId: row.articleId, deliveryId: row.id }, 'the article of a delivery never loaded; giving up on it');
      this.deps.store.markFailed(row.id);
      this.forget([row.id]);
      return;
    }
    this.deps.store.markFailed(row.id, now + articleWaitMs(failures));
  }

  private handBack(row: Delivery, at: number): void {
    this.deps.store.markFailed(row.id, Math.ceil(at));
    this.handedBack.set(row.id, (this.handedBack.get(row.id) ?? 0) + 1);
  }

  private failures(row: Delivery): number {
    return row.attempts - (this.handedBack.get(row.id) ?? 0);
  }

  private forget(ids: readonly number[]): void {
    for (const id of ids) this.handedBack.delete(id);
  }

  private handBackQueued(): void {
    const now = this.now();
    let rows = 0;
    for (const lane of this.lanes.values()) {
      for (const job of lane.takeAll()) {
        for (const { delivery } of job.rows) {
          try {
            this.handBack(delivery, now);
            rows += 1;
          } catch (error) {
            this.log.error({ err: error, deliveryId: delivery.id }, 'could not hand back a delivery; the next start will');
          }
        }
      }
    }
    this.openDigests.clear();
    this.bufferedInstant = 0;
    if (rows > 0) this.log.info({ rows }, 'handed back deliveries claimed but not sent');
  }

  private async settleInFlight(): Promise<void> {
    if (this.tasks.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), this.options.stopTimeoutMs)));
    const late = await Promise.race([Promise.all(this.tasks).then(() => false), timedOut]);
    clearTimeout(timer);
    if (late) this.log.warn({ inFlight: this.tasks.size }, 'sends still in flight at stop; their rows stay in sending until the next start');
  }

  private emit(event: DeliveryEvent): void {
    try {
      this.deps.events?.(event);
    } catch (error) {
      this.log.error({ err: error }, 'a delivery event listener threw');
    }
  }
}
