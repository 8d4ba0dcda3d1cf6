import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/intents/intent.ts';

describe('topK', () => {
  it('equals sorting and slicing, for any list and k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 12 }), (items, k) => {
        const expected = [...items].sort((a, b) => b - a).slice(0, k);
        expect(topK(items, k, (a, b) => a > b)).toEqual(expected);
      }),
    );
  });

  it('keeps the first of equal items, so ties stay in corpus order', () => {
    const items = [{ v: 1, id: 'a' }, { v: 2, id: 'b' }, { v: 2, id: 'c' }];
    expect(topK(items, 2, (a, b) => a.v > b.v).map((i) => i.id)).toEqual(['b', 'c']);
  });
});
