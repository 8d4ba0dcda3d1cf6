/**
 * Cuts an over-long sentence for a chat answer without inventing a word:
 * the sentence's opening up to the end of a clause (a comma, semicolon,
 * colon or dash) when one falls late enough to keep the gist, else up to a
 * word, followed by "…". What is kept is verbatim, so "the quote minus its
 * ellipsis is a prefix of the sentence" holds for every cut
 * (test/src/answer/short-quote.test.ts).
 */

export const ELLIPSIS = '…';

// A clause cut that keeps less than this share of the room loses the gist; a word cut is better then.
const MIN_CLAUSE_SHARE = 0.4;
const CLAUSE_END = /[,;:](?=\s)|\s[—–-](?=\s)|\)(?=\s)/g;

export function shortQuote(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(1, max - ELLIPSIS.length) + 1);
  const clause = lastMatch(room, CLAUSE_END);
  const space = room.lastIndexOf(' ');
  const cut = clause >= max * MIN_CLAUSE_SHARE ? clause : space > 0 ? space : hardCut(text, max - ELLIPSIS.length);
  return `${text.slice(0, cut).replace(/[\s,;:—–-]+$/u, '')}${ELLIPSIS}`;
}

/** The text a quote shows from its sentence: without the ellipsis a cut added. */
export function uncut(quote: string): string {
  return quote.endsWith(ELLIPSIS) ? quote.slice(0, -ELLIPSIS.length) : quote;
}

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) if (match.index + 1 < text.length) last = match.index + (match[0].startsWith(')') ? 1 : 0);
  return last;
}

// A single word longer than the room: cut inside it, never between the halves of a surrogate pair.
function hardCut(text: string, at: number): number {
  const cut = Math.max(1, at);
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}
