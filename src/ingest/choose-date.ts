/**
 * An article's publication date from the best evidence at hand, in this
 * order (the first believable one wins):
 *
 *   operator  a date the caller states (`--date`, a seed's editor)
 *   meta      the page's metadata: JSON-LD, meta tags, <time datetime>
 *   url       a whole date in the page's address
 *   text      the masthead's date line (exact), else a dateline or date in
 *             the body (approximate; text-date.ts)
 *   feed      the feed item's date
 *   http      the server's Last-Modified (approximate: a modification time)
 *   url       a year and month in the address, as the 1st of that month (approximate)
 *   import    the day of import (approximate)
 *
 * Believable: not before 1990 and not after the day of import (a day of
 * slack, as an outlet's local date runs ahead of UTC). A page whose address
 * holds only a year and month must agree with it. Nothing here is a guess
 * passed off as the outlet's date: every inferred date has publishedApprox.
 */
import type { DateSource } from '../corpus/article.ts';
import { calendarDate, isoDayOf, yearOf } from '../analysis/calendar.ts';
import type { PrintedDate } from './dates.ts';
import type { ArticleDraft } from './draft.ts';
import { dateFromText } from './text-date.ts';
import { dateInUrl, type UrlDate } from './url-date.ts';

/** A date found in the page itself by extraction. */
export interface DateClue extends PrintedDate {
  readonly source: Extract<DateSource, 'meta' | 'text'>;
}

/** What the importer knows of a page's date from outside it. */
export interface OutsideDates {
  /** The feed item's date. */
  readonly feed?: PrintedDate;
  /** The response's Last-Modified header, as sent. */
  readonly lastModified?: string;
}

export interface ChosenDate {
  readonly published: string;
  readonly publishedTime?: string;
  readonly publishedApprox?: true;
  readonly dateSource: DateSource;
}

/** The earliest believable publication date. */
export const EARLIEST_DATE = '1990-01-01';

export function chooseDate(draft: ArticleDraft, outside: OutsideDates, now: number): ChosenDate {
  if (draft.published) return stated(draft);
  const ceiling = isoDayOf(now + DAY_MS);
  const believable = (date: string | undefined): date is string => date !== undefined && date >= EARLIEST_DATE && date <= ceiling;
  const url = dateInUrl(draft.url);
  const fits = (date: string) => believable(date) && agreesWith(url, date);
  const clues = draft.dates ?? [];
  const exact = (source: DateSource, found: PrintedDate | undefined): ChosenDate | undefined =>
    found && fits(found.date) ? { published: found.date, publishedTime: found.time ?? timeOn(found.date, clues), dateSource: source } : undefined;
  const approx = (source: DateSource, date: string | undefined): ChosenDate | undefined => (date && fits(date) ? { published: date, publishedApprox: true, dateSource: source } : undefined);
  return (
    exact('meta', clues.find((c) => c.source === 'meta' && fits(c.date))) ??
    exact('url', url?.date ? { date: url.date } : undefined) ??
    exact('text', clues.find((c) => c.source === 'text' && fits(c.date))) ??
    approx('text', dateFromText(draft.paragraphs, { knownYears: knownYears(url, outside), ceiling, floor: EARLIEST_DATE })) ??
    exact('feed', outside.feed) ??
    approx('http', httpDay(outside.lastModified)) ??
    approx('url', url?.month ? calendarDate(url.year, url.month, 1) : undefined) ?? { published: isoDayOf(now), publishedApprox: true, dateSource: 'import' }
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Hints already hold the date: an operator's, or an editor's for a seed.
function stated(draft: ArticleDraft): ChosenDate {
  return {
    published: draft.published!,
    ...(draft.publishedTime && { publishedTime: draft.publishedTime }),
    ...(draft.publishedApprox && { publishedApprox: true as const }),
    dateSource: draft.dateSource ?? 'operator',
  };
}

// A year and month in the address rule out any other month.
function agreesWith(url: UrlDate | undefined, date: string): boolean {
  if (!url || url.date) return true;
  return yearOf(date) === url.year && (url.month === undefined || Number(date.slice(5, 7)) === url.month);
}

// The time printed with the same day in the page, for a date found without one (in the address).
function timeOn(date: string, clues: readonly DateClue[]): string | undefined {
  return clues.find((c) => c.date === date && c.time)?.time;
}

function knownYears(url: UrlDate | undefined, outside: OutsideDates): number[] {
  return [url?.year, outside.feed && yearOf(outside.feed.date)].filter((y): y is number => y !== undefined);
}

function httpDay(header: string | undefined): string | undefined {
  const time = header ? Date.parse(header) : Number.NaN;
  return Number.isNaN(time) ? undefined : isoDayOf(time);
}
