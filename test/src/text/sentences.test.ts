import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/sentences.ts';

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(splitSentences('Satu dua. Tiga empat.')).toEqual(['Satu dua.', 'Tiga empat.']);
  });

  it('does not split after abbreviations such as No. or initials', () => {
    const text = 'Sesuai UU No. 3 Tahun 2020 tentang Minerba. Eko S.A. Cahyanto hadir.';
    expect(splitSentences(text)).toEqual(['Sesuai UU No. 3 Tahun 2020 tentang Minerba.', 'Eko S.A. Cahyanto hadir.']);
  });

  it('keeps decimals inside a sentence', () => {
    expect(splitSentences('Industri tumbuh 5,20 persen. ACFTA 3.0 diluncurkan.')).toHaveLength(2);
  });
});
