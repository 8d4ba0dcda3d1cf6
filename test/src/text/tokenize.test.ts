import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/text/normalize.ts';
import { tokenize } from '../../../src/text/tokenize.ts';

const tokens = (text: string) => tokenize(normalize(text));

describe('tokenize', () => {
  it('keeps decimal numbers whole in both notations', () => {
    expect(tokens('tumbuh sebesar 5,20% pada ACFTA 3.0')).toEqual(['tumbuh', 'sebesar', '5,20', 'pada', 'acfta', '3.0']);
  });

  it('splits a quarter written with a slash into its parts', () => {
    expect(tokens('triwulan III/2023')).toEqual(['triwulan', 'iii', '2023']);
  });

  it('folds Indonesian reduplication and joins the non- prefix', () => {
    expect(tokens('perusahaan-perusahaan non-migas')).toEqual(['perusahaan', 'nonmigas']);
  });

  it("drops the English possessive and splits other hyphenated words", () => {
    expect(tokens("China's Bio-Prospective")).toEqual(['china', 'bio', 'prospective']);
  });

  it('ignores zero-width characters, accents and typographic quotes', () => {
    expect(tokens('ni\u200Bkel “café”')).toEqual(['nikel', 'cafe']);
  });

  it('returns nothing for punctuation, emoji and empty text', () => {
    expect(tokens('')).toEqual([]);
    expect(tokens('?!… 🇮🇩🇨🇳')).toEqual([]);
  });
});
