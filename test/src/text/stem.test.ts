import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/text/stem.ts';

describe('stem', () => {
  describe('when the language is Indonesian', () => {
    it.each([
      ['pengembangan', 'kembang'],
      ['dikembangkan', 'kembang'],
      ['mengembangkan', 'kembang'],
      ['mengundang', 'undang'],
      ['pertumbuhan', 'tumbuh'],
      ['terbesar', 'besar'],
      ['ditandatangani', 'tandatangan'],
      ['penandatanganan', 'tandatangan'],
      ['kebijakan', 'bijak'],
      ['berkelanjutan', 'lanjut'],
      ['pertemuan', 'temu'],
      ['bekerja', 'kerja'],
      ['disepakati', 'sepakat'],
      ['menyepakati', 'sepakat'],
      ['kesepakatan', 'sepakat'],
      ['disesuaikan', 'sesuai'],
      ['menyerap', 'serap'],
    ])('stems %s to %s', (word, root) => {
      expect(stem(word, 'id')).toBe(root);
    });

    it('leaves roots, numbers and short words alone', () => {
      for (const word of ['kerja', 'sama', 'baru', 'nikel', '5,20', 'ri']) expect(stem(word, 'id')).toBe(word);
    });
  });

  describe('when the language is English', () => {
    it('applies Porter2', () => {
      expect(stem('meetings', 'en')).toBe('meet');
      expect(stem('minerals', 'en')).toBe('miner');
      expect(stem('industries', 'en')).toBe(stem('industry', 'en'));
      expect(stem('signed', 'en')).toBe('sign');
    });
  });
});
