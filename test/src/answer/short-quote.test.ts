import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortQuote, uncut } from '../../../src/answer/short-quote.ts';

const SENTENCE =
  'The smelter, which cost US$1.4 billion and employs 3,000 workers, will process nickel ore from Halmahera into nickel sulphate for batteries.';

describe('shortQuote', () => {
  it('leaves a sentence that fits as it is', () => {
    expect(shortQuote(SENTENCE, SENTENCE.length)).toBe(SENTENCE);
  });

  it('cuts at the end of a clause when one keeps enough of the sentence', () => {
    expect(shortQuote(SENTENCE, 80)).toBe('The smelter, which cost US$1.4 billion and employs 3,000 workers…');
  });

  it('cuts at a word when the only clause end comes too early', () => {
    expect(shortQuote(SENTENCE, 40)).toBe('The smelter, which cost US$1.4 billion…');
    expect(shortQuote('Nickel ore from Halmahera goes to the smelter by barge every week', 30)).toBe('Nickel ore from Halmahera…');
  });

  it('keeps a verbatim opening of the sentence within the limit, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        const quote = shortQuote(text, max);
        expect(quote.length).toBeLessThanOrEqual(Math.max(max, 2));
        expect(text.startsWith(uncut(quote))).toBe(true);
        if (quote !== text) expect(quote.endsWith('…')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
