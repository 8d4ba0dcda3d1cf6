/**
 * The masthead: the lines between a headline and the first sentence of the
 * story — date and reporter lines ("SABTU, 28 SEPTEMBER 2024 | 14:23 WIB |
 * LAPORAN: ALIFIA DWI RAMANDHITA", "Diperbarui 5 Desember 2023 01:10 WIB"),
 * a section/date/editor header, the reporter's name or a photo caption
 * printed twice, a dateline naming the site ("Jakarta, situsenergi.com").
 * None of it is article text; the date, time and reporter are read from it.
 */
import { isProse, sameText } from './blocks.ts';
import { findPrintedDate, type PrintedDate } from './dates.ts';

export interface Masthead {
  /** The reporter, when a line names one. */
  readonly author?: string;
  /** The first date line's date (and time): the outlet's own stamp. */
  readonly date?: PrintedDate;
  /** The blocks after the masthead, starting with the first sentence. */
  readonly rest: readonly string[];
}

export function readMasthead(blocks: readonly string[]): Masthead {
  const end = blocks.findIndex(isProse);
  const lines = end === -1 ? [] : blocks.slice(0, end);
  let date: PrintedDate | undefined;
  let author: string | undefined;
  for (const [i, line] of lines.entries()) {
    date ??= findPrintedDate(line);
    author ??= labelledAuthor(line) ?? repeatedName(line, lines[i + 1]);
  }
  return { author, date, rest: end === -1 ? blocks : blocks.slice(end) };
}

/** Names in capitals ("ALIFIA DWI RAMANDHITA") in proper case; mixed case is kept as printed. */
export function properCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

// "Laporan: X", "Reporter: X", "Penulis: X", "Oleh X", "By X" — not "Editor", who did not write it.
const AUTHOR_LABEL = /(?:^|[|•·]\s*|\s)(?:laporan|reporter|penulis|wartawan|pewarta|oleh|by)\s*:?\s+(\p{L}[\p{L} .'-]*?)\s*(?=$|[|•·,]|\s(?:editor|penyunting|redaktur)\b)/iu;

function labelledAuthor(line: string): string | undefined {
  const name = AUTHOR_LABEL.exec(line)?.[1];
  return name && isName(name) ? properCase(name) : undefined;
}

// A bare name is only taken as the reporter when printed twice in a row (the
// byline widget and its text copy); once, it could be a section label.
function repeatedName(line: string, next: string | undefined): string | undefined {
  return next !== undefined && sameText(line, next) && isName(line) ? properCase(line) : undefined;
}

function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}.'-]*$/u.test(w));
}
