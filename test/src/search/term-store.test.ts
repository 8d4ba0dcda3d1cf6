import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermStore } from '../../../src/search/term-store.ts';

describe('TermStore', () => {
  it('behaves like a list of sets, however many terms it grows to hold', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'nikel', '~nickel', '5,20', 'x'.repeat(40)), { maxLength: 7 }), { maxLength: 60 }), (passages) => {
        const store = new TermStore();
        passages.forEach((terms, i) => store.add(i, terms));
        passages.forEach((terms, i) => {
          for (const term of ['a', 'b', 'nikel', '~nickel', 'missing']) expect(store.has(i, term)).toBe(terms.includes(term));
        });
        expect(store.documentFrequency('a')).toBe(passages.filter((t) => t.includes('a')).length);
        expect(store.size).toBe(passages.length);
      }),
    );
  });

  it('grows past its initial capacity', () => {
    const store = new TermStore();
    const terms = Array.from({ length: 30 }, (_, i) => `t${i}`);
    for (let i = 0; i < 5000; i++) store.add(i, terms);
    expect(store.has(4999, 't29')).toBe(true);
    expect(store.documentFrequency('t0')).toBe(5000);
  });

  it('refuses passages out of order, which would corrupt the offsets', () => {
    const store = new TermStore();
    expect(() => store.add(1, ['a'])).toThrow(/out of order/);
  });
});
