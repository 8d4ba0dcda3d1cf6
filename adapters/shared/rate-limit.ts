/**
 * Per-user question limit shared by the chat adapters (rate-limiter-flexible,
 * in memory): a fixed number of questions per rolling minute per user key.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export class QuestionLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Takes one question from the user's allowance; false when it is spent. */
  async allow(userKey: string): Promise<boolean> {
    try {
      await this.limiter.consume(userKey);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }
}
