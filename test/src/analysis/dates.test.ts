import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates.ts';

const isos = (sentence: string, published: string) => findDates(sentence, published).map((d) => d.iso);

describe('findDates', () => {
  it('reads full dates in Indonesian and English order', () => {
    expect(isos('KTT Asean tanggal 8 September 2023 lalu', '2023-12-05')).toEqual(['2023-09-08']);
    expect(isos('signed on September 8, 2023 in Jakarta', '2023-12-05')).toEqual(['2023-09-08']);
  });

  it('resolves day/month in parentheses against the publication date', () => {
    expect(isos('dikutip dari siaran pers Senin (4/12).', '2023-12-05')).toEqual(['2023-12-04']);
    expect(isos('dikutip Sabtu (28/9).', '2024-09-28')).toEqual(['2024-09-28']);
    expect(isos('di Jakarta, Selasa (11/3/2025).', '2025-03-11')).toEqual(['2025-03-11']);
  });

  it('puts a yearless date in the year before when it would follow publication', () => {
    expect(isos('on Wednesday, December 30', '2025-01-02')).toEqual(['2024-12-30']);
  });

  it('reads months and "last November" at month precision', () => {
    const [june] = findDates('in Beijing, in June 2024.', '2024-09-27');
    expect(june).toMatchObject({ iso: '2024-06', precision: 'month' });
    expect(isos('berlangsung November lalu di Kamboja', '2023-12-05')).toEqual(['2023-11']);
  });

  it('ignores bare years, quarters and impossible dates', () => {
    expect(isos('UU No. 3 Tahun 2020; triwulan III/2023 sebesar 5,20%', '2024-09-28')).toEqual([]);
    expect(isos('pada 31 Februari 2024', '2024-09-28')).toEqual([]);
  });

  it('dates a bare weekday from a printed publication date, and only then', () => {
    const on = (text: string, exact = true) => findDates(text, '2020-10-01', exact).map((d) => d.iso);
    expect(on('The governors signed the memorandum on Wednesday.')).toEqual(['2020-09-30']);
    expect(on('Peresmian dilakukan pada Kamis di Jakarta.')).toEqual(['2020-10-01']);
    expect(on('The governors signed the memorandum on Wednesday.', false)).toEqual([]);
    // "minggu" is also "week"; a weekday followed by its date is read once, from the date.
    expect(on('Rapat digelar pada minggu ini.')).toEqual([]);
    expect(on('Kesepakatan diteken pada Rabu (30/9).')).toEqual(['2020-09-30']);
  });
});
