/**
 * The year of a dateline printed without one ("Rabu (27/11)", "March 25
 * (Reuters)"). A date after the day of import is never taken, so "27/11"
 * read on 3 December is this year's, and read on 1 November last year's.
 *
 * When the page's address or its feed item states a year, that year is the
 * dateline's (or the one before, if that year's date is still to come).
 * Otherwise the candidates are the years the text prints (latest first),
 * then the year of import and each year before it, and a printed weekday
 * decides among them: 27 November was a Wednesday in 2024 and 2019 but not
 * in the years between, so "Rabu (27/11)" on a page that mentions only 2017
 * is 2024, the latest Wednesday 27 November before import. When the weekday
 * fits none (a misprint), the first candidate that is not in the future is
 * taken, as for a dateline without a weekday.
 */
import { calendarDate, weekdayOf, yearOf } from '../analysis/calendar.ts';

export interface YearlessDate {
  readonly day: number;
  readonly month: number;
  /** 0 = Sunday … 6 = Saturday, when printed. */
  readonly weekday?: number;
}

export interface YearClues {
  /** Years the address or the feed item state: taken as they are. */
  readonly known: readonly number[];
  /** Years the text prints, latest first: candidates the weekday chooses among. */
  readonly printed: readonly number[];
}

/** How far back from the year of import a weekday is looked for; any weekday recurs within seven years (29 February within 28). */
export const YEARS_BACK = 28;

export function resolveYear(date: YearlessDate, clues: YearClues, ceiling: string): string | undefined {
  const possible = (years: readonly number[]) =>
    [...new Set(years)].map((year) => calendarDate(year, date.month, date.day)).filter((d): d is string => d !== undefined && d <= ceiling);
  if (clues.known.length > 0) return possible(clues.known.flatMap((year) => [year, year - 1]))[0];
  const importYear = yearOf(ceiling);
  const candidates = possible([...clues.printed, ...Array.from({ length: YEARS_BACK + 1 }, (_, i) => importYear - i)]);
  const fitting = date.weekday === undefined ? undefined : candidates.find((d) => weekdayOf(d) === date.weekday);
  return fitting ?? candidates[0];
}
