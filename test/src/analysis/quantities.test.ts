import { describe, expect, it } from 'vitest';
import { findQuantities, monthTermsIn, numberWordTerms, ordinalTerms, quantityTerms } from '../../../src/analysis/quantities.ts';

const values = (text: string) => findQuantities(text).map((q) => q.values);

describe('quantities', () => {
  it('reads the same value in both languages and formats', () => {
    expect(quantityTerms('80 ribu ton')).toContain('#80000');
    expect(quantityTerms('80,000 tonnes')).toContain('#80000');
    expect(quantityTerms('Rp36,4 triliun')).toEqual(quantityTerms('36.4 trillion'));
    expect(quantityTerms('US$1.4 billion')).toEqual(quantityTerms('1,4 miliar dolar'));
    expect(quantityTerms('Rp16,2 T')).toContain('#16200000000000');
  });

  it('emits both readings of an ambiguous separator and one of an unambiguous one', () => {
    expect(values('1.400 unit')).toEqual([[1400, 1.4]]);
    expect(values('5,20 persen')).toEqual([[5.2]]);
    expect(values('US$1,045.4 juta')).toEqual([[1045400000]]);
  });

  it('types money and percentages and keeps the printed unit', () => {
    const [money, percent, count] = findQuantities('US$320m, 5,20 persen dan 192MW');
    expect(money).toMatchObject({ kind: 'money', text: 'US$320m' });
    expect(percent).toMatchObject({ kind: 'percent' });
    expect(count).toMatchObject({ kind: 'number', text: '192MW' });
  });

  it('does not read days of dates, day/month datelines or parts of names as quantities', () => {
    expect(values('tanggal 8 September 2023')).toEqual([[2023]]);
    expect(values('on September 8, 2023')).toEqual([[2023]]);
    expect(values('Jumat (8/9) di KTT G20')).toEqual([]);
  });
});

describe('ordinals', () => {
  it('reads ke-4, 4th, fourth and keempat alike, and Roman stages', () => {
    for (const text of ['HDCM ke-4', 'the 4th HDCM', 'the fourth meeting', 'pertemuan keempat']) expect(ordinalTerms(text)).toEqual(['#ord4']);
    expect(ordinalTerms('pabrik hpal fase iii')).toEqual(['#ord3']);
  });

  it('tells "kedua negara" (both countries) from "pertemuan kedua" (the second meeting)', () => {
    expect(ordinalTerms('kedua negara sepakat')).toEqual([]);
    expect(ordinalTerms('konsensus kedua kepala negara')).toEqual([]);
    expect(ordinalTerms('pertemuan kedua digelar')).toEqual(['#ord2']);
  });
});

describe('months and number words', () => {
  it('reads month names, and short ones only beside a number', () => {
    expect(monthTermsIn('january-february imports')).toEqual(['#month1', '#month2']);
    expect(monthTermsIn('it may rise')).toEqual([]);
    expect(monthTermsIn('since 3 mar 2024')).toEqual(['#month3']);
  });

  it('reads spelled-out small numbers but leaves compounds to digits', () => {
    expect(numberWordTerms('tiga pilar')).toEqual(['#3']);
    expect(numberWordTerms('three pillars')).toEqual(['#3']);
    expect(numberWordTerms('dua belas')).toEqual([]);
  });
});
