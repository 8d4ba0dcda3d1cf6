/**
 * The delivery worker: claims due deliveries from the store, turns them into
 * notifications in each chat's language (one per instant row, one digest per
 * daily subscription) and sends them through each platform's sender within
 * its rate limits. What is claimed and how rows become jobs is intake.ts;
 * this file runs the loop, sends, and records each outcome.
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
 */
import { assertNever } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { composeNotification } from './compose.ts';
import { Intake, type Job, type Lane } from './intake.ts';
import { PlatformLane } from './platform-lane.ts';
import { transientDelayMs } from './retry-policy.ts';
import type { SendOutcome } from './sender.ts';
import { WakeSignal } from './wake-signal.ts';
import { DEFAULT_WORKER_OPTIONS, type DeliveryEvent, type DeliveryWorkerDeps, type WorkerOptions } from './worker-deps.ts';

export { DEFAULT_WORKER_OPTIONS, type DeliveryEvent, type DeliveryWorkerDeps, type WorkerOptions } from './worker-deps.ts';

export class DeliveryWorker {
  private readonly options: WorkerOptions;
  private readonly log: Logger;
  /** Store time: whole epoch milliseconds. */
  private readonly now: () => number;
  /** Rate-gate time: fine-grained, so a window at a high DELIVERY_RATE_SCALE is not off by a millisecond. */
  private readonly tick: () => number;
  private readonly lanes = new Map<string, Lane>();
  private readonly intake: Intake;
  private readonly tasks = new Set<Promise<void>>();
  private readonly signal: WakeSignal;
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
    this.intake = new Intake({ store: deps.store, lanes: this.lanes, articles: deps.articles, options: this.options, log: this.log });
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
        if (this.poked || now >= nextPollAt || this.intake.readyForMore) {
          this.poked = false;
          claimed = true;
          this.intake.claim(this.now(), this.tick);
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
        if (!claimed || this.intake.stoppedFull) continue;
        // Idle right after a claim that found nothing to send now: done, unless this worker
        // itself put rows off for a chat's backlog; those count as due.
        const postponedUntil = this.intake.postponedUntil;
        if (postponedUntil <= now) return;
        await this.signal.wait(Math.min(this.options.pollMs, postponedUntil - now));
        continue;
      }
      await this.signal.wait((untilIdle ? next : Math.min(next, nextPollAt)) - now);
    }
  }

  private idle(): boolean {
    return this.tasks.size === 0 && [...this.lanes.values()].every((lane) => lane.queuedJobs === 0);
  }

  private startSend(lane: Lane, job: Job): void {
    this.intake.release(job);
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
        return this.emit({ platform, outcome: 'sent' });
      case 'retry': {
        // Claims handed back unsent do not count (Store.handBack): attempts are sends and article waits.
        const failures = Math.max(...job.rows.map((r) => r.delivery.attempts));
        if (outcome.rateLimited) {
          if (outcome.scope === 'platform') lane.gate.holdPlatform(tick + outcome.afterMs);
          else lane.gate.holdChat(job.chatId, tick + outcome.afterMs);
        }
        if (failures >= this.options.maxAttempts) {
          for (const id of ids) store.markFailed(id);
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
        this.log.info({ platform, chatId: job.chatId, paused, reason: outcome.reason }, 'the chat blocked or removed the bot: its subscriptions are paused');
        return this.emit({ platform, outcome: 'blocked' });
      }
      case 'failed':
        for (const id of ids) store.markFailed(id);
        this.log.warn({ platform, chatId: job.chatId, reason: outcome.reason }, 'a notification could not be sent');
        return this.emit({ platform, outcome: 'failed' });
      default:
        return assertNever(outcome);
    }
  }

  /** Drops a blocked chat's waiting jobs; returns their row ids. */
  private dropChat(lane: Lane, chatId: string): number[] {
    return lane.dropChat(chatId).flatMap((job) => {
      this.intake.release(job);
      return job.rows.map((r) => r.delivery.id);
    });
  }

  private handBackQueued(): void {
    const rows = this.intake.handBackWaiting(this.now());
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
