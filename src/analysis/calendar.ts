/**
 * The calendar words and arithmetic that date rules share (the importer's,
 * and the dates read in sentences, analysis/dates.ts): month
 * and weekday names in Indonesian and English (full and abbreviated, as
 * outlets print them), real calendar dates only, and ISO-day arithmetic in UTC.
 */

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, pebruari: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

// 0 = Sunday, as Date.getUTCDay counts. "Jum'at" and "Ahad" are common spellings too.
const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, sunday: 0, sun: 0,
  senin: 1, monday: 1, mon: 1,
  selasa: 2, tuesday: 2, tue: 2, tues: 2,
  rabu: 3, wednesday: 3, wed: 3,
  kamis: 4, thursday: 4, thu: 4, thurs: 4,
  jumat: 5, "jum'at": 5, 'jum’at': 5, friday: 5, fri: 5,
  sabtu: 6, saturday: 6, sat: 6,
};

/** Every month name, full and abbreviated, in both languages. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);
/** A regex alternation of every month name, longest first so "Juni" is not read as "Jun". */
export const MONTH_NAME = alternation(MONTH_NAMES);
/** The full weekday names (abbreviations such as "Sun" or "Sat" are too easily other words). */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS).filter((name) => !/^(?:sun|mon|tue|tues|wed|thu|thurs|fri|sat)$/.test(name));
/** A regex alternation of the full weekday names. */
export const WEEKDAY_NAME = alternation(WEEKDAY_NAMES);

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS[name.toLowerCase()];
}

/** YYYY-MM-DD when the day exists in that month and year, else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDay: string): number {
  return new Date(`${isoDay}T00:00:00Z`).getUTCDay();
}

/** The UTC day of an instant, YYYY-MM-DD. */
export function isoDayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function yearOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4));
}

function alternation(names: readonly string[]): string {
  return `(${[...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}
