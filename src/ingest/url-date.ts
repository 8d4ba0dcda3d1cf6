/**
 * A date in a page's address, as content systems put it there: `/2024/06/17/`,
 * `/2024/0617/`, `/20240617…` (a segment starting with eight digits, often
 * followed by the time), `/2024-06-17/` or `…-2024-06-17`. A path with only a
 * year and month (`/2023/12/576970/`) gives a partial date: not a publication
 * day, but it fixes the year and month, which the text rules use.
 */
import { calendarDate } from '../analysis/calendar.ts';
import { parseHttpUrl } from './http-url.ts';

export interface UrlDate {
  /** YYYY-MM-DD when the address holds a whole date. */
  readonly date?: string;
  readonly year: number;
  readonly month?: number;
}

export function dateInUrl(url: string | undefined): UrlDate | undefined {
  const parsed = parseHttpUrl(url);
  if (!parsed) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean).map(safeDecode);
  let partial: UrlDate | undefined;
  for (const [i, segment] of segments.entries()) {
    const whole = compactDate(segment) ?? dashedDate(segment);
    if (whole) return whole;
    if (!YEAR.test(segment)) continue;
    const found = yearFirst(+segment, segments[i + 1], segments[i + 2]);
    if (found?.date) return found;
    partial ??= found;
  }
  return partial;
}

const YEAR = /^(?:19|20)\d{2}$/;

// /2024/06/17/, /2024/6/7/, /2024/0617/ and /2023/12/ (partial).
function yearFirst(year: number, next: string | undefined, after: string | undefined): UrlDate | undefined {
  if (next && /^\d{4}$/.test(next)) {
    const date = calendarDate(year, +next.slice(0, 2), +next.slice(2));
    return date ? { date, year, month: +next.slice(0, 2) } : undefined;
  }
  if (!next || !/^\d{1,2}$/.test(next) || +next < 1 || +next > 12) return undefined;
  const month = +next;
  const date = after && /^\d{1,2}$/.test(after) ? calendarDate(year, month, +after) : undefined;
  return date ? { date, year, month } : { year, month };
}

// "20240617123456-92-…" or "20240617-…": eight digits that open a segment and form a real date.
function compactDate(segment: string): UrlDate | undefined {
  const m = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?=$|[^\d])/.exec(segment);
  return m ? whole(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

// "2024-06-17" as a segment or at the end of a slug.
function dashedDate(segment: string): UrlDate | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:$|[^\d])/.exec(segment);
  return m ? whole(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

function whole(year: number, month: number, day: number): UrlDate | undefined {
  const date = calendarDate(year, month, day);
  return date ? { date, year, month } : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
