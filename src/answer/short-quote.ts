/**
 * Cuts an over-long sentence for a chat answer without inventing a word:
 * the sentence's opening up to the end of a clause (a comma, semicolon,
 * colon or dash) when one falls late enough to keep the gist, else up to a
 * word, followed by "…". With a `focus` (the words the quote is cited for,
 * such as a date) that the opening would lose, the cut is a stretch of the
 * sentence around the focus instead, "…" on each side that was cut. What is
 * kept is verbatim: the quote without its ellipses is part of the sentence
 * (test/src/answer/short-quote.test.ts).
 */

export const ELLIPSIS = '…';

export interface QuoteCut {
  /** The most characters the quote may have, ellipses included. */
  readonly max: number;
  /** Text of the sentence the quote must keep, when it can. */
  readonly focus?: string;
}

// A clause cut that keeps less than this share of the room loses the gist; a word cut is better then.
const MIN_CLAUSE_SHARE = 0.4;
const CLAUSE_END = /[,;:](?=\s)|\s[—–-](?=\s)/g;

export function shortQuote(text: string, { max, focus }: QuoteCut): string {
  if (text.length <= max) return text;
  const at = focus ? text.indexOf(focus) : -1;
  if (at < 0 || at + focus!.length <= max - ELLIPSIS.length) return opening(text, max);
  return around(text, at, focus!.length, max);
}

/** The text a quote shows from its sentence: without the ellipses a cut added. */
export function uncut(quote: string): string {
  return quote.replace(/^…/, '').replace(/…$/, '');
}

function opening(text: string, max: number): string {
  const room = text.slice(0, Math.max(1, max - ELLIPSIS.length) + 1);
  const clause = lastMatch(room, CLAUSE_END);
  const space = room.lastIndexOf(' ');
  const cut = clause >= max * MIN_CLAUSE_SHARE ? clause : space > 0 ? space : hardCut(text, max - ELLIPSIS.length);
  return `${text.slice(0, cut).replace(/[\s,;:—–-]+$/u, '')}${ELLIPSIS}`;
}

// A stretch that starts at a word a little before the focus (a third of the
// spare room, so the words leading to it are kept) and ends at a word after it.
// The start is the first word at or after `from`, which never lies past the focus.
function around(text: string, at: number, length: number, max: number): string {
  const room = max - 2 * ELLIPSIS.length;
  if (length > room) return opening(text, max);
  // Near the end of the sentence, the spare room goes before the focus.
  const from = Math.min(at - Math.floor((room - length) / 3), text.length - room);
  const space = text.indexOf(' ', Math.max(0, from));
  const start = from <= 0 ? 0 : space >= 0 && space < at ? space + 1 : at;
  const head = start > 0 ? ELLIPSIS : '';
  if (text.length - start <= room) return `${head}${text.slice(start)}`;
  const last = text.lastIndexOf(' ', start + room);
  const end = last >= at + length ? last : hardCut(text, start + room);
  return `${head}${text.slice(start, end).replace(/[\s,;:—–-]+$/u, '')}${ELLIPSIS}`;
}

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

// A single word longer than the room: cut inside it, never between the halves of a surrogate pair.
function hardCut(text: string, at: number): number {
  const cut = Math.max(1, at);
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}
