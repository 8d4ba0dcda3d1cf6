/**
 * Packs escaped mrkdwn lines into texts of at most `max` characters, for
 * section blocks (3,000 each). Lines stay whole where they fit; a longer line
 * is cut at a space where possible. Hazards: a cut must never split an
 * entity (`&amp;`) or a surrogate pair, and the continuation of a quote line
 * must stay a quote (`> `). Section texts hold no links, so no `<…>` can be cut.
 */
const QUOTE = '> ';

export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of lines.flatMap((line) => wrapLine(line, max))) {
    if (current && current.length + 1 + piece.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks.filter((c) => c.trim().length > 0);
}

/** Cuts one escaped line into pieces of at most `max` characters. */
export function wrapLine(line: string, max: number): string[] {
  const prefix = line.startsWith(QUOTE) ? QUOTE : '';
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const cut = cutPoint(rest, max, prefix.length);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = prefix + rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces.filter((p) => p.trim().length > 0);
}

// The last safe place to cut at or before `max`: a space in the second half
// of the window if there is one, else the hard limit moved back out of any
// entity or surrogate pair. Always past `min` (the quote prefix), so each
// round makes progress.
function cutPoint(text: string, max: number, min: number): number {
  const space = text.lastIndexOf(' ', max);
  if (space > max / 2) return space;
  let cut = max;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp > cut - 5 && !text.slice(amp, cut).includes(';')) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut > min ? cut : max;
}
