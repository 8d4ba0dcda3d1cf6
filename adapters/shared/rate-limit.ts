/**
 * Question limits shared by the chat adapters (rate-limiter-flexible, in
 * memory): a number of questions per rolling minute per user and, so that a
 * busy group cannot make the bot flood it (or spend its whole platform
 * budget on one chat), a larger number per chat.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export class QuestionLimiter {
  private readonly users: RateLimiterMemory;
  private readonly chats: RateLimiterMemory;

  constructor(
    readonly perMinute: number,
    readonly perChatPerMinute: number = perMinute * 3,
  ) {
    this.users = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: 'user' });
    this.chats = new RateLimiterMemory({ points: perChatPerMinute, duration: 60, keyPrefix: 'chat' });
  }

  /**
   * Takes one question from the user's allowance and, when a chat is named,
   * from the chat's; false when either is spent. A refusal by the chat limit
   * still costs the user a point, which is what a user hammering a busy group
   * should pay.
   */
  async allow(userKey: string, chatKey?: string): Promise<boolean> {
    return (await take(this.users, userKey)) && (chatKey === undefined || (await take(this.chats, chatKey)));
  }
}

async function take(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
