/**
 * Dates and times as outlets print them, in Indonesian or English:
 * "28 September 2024", "SABTU, 28 SEPTEMBER 2024 | 14:23 WIB", "March 11, 2025",
 * "5 Des 2023 01:10", "2024-09-28T14:23:00+07:00", "04/12/2023". The date is
 * kept as printed (the outlet's local date): an ISO timestamp with an offset
 * is not converted to UTC, which could move it to another day.
 */
import { calendarDate, MONTH_NAME, monthNumber } from '../analysis/calendar.ts';

export interface PrintedDate {
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM, when printed */
  readonly time?: string;
}

/** The first real calendar date in the text, with the time printed near it. */
export function findPrintedDate(text: string): PrintedDate | undefined {
  const date = isoDate(text) ?? dayMonthYear(text) ?? monthDayYear(text) ?? numericDate(text);
  if (!date) return undefined;
  const time = findTime(text);
  return time ? { date, time } : { date };
}

/** Every full date (day, month and year) printed in the text, in order. */
export function allPrintedDates(text: string): string[] {
  const found: { at: number; date: string }[] = [];
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC]) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) {
      const date = readMatch(pattern, m);
      if (date) found.push({ at: m.index, date });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
// Indonesian outlets write day/month/year.
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/i;

function readMatch(pattern: RegExp, m: RegExpMatchArray): string | undefined {
  if (pattern === DAY_MONTH_YEAR) return calendarDate(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  if (pattern === MONTH_DAY_YEAR) return calendarDate(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  return calendarDate(+m[3]!, +m[2]!, +m[1]!);
}

function isoDate(text: string): string | undefined {
  const m = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  return m ? calendarDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

function dayMonthYear(text: string): string | undefined {
  const m = DAY_MONTH_YEAR.exec(text);
  return m ? readMatch(DAY_MONTH_YEAR, m) : undefined;
}

function monthDayYear(text: string): string | undefined {
  const m = MONTH_DAY_YEAR.exec(text);
  return m ? readMatch(MONTH_DAY_YEAR, m) : undefined;
}

function numericDate(text: string): string | undefined {
  const m = NUMERIC.exec(text);
  return m ? readMatch(NUMERIC, m) : undefined;
}

function findTime(text: string): string | undefined {
  // "14:23", "T14:23:00", or "14.23 WIB" (a dot only with a time zone, else it could be a number).
  const m = /(?:\b|T)([01]?\d|2[0-3]):([0-5]\d)\b/.exec(text) ?? /\b([01]?\d|2[0-3])\.([0-5]\d)\s*(?:WIB|WITA|WIT)\b/.exec(text);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}
