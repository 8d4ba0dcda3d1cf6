/**
 * One platform's sending limits: overall per second, per chat per second and
 * per group chat per minute (DeliveryLimits), plus holds after a 429 (one
 * chat, or the whole platform). Pure bookkeeping on times passed in, so tests
 * drive it with a fake clock.
 *
 * `scale` (DELIVERY_RATE_SCALE) shortens every window instead of multiplying
 * counts, so fractional scales and "1 per second" stay exact. Windows are also
 * stretched by GUARD, because the platform counts messages when they arrive,
 * and two requests started exactly one window apart may arrive a little less
 * than one window apart.
 */
import type { DeliveryLimits } from './sender.ts';
import { SlidingWindow } from './sliding-window.ts';

export const GUARD = 1.02;

// Forget idle chats' windows every so many sends, so memory follows active chats only.
const PRUNE_EVERY = 4096;

export class RateGate {
  private readonly overall: SlidingWindow;
  private readonly chats = new Map<string, SlidingWindow>();
  private readonly groups = new Map<string, SlidingWindow>();
  private readonly holds = new Map<string, number>();
  private platformHold = 0;
  private readonly chatLimit: WindowSpec;
  private readonly groupLimit: WindowSpec | undefined;
  private sends = 0;

  constructor(
    private readonly limits: DeliveryLimits,
    scale = 1,
  ) {
    if (!(scale > 0)) throw new Error(`coop-bot: rate scale must be positive, got ${scale}`);
    const spec = (perWindow: number, windowMs: number) => windowOf(perWindow, (windowMs / scale) * GUARD);
    const overall = spec(limits.overallPerSecond, 1000);
    this.overall = new SlidingWindow(overall.count, overall.windowMs);
    this.chatLimit = spec(limits.perChatPerSecond, 1000);
    this.groupLimit = limits.perGroupPerMinute ? spec(limits.perGroupPerMinute, 60_000) : undefined;
  }

  /** When the next send on this platform may start, whatever the chat. */
  overallReadyAt(now: number): number {
    return Math.max(this.overall.readyAt(now), this.platformHold);
  }

  /** When the next send to this chat may start, as far as the chat's own limits and holds go. */
  chatReadyAt(chatId: string, now: number): number {
    const chat = this.chats.get(chatId)?.readyAt(now) ?? now;
    const group = this.groupWindow(chatId, false)?.readyAt(now) ?? now;
    return Math.max(chat, group, this.holds.get(chatId) ?? now);
  }

  /** Average time between sends to this chat at its full rate: for estimating when a backlog clears. */
  chatSpacingMs(chatId: string): number {
    const chat = this.chatLimit.windowMs / this.chatLimit.count;
    const group = this.isGroup(chatId) && this.groupLimit ? this.groupLimit.windowMs / this.groupLimit.count : 0;
    return Math.max(chat, group);
  }

  record(chatId: string, at: number): void {
    this.overall.record(at);
    let chat = this.chats.get(chatId);
    if (!chat) this.chats.set(chatId, (chat = new SlidingWindow(this.chatLimit.count, this.chatLimit.windowMs)));
    chat.record(at);
    this.groupWindow(chatId, true)?.record(at);
    if (++this.sends % PRUNE_EVERY === 0) this.prune(at);
  }

  /** After a 429 for one chat: nothing more to it until then. */
  holdChat(chatId: string, until: number): void {
    this.holds.set(chatId, Math.max(until, this.holds.get(chatId) ?? 0));
  }

  /** After a 429 for the whole bot: nothing more to anyone until then. */
  holdPlatform(until: number): void {
    this.platformHold = Math.max(this.platformHold, until);
  }

  private isGroup(chatId: string): boolean {
    return this.limits.isGroup?.(chatId) ?? false;
  }

  private groupWindow(chatId: string, create: boolean): SlidingWindow | undefined {
    if (!this.groupLimit || !this.isGroup(chatId)) return undefined;
    let window = this.groups.get(chatId);
    if (!window && create) this.groups.set(chatId, (window = new SlidingWindow(this.groupLimit.count, this.groupLimit.windowMs)));
    return window;
  }

  private prune(now: number): void {
    for (const map of [this.chats, this.groups]) for (const [id, window] of map) if (window.idleAt(now)) map.delete(id);
    for (const [id, until] of this.holds) if (until <= now) this.holds.delete(id);
  }
}

interface WindowSpec {
  readonly count: number;
  readonly windowMs: number;
}

// "1.5 per second" has no whole count per second: one per 667 ms instead.
function windowOf(perWindow: number, windowMs: number): WindowSpec {
  if (!(perWindow > 0)) throw new Error(`coop-bot: a sending limit must be positive, got ${perWindow}`);
  const count = Math.max(1, Math.floor(perWindow));
  return { count, windowMs: (windowMs * count) / perWindow };
}
