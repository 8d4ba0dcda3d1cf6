import { describe, expect, it } from 'vitest';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { SeenIds } from '../../../adapters/shared/seen.ts';

describe('QuestionLimiter', () => {
  it('allows the configured number of questions a minute per user, then refuses', async () => {
    const limiter = new QuestionLimiter(3);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.allow('telegram:1'));
    expect(results).toEqual([true, true, true, false]);
    // Because the allowance is per user, another user is unaffected.
    expect(await limiter.allow('telegram:2')).toBe(true);
  });

  it('also caps a chat, all its users together', async () => {
    const limiter = new QuestionLimiter(3, 4);
    const results = [];
    // Four users, two questions each, in one group: the chat's allowance of 4 runs out first.
    for (const user of ['1', '2', '3', '4']) for (let i = 0; i < 2; i++) results.push(await limiter.allow(`telegram:${user}`, 'telegram:-100'));
    expect(results).toEqual([true, true, true, true, false, false, false, false]);
    // Because the cap is per chat, the same users elsewhere are unaffected.
    expect(await limiter.allow('telegram:5', 'telegram:-200')).toBe(true);
  });
});

describe('SeenIds', () => {
  it('reports an id as new only the first time', () => {
    const seen = new SeenIds();
    expect(seen.firstTime('42')).toBe(true);
    expect(seen.firstTime('42')).toBe(false);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const seen = new SeenIds(2);
    seen.firstTime('a');
    seen.firstTime('b');
    seen.firstTime('c');
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('c')).toBe(false);
  });
});
