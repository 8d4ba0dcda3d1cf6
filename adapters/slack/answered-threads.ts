/**
 * The channel threads the bot has answered in, where a plain reply (no
 * mention) is taken as a follow-up — until someone else is addressed in the
 * thread, after which the bot waits to be mentioned again. Kept in memory,
 * bounded, and for as long as the conversation's context lives: a reply
 * after that would be answered without the context it leans on.
 */
import { DEFAULT_CONVERSATION_OPTIONS } from '../../src/conversation/conversations.ts';
import { ExpiringMap } from '../../src/conversation/expiring-map.ts';

export class AnsweredThreads {
  private readonly threads: ExpiringMap<string, true>;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    const { ttlMs = DEFAULT_CONVERSATION_OPTIONS.ttlMs, maxEntries = 20_000, now } = options;
    this.threads = new ExpiringMap({ ttlMs, maxEntries, ...(now && { now }) });
  }

  /** The bot answered in the thread (again): replies there are for it. */
  answered(team: string | undefined, channel: string, thread: string): void {
    this.threads.set(key(team, channel, thread), true);
  }

  isAnswered(team: string | undefined, channel: string, thread: string): boolean {
    return this.threads.get(key(team, channel, thread)) === true;
  }

  /** Someone else was addressed in the thread: the bot steps back until mentioned. */
  release(team: string | undefined, channel: string, thread: string): void {
    this.threads.delete(key(team, channel, thread));
  }
}

function key(team: string | undefined, channel: string, thread: string): string {
  return `${team ?? '-'}:${channel}:${thread}`;
}
