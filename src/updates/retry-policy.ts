/**
 * How long a delivery waits before its next attempt, and when to give up.
 * Transient failures back off exponentially (a platform outage is not
 * hammered); a 429 waits exactly as long as the platform asked.
 */

/** Sends a delivery may fail before it is failed for good. */
export const MAX_ATTEMPTS = 8;

/**
 * Looks for an article this process has not loaded yet (another process
 * imported it and the change feed has not brought it here) before giving up:
 * about half an hour, at the delays of articleWaitMs.
 */
export const MAX_ARTICLE_WAITS = 12;

const TRANSIENT_BASE_MS = 10_000;
const TRANSIENT_CAP_MS = 3_600_000;
const ARTICLE_BASE_MS = 1_000;
const ARTICLE_CAP_MS = 300_000;

/** Delay after the `failures`-th transient failure (1-based): 10 s, 20 s, 40 s… at most an hour; never sooner than the platform asked. */
export function transientDelayMs(failures: number, askedMs: number): number {
  return Math.max(askedMs, exponential(TRANSIENT_BASE_MS, failures, TRANSIENT_CAP_MS));
}

/** Delay before looking again for an article this process has not loaded yet: 1 s, 2 s, 4 s… at most 5 minutes. */
export function articleWaitMs(failures: number): number {
  return exponential(ARTICLE_BASE_MS, failures, ARTICLE_CAP_MS);
}

function exponential(base: number, failures: number, cap: number): number {
  return Math.min(cap, base * 2 ** Math.max(0, Math.min(failures - 1, 30)));
}
