/**
 * Dates and times as outlets print them, in Indonesian or English:
 * "28 September 2024", "SABTU, 28 SEPTEMBER 2024 | 14:23 WIB", "March 11, 2025",
 * "5 Des 2023 01:10", "2024-09-28T14:23:00+07:00", "04/12/2023". The date is
 * kept as printed (the outlet's local date): an ISO timestamp with an offset
 * is not converted to UTC, which could move it to another day.
 */

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

const MONTHS: Record<string, number> = {
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
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;

function isoDate(text: string): string | undefined {
  const m = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  return m ? calendarDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

function dayMonthYear(text: string): string | undefined {
  const m = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  return m ? calendarDate(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!) : undefined;
}

function monthDayYear(text: string): string | undefined {
  const m = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(text);
  return m ? calendarDate(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!) : undefined;
}

// Indonesian outlets write day/month/year.
function numericDate(text: string): string | undefined {
  const m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  return m ? calendarDate(+m[3]!, +m[2]!, +m[1]!) : undefined;
}

function findTime(text: string): string | undefined {
  // "14:23", "T14:23:00", or "14.23 WIB" (a dot only with a time zone, else it could be a number).
  const m = /(?:\b|T)([01]?\d|2[0-3]):([0-5]\d)\b/.exec(text) ?? /\b([01]?\d|2[0-3])\.([0-5]\d)\s*(?:WIB|WITA|WIT)\b/.exec(text);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
