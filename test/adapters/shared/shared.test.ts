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
