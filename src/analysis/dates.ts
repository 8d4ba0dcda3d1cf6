/**
 * Finds dates in a sentence and resolves them against the article's
 * publication date: "Senin (4/12)" in an article of 2023-12-04 is 2023-12-04;
 * "Wednesday, September 25" in one of 2024-09-27 is 2024-09-25; "November
 * lalu" is the last November before publication. Years alone ("Tahun 2020")
 * are not events and are ignored.
 */
import { MONTH_NAMES, monthNumber, WEEKDAY_NAMES, weekdayNumber, weekdayOf } from './calendar.ts';

export interface DateMention {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  readonly iso: string;
  readonly precision: 'day' | 'month';
  readonly text: string;
  /** The date the news was reported or quoted ("dikutip Sabtu (28/9)"), not of an event. */
  readonly reporting: boolean;
}

// Words just before a date that make it the date of reporting.
// ("ujar Tri dalam pertemuan di Jakarta, Selasa (11/3/2025)" dates the meeting: "said" alone does not count.)
const REPORTING = /(?:dikutip|dilansir|siaran pers|keterangan tertulis|pernyataan tertulis|statement|press release|quoted)\b[^.]{0,40}$/i;

const MONTH = [...MONTH_NAMES].sort((a, b) => b.length - a.length).join('|');

// Capitalised only: "pada minggu ini" is "this week", "pada Minggu" a Sunday.
const WEEKDAY = WEEKDAY_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');

type Found = Omit<DateMention, 'reporting'>;

const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray, published: string) => Found | undefined }> = [
  // 8 September 2023
  { re: new RegExp(`\\b(\\d{1,2}) (${MONTH})\\.? (\\d{4})\\b`, 'gi'), read: (m) => day(+m[3]!, month(m[2]!), +m[1]!, m[0]) },
  // September 8, 2023
  { re: new RegExp(`\\b(${MONTH})\\.? (\\d{1,2}),? (\\d{4})\\b`, 'gi'), read: (m) => day(+m[3]!, month(m[1]!), +m[2]!, m[0]) },
  // (11/3/2025) and (4/12): Indonesian press style, day first
  {
    re: /\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\)/g,
    read: (m, p) => (m[3] ? day(+m[3], +m[2]!, +m[1]!, m[0]) : dayBefore(p, +m[2]!, +m[1]!, m[0])),
  },
  // Wednesday, September 25 / 25 September (no year)
  { re: new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})\\b(?!,? \\d{4})(?![.,]\\d)`, 'gi'), read: (m, p) => dayBefore(p, month(m[1]!), +m[2]!, m[0]) },
  { re: new RegExp(`\\b(\\d{1,2}) (${MONTH})\\b(?!\\.? \\d{4})`, 'gi'), read: (m, p) => dayBefore(p, month(m[2]!), +m[1]!, m[0]) },
  // June 2024 / Juni 2024
  { re: new RegExp(`\\b(?<!\\d )(${MONTH}) (\\d{4})\\b`, 'gi'), read: (m) => monthOf(+m[2]!, month(m[1]!), m[0]) },
  // November lalu / last November
  { re: new RegExp(`\\b(?:(${MONTH}) lalu|last (${MONTH}))\\b`, 'gi'), read: (m, p) => lastMonth(p, month((m[1] ?? m[2])!), m[0]) },
];

// "signed … on Wednesday", "pada Rabu": wire style names only the weekday, the
// latest one on or before publication. Not when a date follows ("Rabu (30/9)",
// "Wednesday, September 30"), which the patterns above read.
const WEEKDAY_PATTERN = new RegExp(`\\b(?:[Oo]n|pada|pada hari|hari)\\s+(${WEEKDAY})\\b(?!\\s*\\(|,?\\s+(?:\\d|[A-Z][a-z]+\\.?\\s+\\d))`, 'g');

/** `exactPublication`: the publication date is printed, not inferred, so a bare weekday can be dated from it. */
export function findDates(sentence: string, published: string, exactPublication = false): DateMention[] {
  const weekdays = exactPublication ? weekdayDates(sentence, published) : [];
  // Every other pattern needs a digit or "lalu"/"last": most sentences have neither.
  if (!/\d|lalu|last/i.test(sentence)) return weekdays.map(({ at: _at, ...mention }) => mention);
  const found: Array<DateMention & { at: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const { re, read } of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const mention = read(m as RegExpExecArray, published);
      if (!mention) continue;
      taken.push([start, end]);
      found.push({ ...mention, reporting: REPORTING.test(sentence.slice(0, start)), at: start });
    }
  }
  const all = [...found, ...weekdays.map((w) => ({ ...w, at: sentence.indexOf(w.text) }))].filter(
    (w, i, list) => !(i >= found.length && found.some((f) => f.iso === w.iso)),
  );
  return all.sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
}

function weekdayDates(sentence: string, published: string): Array<DateMention & { at: number }> {
  const out: Array<DateMention & { at: number }> = [];
  for (const m of sentence.matchAll(WEEKDAY_PATTERN)) {
    const weekday = weekdayNumber(m[1]!)!;
    const date = new Date(`${published}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) continue;
    date.setUTCDate(date.getUTCDate() - ((weekdayOf(published) - weekday + 7) % 7));
    const iso = date.toISOString().slice(0, 10);
    out.push({ iso, precision: 'day', text: m[1]!, reporting: REPORTING.test(sentence.slice(0, m.index)), at: m.index! });
  }
  return out;
}

function month(name: string): number {
  return monthNumber(name) ?? 0;
}

function day(year: number, monthNumber: number, dayNumber: number, text: string): Found | undefined {
  if (!valid(year, monthNumber, dayNumber)) return undefined;
  return { iso: `${year}-${pad(monthNumber)}-${pad(dayNumber)}`, precision: 'day', text };
}

function monthOf(year: number, monthNumber: number, text: string): Found | undefined {
  if (monthNumber < 1 || year < 1900 || year > 2100) return undefined;
  return { iso: `${year}-${pad(monthNumber)}`, precision: 'month', text };
}

// A day and month without a year: the latest such date on or before publication.
function dayBefore(published: string, monthNumber: number, dayNumber: number, text: string): Found | undefined {
  const year = +published.slice(0, 4);
  const candidate = `${year}-${pad(monthNumber)}-${pad(dayNumber)}`;
  return day(candidate <= published ? year : year - 1, monthNumber, dayNumber, text);
}

function lastMonth(published: string, monthNumber: number, text: string): Found | undefined {
  const year = +published.slice(0, 4);
  const publishedMonth = +published.slice(5, 7);
  return monthOf(monthNumber < publishedMonth ? year : year - 1, monthNumber, text);
}

function valid(year: number, monthNumber: number, dayNumber: number): boolean {
  if (year < 1900 || year > 2100 || monthNumber < 1 || monthNumber > 12 || dayNumber < 1) return false;
  return dayNumber <= new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
