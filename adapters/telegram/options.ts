/**
 * The adapter's tunables, with defaults in one constant; startTelegram's
 * second argument overrides them (tests inject `sleep` so retry waits take
 * no time, and may pass their own ChatSettings and clock).
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { ChatSettings } from './chat-settings.ts';
import { DEFAULT_RETRY, type RetrySettings } from './retry.ts';

export interface TelegramOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly retry: RetrySettings;
  /** Per-chat /lang choices; a fresh in-memory store when not given. */
  readonly chatSettings?: ChatSettings;
  /** Citations printed under an answer; more go behind the "More sources" button. */
  readonly maxInlineCitations: number;
  /** "More sources" entries kept; the oldest go first. */
  readonly moreSourcesCapacity: number;
  /** The clock subscriptions are stamped with. */
  readonly now: () => number;
}

export const DEFAULT_TELEGRAM_OPTIONS: TelegramOptions = {
  sleep: (ms) => delay(ms),
  retry: DEFAULT_RETRY,
  maxInlineCitations: 5,
  moreSourcesCapacity: 1000,
  now: () => Date.now(),
};
