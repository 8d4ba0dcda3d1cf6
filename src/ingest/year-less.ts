/**
 * The year of a dateline printed without one ("Rabu (27/11)", "March 25
 * (Reuters)"). Candidates are tried in order: the years the page and its
 * source state (its address, its feed item), the years its text prints
 * (latest first), then the year of import and each year before it. A date
 * after the day of import is never taken, so "27/11" read on 3 December is
 * this year's, and read on 1 November last year's.
 *
 * When the weekday is printed it decides: 27 November was a Wednesday in 2024
 * and 2019 but not in the years between, so "Rabu (27/11)" on a page that
 * mentions only 2017 is 2024, the latest Wednesday 27 November before import.
 * A weekday that fits no candidate is a misprint: the first candidate that is
 * not in the future is taken, as for a dateline without a weekday.
 */
import { calendarDate, weekdayOf, yearOf } from './calendar.ts';

export interface YearlessDate {
  readonly day: number;
  readonly month: number;
  /** 0 = Sunday … 6 = Saturday, when printed. */
  readonly weekday?: number;
}

/** How far back from the year of import a weekday is looked for; it recurs within seven years (leap days within 28). */
export const YEARS_BACK = 28;

export function resolveYear(date: YearlessDate, candidates: readonly number[], ceiling: string): string | undefined {
  const importYear = yearOf(ceiling);
  const years = [...new Set([...candidates, ...Array.from({ length: YEARS_BACK + 1 }, (_, i) => importYear - i)])];
  const possible = years.map((year) => calendarDate(year, date.month, date.day)).filter((d): d is string => d !== undefined && d <= ceiling);
  if (date.weekday !== undefined) {
    const fitting = possible.find((d) => weekdayOf(d) === date.weekday);
    if (fitting) return fitting;
  }
  return possible[0];
}
