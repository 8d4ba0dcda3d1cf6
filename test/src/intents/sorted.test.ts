import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../../src/intents/sorted.ts';

interface Item {
  readonly key: number;
  readonly id: number;
}

const byKey = (a: Item, b: Item) => a.key - b.key;
// Few distinct keys, so ties are common; ids tell tied items apart.
const items = (from: number) => fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 80 }).map((keys) => keys.map((key, i) => ({ key, id: from + i })));

describe('mergeSorted', () => {
  it('orders like a stable sort of the old list followed by the new items, inserting few or many', () => {
    fc.assert(
      fc.property(items(0), items(1000), (old, added) => {
        const list = [...old].sort(byKey);
        const expected = [...list, ...added].sort(byKey);
        mergeSorted(list, added, byKey);
        expect(list).toEqual(expected);
      }),
    );
  });

  it('returns the first position that changed', () => {
    fc.assert(
      fc.property(items(0), items(1000), (old, added) => {
        const list = [...old].sort(byKey);
        const before = [...list];
        const first = mergeSorted(list, added, byKey);
        expect(list.slice(0, first)).toEqual(before.slice(0, first));
        if (added.length) expect(list[first]).not.toBe(before[first]);
      }),
    );
  });
});
