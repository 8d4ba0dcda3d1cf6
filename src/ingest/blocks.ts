/**
 * The unit the importer reasons about: one block of text (a line of a
 * captured page, a paragraph of an HTML page), cleaned of layout whitespace,
 * and the two shapes a block can have — running prose or a headline.
 * Extraction (text and HTML) and furniture stripping share these tests so a
 * page is read the same way whatever form it arrived in.
 */

// Invisible characters copied along with web text (zero-width spaces, soft hyphens, BOM).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Sentence-final punctuation, possibly followed by closing quotes or brackets. A
// closing quote alone is not enough: headlines quote titles ("Bedah Buku ‘Reset Indonesia’").
const ENDS_LIKE_SENTENCE = /[.!?]["'”’)\]]*$/u;

/** Collapses every run of whitespace (non-breaking spaces included) to one space and trims. */
export function cleanBlock(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function wordCount(text: string): number {
  return text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Running prose: a sentence of a few words that ends like one, or a block too
 * long to be a headline. Headlines, labels, bylines, captions without a full
 * stop and lists of other headlines are not.
 */
export function isProse(block: string): boolean {
  const words = wordCount(block);
  return words >= 30 || (words >= 5 && ENDS_LIKE_SENTENCE.test(block));
}

/** A headline: a handful of words, not a sentence (no final full stop or colon). */
export function isHeadlineLike(block: string): boolean {
  const words = wordCount(block);
  return words >= 4 && words <= 30 && block.length <= 250 && !/[.,;:]$/.test(block);
}

/** Case-, accent- and punctuation-insensitive form, to recognise the same line printed twice. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
