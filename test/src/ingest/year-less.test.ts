import { describe, expect, it } from 'vitest';
import { resolveYear } from '../../../src/ingest/year-less.ts';

// Weekdays: 0 = Sunday. 27 November was a Wednesday in 2024 and 2019, a Thursday in 2025, a Monday in 2017 and 2023.
const MONDAY = 1;
const WEDNESDAY = 3;
const printed = (...years: number[]) => ({ known: [], printed: years });

describe('resolveYear', () => {
  describe('when the page only prints years', () => {
    it('takes the first candidate year the printed weekday fits', () => {
      expect(resolveYear({ day: 27, month: 11, weekday: WEDNESDAY }, printed(2017), '2026-12-03')).toBe('2024-11-27');
      expect(resolveYear({ day: 27, month: 11, weekday: WEDNESDAY }, printed(2019), '2026-12-03')).toBe('2019-11-27');
    });

    it('takes the latest printed year when no weekday is printed', () => {
      expect(resolveYear({ day: 25, month: 3 }, printed(2020, 2019), '2026-12-03')).toBe('2020-03-25');
    });

    it('never dates after the day of import: this year when the day has passed, else last year', () => {
      expect(resolveYear({ day: 27, month: 11 }, printed(), '2026-12-03')).toBe('2026-11-27');
      expect(resolveYear({ day: 27, month: 11 }, printed(), '2026-11-01')).toBe('2025-11-27');
    });
  });

  describe('when the address or the feed states the year', () => {
    it('takes that year even when the weekday does not fit it (a misprinted day name)', () => {
      expect(resolveYear({ day: 27, month: 11, weekday: MONDAY }, { known: [2024], printed: [] }, '2026-12-03')).toBe('2024-11-27');
    });

    it('takes the year before when the date is still to come in that year', () => {
      expect(resolveYear({ day: 30, month: 12 }, { known: [2026], printed: [] }, '2026-12-03')).toBe('2025-12-30');
    });
  });
});
