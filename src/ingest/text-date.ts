/**
 * A date from the article's own text, when neither its metadata nor its
 * address gives one. Two kinds, best first:
 *
 * 1. Datelines: a weekday with a date, the Indonesian press habit ("Senin
 *    (11/11/2024)", "Jumat (8/9)", "Rabu, 25 September 2024"), or a wire
 *    service's lead ("BEIJING, March 25 (Reuters) -", "JAKARTA, 26 Mei 2025 -").
 *    They date the event reported, which is the day of publication or one
 *    before; the latest of them is taken.
 * 2. Otherwise the latest whole date the text prints ("26 Mei 2025", "May 26,
 *    2025"): a lower bound of the publication date.
 *
 * Either way the result is approximate. A dateline without a year takes it
 * from the page (year-less.ts); a date after `ceiling` (the day of import) is
 * never taken. A copyright line is not article text (furniture), so "© 2025"
 * never reaches this rule.
 */
import { calendarDate, MONTH_NAME, monthNumber, WEEKDAY_NAME, weekdayNumber, yearOf } from '../analysis/calendar.ts';
import { allPrintedDates } from './dates.ts';
import { resolveYear, type YearlessDate } from './year-less.ts';

export interface TextDateContext {
  /** Years the page's address or its feed item states: a year-less dateline takes them as they are. */
  readonly knownYears: readonly number[];
  /** The latest believable day: the day of import. */
  readonly ceiling: string;
  readonly floor: string;
}

/** YYYY-MM-DD, or undefined when the text dates nothing believable. */
export function dateFromText(paragraphs: readonly string[], context: TextDateContext): string | undefined {
  const text = paragraphs.join('\n');
  const printed = allPrintedDates(text).filter((d) => d >= context.floor && d <= context.ceiling);
  // Years the text itself states, latest first: the year of a dateline is more often the latest than the earliest.
  const textYears = [...new Set([...printed.map(yearOf), ...yearsMentioned(text)])].sort((a, b) => b - a);
  const clues = { known: context.knownYears, printed: textYears };
  const dated = datelines(paragraphs)
    .map((d) => (d.year ? whole(d) : resolveYear(d, clues, context.ceiling)))
    .filter((d): d is string => d !== undefined && d >= context.floor && d <= context.ceiling);
  return latest(dated) ?? latest(printed);
}

type Dateline = YearlessDate & { readonly year?: number };

// "Senin (11/11/2024)", "Jumat (8/9)", "Rabu (27/11)".
const WEEKDAY_NUMERIC = new RegExp(`\\b${WEEKDAY_NAME}\\s*,?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)`, 'gi');
// "Rabu, 25 September 2024", "Senin 26 Mei".
const WEEKDAY_DAY_MONTH = new RegExp(`\\b${WEEKDAY_NAME},?\\s+(\\d{1,2})\\s+${MONTH_NAME}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi');
// "Monday, May 26, 2025", "on Wednesday, September 25".
const WEEKDAY_MONTH_DAY = new RegExp(`\\b${WEEKDAY_NAME},?\\s+${MONTH_NAME}\\.?\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi');
// A paragraph's lead: "BEIJING, March 25 (Reuters) -", "JAKARTA, Aug. 8 (Xinhua) --".
const WIRE_MONTH_DAY = new RegExp(`^\\p{Lu}[\\p{L} .'’-]{1,40},\\s+${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*[(–—-]`, 'iu');
// "JAKARTA, 26 Mei 2025 -", "Jakarta, 26/5/2025 -".
const WIRE_DAY_MONTH = new RegExp(`^\\p{Lu}[\\p{L} .'’-]{1,40},\\s+(\\d{1,2})\\s+${MONTH_NAME}\\.?(?:\\s+(\\d{4}))?\\s*[(–—-]`, 'iu');

function datelines(paragraphs: readonly string[]): Dateline[] {
  const found: Dateline[] = [];
  for (const paragraph of paragraphs) {
    for (const m of paragraph.matchAll(WEEKDAY_NUMERIC)) push(found, +m[2]!, +m[3]!, m[4], m[1]);
    for (const m of paragraph.matchAll(WEEKDAY_DAY_MONTH)) push(found, +m[2]!, monthNumber(m[3]!), m[4], m[1]);
    for (const m of paragraph.matchAll(WEEKDAY_MONTH_DAY)) push(found, +m[3]!, monthNumber(m[2]!), m[4], m[1]);
    const wire = WIRE_MONTH_DAY.exec(paragraph);
    if (wire) push(found, +wire[2]!, monthNumber(wire[1]!), wire[3]);
    const wireDay = WIRE_DAY_MONTH.exec(paragraph);
    if (wireDay) push(found, +wireDay[1]!, monthNumber(wireDay[2]!), wireDay[3]);
  }
  return found;
}

function push(into: Dateline[], day: number, month: number | undefined, year: string | undefined, weekday?: string): void {
  if (!month || month > 12 || day < 1 || day > 31) return;
  const fullYear = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
  into.push({ day, month, year: fullYear, weekday: weekday === undefined ? undefined : weekdayNumber(weekday) });
}

// A dateline with its year: the printed numbers are believed over a weekday that does not fit them (a misprinted day name is the commoner slip).
function whole(d: Dateline): string | undefined {
  return calendarDate(d.year!, d.month, d.day);
}

// Four-digit years from 1990 on, as the text mentions them ("sejak 2017", "in 2020").
function yearsMentioned(text: string): number[] {
  return [...text.matchAll(/\b(19[89]\d|20\d{2})\b/g)].map((m) => Number(m[1])).filter((y) => y >= 1990);
}

function latest(dates: readonly string[]): string | undefined {
  return dates.length ? [...dates].sort().at(-1) : undefined;
}
