import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformLane } from '../../../src/updates/platform-lane.ts';
import { RateGate } from '../../../src/updates/rate-gate.ts';
import type { DeliveryLimits } from '../../../src/updates/sender.ts';
import { SlidingWindow } from '../../../src/updates/sliding-window.ts';
import { FakeSender, maxInWindow, SLACK_LIMITS, TELEGRAM_LIMITS } from './fakes.ts';

interface Job {
  readonly chatId: string;
}

/** Pushes the jobs into a lane and sends greedily on a fake clock; returns each chat's send times. */
function runLane(limits: DeliveryLimits, jobs: readonly Job[], scale = 1, setUp?: (lane: PlatformLane<Job>) => void): Map<string, number[]> {
  const lane = new PlatformLane<Job>(new FakeSender('telegram', limits, () => 0), scale, 8);
  setUp?.(lane);
  let t = 0;
  for (const job of jobs) lane.push(job, t);
  const sends = new Map<string, number[]>();
  for (let steps = 0; lane.queuedJobs > 0; steps++) {
    if (steps > 1_000_000) throw new Error('lane never drained');
    const next = lane.dispatch(() => t, (job) => {
      sends.set(job.chatId, [...(sends.get(job.chatId) ?? []), t]);
      lane.settled(job.chatId, t);
    });
    if (next !== Infinity) t = next;
  }
  return sends;
}

const jobsFor = (chats: number, each: number, prefix = '') =>
  Array.from({ length: chats * each }, (_, i) => ({ chatId: `${prefix}${i % chats}` }));

describe('SlidingWindow', () => {
  it('never lets count + 1 events into one window, whatever times are asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }), (count, gaps) => {
        const window = new SlidingWindow(count, 100);
        const times: number[] = [];
        let t = 0;
        for (const gap of gaps) {
          t += gap;
          if (window.readyAt(t) > t) continue;
          window.record(t);
          times.push(t);
        }
        expect(maxInWindow(times, 100)).toBeLessThanOrEqual(count);
      }),
    );
  });
});

describe('RateGate (through a PlatformLane on a fake clock)', () => {
  it('keeps Telegram under 30 a second overall and 1 a second per chat, and uses at least 90% of the overall rate', () => {
    const sends = runLane(TELEGRAM_LIMITS, jobsFor(200, 6));
    const all = [...sends.values()].flat();
    expect(all).toHaveLength(1200);
    expect(maxInWindow(all, 1000)).toBeLessThanOrEqual(30);
    for (const times of sends.values()) expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(1);
    // The sends after the first second's burst, over the time they took.
    const seconds = (Math.max(...all) - Math.min(...all)) / 1000;
    const achieved = (all.length - 30) / seconds / 30;
    expect(achieved).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps a Telegram group under 20 a minute, a private chat only under 1 a second', () => {
    const sends = runLane(TELEGRAM_LIMITS, [...jobsFor(1, 30, '-100'), ...jobsFor(1, 30, '7')]);
    const group = sends.get('-1000')!;
    expect(maxInWindow(group, 60_000)).toBe(20);
    expect(maxInWindow(group, 1000)).toBe(1);
    const priv = sends.get('70')!;
    expect(maxInWindow(priv, 1000)).toBe(1);
    expect(Math.max(...priv)).toBeLessThan(60_000); // 30 messages in about 30 seconds
  });

  it('keeps Slack channels under 1 a second each', () => {
    const sends = runLane(SLACK_LIMITS, jobsFor(5, 10, 'C'));
    for (const times of sends.values()) expect(maxInWindow(times, 1000)).toBe(1);
  });

  it('shortens every window by the rate scale', () => {
    const sends = runLane(TELEGRAM_LIMITS, jobsFor(100, 5), 10);
    const all = [...sends.values()].flat();
    expect(maxInWindow(all, 100)).toBeLessThanOrEqual(30);
    for (const times of sends.values()) expect(maxInWindow(times, 100)).toBeLessThanOrEqual(1);
    expect(Math.max(...all)).toBeLessThan(2000); // 500 sends at 300 a second
  });

  it('holds a chat after its 429 without holding the others', () => {
    const sends = runLane(TELEGRAM_LIMITS, jobsFor(3, 2), 1, (lane) => lane.gate.holdChat('0', 30_000));
    expect(Math.min(...sends.get('0')!)).toBeGreaterThanOrEqual(30_000);
    expect(Math.max(...sends.get('1')!, ...sends.get('2')!)).toBeLessThan(5000);
  });

  it('holds every chat after a platform-wide 429', () => {
    const sends = runLane(TELEGRAM_LIMITS, jobsFor(3, 1), 1, (lane) => lane.gate.holdPlatform(5000));
    expect(Math.min(...[...sends.values()].flat())).toBeGreaterThanOrEqual(5000);
  });

  it('refuses a limit or scale that is not positive', () => {
    expect(() => new RateGate({ overallPerSecond: 0, perChatPerSecond: 1 })).toThrow(/coop-bot/);
    expect(() => new RateGate(TELEGRAM_LIMITS, 0)).toThrow(/coop-bot/);
  });
});
