import { describe, expect, it } from 'vitest';
import { dateFromText } from '../../../src/ingest/text-date.ts';

const context = { knownYears: [], ceiling: '2026-12-03', floor: '1990-01-01' };
const date = (paragraphs: string[], overrides = {}) => dateFromText(paragraphs, { ...context, ...overrides });

describe('dateFromText', () => {
  describe('datelines', () => {
    it('reads an Indonesian dateline with its year', () => {
      expect(date(['Menteri menyampaikan hal itu di Jakarta, Senin (11/11/2024).'])).toBe('2024-11-11');
    });

    it('gives a dateline without a year the year its weekday fits, from the page\'s other dates', () => {
      // 15 August 2016 was a Monday; the text also prints 1 August 2016.
      expect(date(['Kapal berangkat dari Ketapang, Senin (15/8).', 'Pemuatan dimulai sejak 1 Agustus 2016.'])).toBe('2016-08-15');
    });

    it('takes the year from the address or the feed before the text', () => {
      expect(date(['Rapat digelar Jumat (8/9).'], { knownYears: [2023] })).toBe('2023-09-08');
    });

    it('reads a long weekday date and a wire service lead', () => {
      expect(date(['Rabu, 25 September 2024 | 13:04 WIB', 'Isi berita.'])).toBe('2024-09-25');
      expect(date(['BEIJING, March 25 (Reuters) - Imports fell in the first two months of 2020.'])).toBe('2020-03-25');
      expect(date(['JAKARTA, 26 Mei 2025 - Pemerintah mengumumkan kebijakan baru.'])).toBe('2025-05-26');
    });

    it('takes the latest dateline, the one nearest publication', () => {
      expect(date(['Pertemuan digelar Rabu (25/9/2024).', 'Dalam keterangan tertulis, Jumat (27/9/2024), kementerian menyebut…'])).toBe('2024-09-27');
    });

    it('never takes a dateline after the day of import', () => {
      expect(date(['Peresmian dijadwalkan Kamis (31/12/2026).'])).toBeUndefined();
    });
  });

  it('falls back on the latest whole date the text prints', () => {
    expect(date(['The plant was inaugurated on May 12, 2023.', 'Construction began on 3 Januari 2022.'])).toBe('2023-05-12');
  });

  it('finds nothing in text with only years, months or dates without a year and weekday', () => {
    expect(date(['Konstruksi dimulai sejak pertengahan 2022 dan ditargetkan selesai pada Januari 2024.', 'The signing took place in Beijing on January 11.'])).toBeUndefined();
  });

  it('ignores dates before 1990', () => {
    expect(date(['The company was founded on 12 March 1985.'])).toBeUndefined();
  });
});
