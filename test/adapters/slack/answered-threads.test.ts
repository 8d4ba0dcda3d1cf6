import { describe, expect, it } from 'vitest';
import { AnsweredThreads } from '../../../adapters/slack/answered-threads.ts';

describe('AnsweredThreads', () => {
  it('knows a thread the bot answered until released or expired, per team and channel', () => {
    let now = 0;
    const threads = new AnsweredThreads({ ttlMs: 1000, now: () => now });
    threads.answered('T1', 'C1', '1.0');
    expect(threads.isAnswered('T1', 'C1', '1.0')).toBe(true);
    expect(threads.isAnswered('T1', 'C2', '1.0')).toBe(false);
    expect(threads.isAnswered('T2', 'C1', '1.0')).toBe(false);
    threads.release('T1', 'C1', '1.0');
    expect(threads.isAnswered('T1', 'C1', '1.0')).toBe(false);
    threads.answered('T1', 'C1', '1.0');
    now = 1000;
    expect(threads.isAnswered('T1', 'C1', '1.0')).toBe(false);
  });
});
