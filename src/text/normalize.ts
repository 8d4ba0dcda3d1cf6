/**
 * Text normalisation shared by indexing and querying, so both sides agree on
 * every character: accents folded, invisible characters removed, typographic
 * punctuation unified, lower case.
 */

// Zero-width characters, bidirectional controls and the BOM: they hide inside
// pasted chat text and would split or glue words invisibly.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const COMBINING_MARKS = /\p{M}+/gu;

export function normalize(text: string): string {
  return foldPunctuation(text.replace(INVISIBLE, ''))
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}

/** Unifies quotes and dashes but keeps case and accents (for display text). */
export function foldPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}
