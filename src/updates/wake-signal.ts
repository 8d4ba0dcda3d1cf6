/**
 * How the delivery loop sleeps: until a time has passed or something happens
 * (a send settles, poke(), stop()), whichever comes first. A wake that comes
 * while the loop is busy is kept, so it is never lost between two waits.
 */

// Timers fire up to a few milliseconds late, and at a high DELIVERY_RATE_SCALE
// that is a tenth of a window lost every window: wake this much early and
// finish on the event loop (the loop re-checks the gates and waits again).
const TIMER_SLACK_MS = 1;

export class WakeSignal {
  private wakeUp: (() => void) | undefined;
  private pending = false;

  /** `sleep` replaces the timer (tests with a fake clock advance the clock in it). */
  constructor(private readonly sleep?: (ms: number) => Promise<void>) {}

  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.pending = true;
  }

  /** Resolves after `ms` (never, for Infinity) or at the next wake(). */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let immediate: NodeJS.Immediate | undefined;
      const done = () => {
        clearTimeout(timer);
        clearImmediate(immediate);
        // A late timer or sleep of an earlier wait must not unhook the current one.
        if (this.wakeUp === done) this.wakeUp = undefined;
        resolve();
      };
      this.wakeUp = done;
      if (!Number.isFinite(ms)) return;
      if (this.sleep) void this.sleep(Math.max(0, ms)).then(done);
      else if (ms > TIMER_SLACK_MS) timer = setTimeout(done, ms - TIMER_SLACK_MS);
      else immediate = setImmediate(done);
    });
  }
}
