import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortQuote, uncut } from '../../../src/answer/short-quote.ts';

const SENTENCE =
  'The smelter, which cost US$1.4 billion and employs 3,000 workers, will process nickel ore from Halmahera into nickel sulphate for batteries from 12 March 2025.';

describe('shortQuote', () => {
  it('leaves a sentence that fits as it is', () => {
    expect(shortQuote(SENTENCE, { max: SENTENCE.length })).toBe(SENTENCE);
  });

  it('cuts at the end of a clause when one keeps enough of the sentence', () => {
    expect(shortQuote(SENTENCE, { max: 80 })).toBe('The smelter, which cost US$1.4 billion and employs 3,000 workers…');
  });

  it('cuts at a word when the only clause end comes too early', () => {
    expect(shortQuote(SENTENCE, { max: 40 })).toBe('The smelter, which cost US$1.4 billion…');
    expect(shortQuote('Nickel ore from Halmahera goes to the smelter by barge every week', { max: 30 })).toBe('Nickel ore from Halmahera…');
  });

  describe('with a focus', () => {
    it('cuts the opening when it holds the focus', () => {
      expect(shortQuote(SENTENCE, { max: 80, focus: 'US$1.4 billion' })).toBe('The smelter, which cost US$1.4 billion and employs 3,000 workers…');
    });

    it('keeps a stretch around the focus when the opening would lose it', () => {
      const quote = shortQuote(SENTENCE, { max: 80, focus: '12 March 2025' });
      expect(quote).toBe('…ore from Halmahera into nickel sulphate for batteries from 12 March 2025.');
      expect(quote.length).toBeLessThanOrEqual(80);
    });

    it('cuts the opening when the focus is not in the sentence', () => {
      expect(shortQuote(SENTENCE, { max: 40, focus: '4 June' })).toBe('The smelter, which cost US$1.4 billion…');
    });
  });

  it('keeps verbatim text of the sentence within the limit, whatever the text and focus (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), { maxLength: 60 }),
        fc.integer({ min: 3, max: 300 }),
        fc.nat(),
        fc.nat(3),
        (words, max, from, size) => {
          const text = words.join(' ');
          const focus = words.slice(from % Math.max(1, words.length), (from % Math.max(1, words.length)) + size).join(' ');
          const quote = shortQuote(text, { max, ...(focus && { focus }) });
          expect(quote.length).toBeLessThanOrEqual(max);
          expect(text).toContain(uncut(quote));
          if (quote !== text) expect(quote).toMatch(/…$|^…/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
