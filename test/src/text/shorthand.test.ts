import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/text/shorthand.ts';
import { colloquialBases, spellingVariants } from '../../../src/text/variants.ts';

describe('expandShorthand', () => {
  it('spells out Indonesian and English chat shorthand', () => {
    expect(expandShorthand('lahan byd brp hektar? yg kpn diserahkan')).toBe('lahan byd berapa hektar? yang kapan diserahkan');
    expect(expandShorthand('kena larangan gak? sdh dgn utk')).toBe('kena larangan tidak? sudah dengan untuk');
    expect(expandShorthand('whats the capacity')).toBe('what is the capacity');
  });

  it('leaves names, acronyms and abbreviations with a period alone', () => {
    expect(expandShorthand('Dr. Tan dr Beijing')).toBe('Dr. Tan dari Beijing');
    expect(expandShorthand('BRP and YG Group')).toBe('BRP and YG Group');
  });
});

describe('variants of unknown words', () => {
  const known = new Map([['nickel', 40], ['nickle', 0], ['investment', 12], ['naik', 9]]);
  const frequency = (term: string) => known.get(term) ?? 0;

  it('finds the known word one edit away', () => {
    expect(spellingVariants('nickle', frequency)).toEqual(['nickel']);
    expect(spellingVariants('invesment', frequency)).toEqual(['investment']);
    expect(spellingVariants('zzzzzz', frequency)).toEqual([]);
  });

  it('reads Jakarta "-in" verbs as their base', () => {
    expect(colloquialBases('naikin')).toContain('naik');
    expect(colloquialBases('ngajuin')).toContain('aju');
    expect(colloquialBases('mimpin')).toContain('pimpin');
    expect(colloquialBases('bin')).toEqual([]);
  });

  it('spells out a word repeated with a 2, and leaves model numbers alone', () => {
    expect(expandShorthand('tdk usah panjang2, orang2 saja')).toBe('tidak usah panjang-panjang, orang-orang saja');
    expect(expandShorthand('Air EV2 dan B2 tetap')).toBe('Air EV2 dan B2 tetap');
  });
});
