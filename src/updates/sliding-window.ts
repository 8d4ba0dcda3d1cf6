/**
 * At most `count` events in any span of `windowMs`: the last `count` event
 * times in a ring. Unlike a token bucket refilled on a timer, a late event
 * never loses the allowance it was owed, so a sender that wakes a little late
 * still reaches the full rate, and no window ever holds count + 1 events.
 */
export class SlidingWindow {
  private readonly times: number[];
  private head = 0;
  private size = 0;

  constructor(
    readonly count: number,
    readonly windowMs: number,
  ) {
    if (!Number.isInteger(count) || count < 1) throw new Error(`coop-bot: a window needs a whole count ≥ 1, got ${count}`);
    this.times = new Array<number>(count);
  }

  /** The earliest time, not before `now`, at which one more event keeps within the limit. */
  readyAt(now: number): number {
    if (this.size < this.count) return now;
    return Math.max(now, this.times[this.head]! + this.windowMs);
  }

  /** Records an event; times must not decrease. */
  record(at: number): void {
    if (this.size < this.count) {
      this.times[(this.head + this.size) % this.count] = at;
      this.size += 1;
    } else {
      this.times[this.head] = at;
      this.head = (this.head + 1) % this.count;
    }
  }

  /** True when no recorded event is still inside the window: the window can be forgotten. */
  idleAt(now: number): boolean {
    if (this.size === 0) return true;
    const newest = this.times[(this.head + this.size - 1) % this.count]!;
    return newest + this.windowMs <= now;
  }
}
