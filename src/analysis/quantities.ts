/**
 * Numbers, ordinals and months as language-neutral terms, so "80 ribu ton"
 * finds "80,000 tonnes", "Rp36,4 triliun" finds "36.4 trillion", "HDCM ke-4"
 * finds "the fourth HDCM" and "Nov 2025" finds "November". Both the passage
 * side and the question side add these terms, so they meet in the index.
 *
 * A separator followed by exactly three digits is a thousands separator in
 * one language and a decimal point in the other ("1.400" is 1400 in
 * Indonesian, 1.4 in English); both readings are emitted rather than guessed.
 */

import { MONTH_NAMES as CALENDAR_MONTHS, monthNumber } from './calendar.ts';

export const QUANTITY_PREFIX = '#';

export type QuantityKind = 'number' | 'money' | 'percent';

export interface Quantity {
  /** Every value the text may mean (two when the separator is ambiguous). */
  readonly values: readonly number[];
  readonly kind: QuantityKind;
  /** The text as printed, with its currency, scale and unit ("Rp16,2 triliun", "150 ribu unit"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SCALES: Record<string, number> = {
  ribu: 1e3, rb: 1e3, thousand: 1e3, k: 1e3,
  juta: 1e6, jt: 1e6, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6,
  miliar: 1e9, milyar: 1e9, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  triliun: 1e12, trilyun: 1e12, trillion: 1e12, tn: 1e12, t: 1e12,
};
// Single letters count as scales only when glued to the number ("$1.4bn", "Rp16,2T").
const CURRENCY = String.raw`(?:rp\.?|idr|us\$|usd|\$|rmb|cny|yuan|¥|€|eur|s\$|sgd)`;
const CURRENCY_AFTER = /^\s*(?:dolar|dollars?|rupiah|yuan|renminbi|yen|euro|usd|idr|rmb|cny)\b/i;
const PERCENT_AFTER = /^\s*(?:%|persen\b|percent\b|per cent\b)/i;
const UNIT_AFTER =
  /^\s*(?:unit|units|ton|tons|tonnes|tonne|metric tons|mt|hektare|hektar|ha|hectares|mw|megawatt|gw|gigawatt|gwh|kwh|kw|wp|km|meter|persen|orang|pekerja|workers|people|perusahaan|companies|lines|lini|jalur|mobil|cars|kendaraan|vehicles)\b/i;
const MONTH_NAMES = CALENDAR_MONTHS.join('|');
const MONTH_AFTER = new RegExp(`^\\s(?:${MONTH_NAMES})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s$`, 'i');
const NUMBER = new RegExp(String.raw`(${CURRENCY}\s?)?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?(ribu|rb|juta|jt|miliar|milyar|triliun|trilyun|thousand|million|billion|trillion|mln|bln|mn|bn|tn)\b|\s?(k|m|b|t)\b)?`, 'giu');

/** The quantities printed in a text, left to right. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, currency, digits, scaleWord, gluedScale] = match;
    const start = match.index!;
    // Part of a word ("G20", "i-TOPCon") or of a date such as 30/4: not a quantity.
    if (start > 0 && /[\p{L}/]/u.test(text[start - 1]!) && !currency) continue;
    if (text[start + whole.length] === '/' && !scaleWord && !gluedScale) continue;
    // The day of a date ("8 September 2023", "September 8"), not a quantity.
    const day = /^\d{1,2}$/.test(digits!) && Number(digits) <= 31;
    if (day && !currency && !scaleWord && !gluedScale && (MONTH_AFTER.test(text.slice(start + whole.length)) || MONTH_BEFORE.test(text.slice(0, start)))) continue;
    const scaleKey = (scaleWord ?? gluedScale)?.toLowerCase();
    // "Rp16,2 T" is a scale after a currency; "20 m" alone may be metres.
    if (gluedScale && /\s/.test(whole.slice(-2, -1)) && !currency) continue;
    const scale = scaleKey ? SCALES[scaleKey] ?? 1 : 1;
    let end = start + whole.length;
    const rest = text.slice(end);
    const percent = PERCENT_AFTER.exec(rest);
    const money = currency ? undefined : CURRENCY_AFTER.exec(rest);
    const unit = percent ?? money ?? UNIT_AFTER.exec(rest);
    if (unit) end += unit[0].length;
    const kind: QuantityKind = percent ? 'percent' : currency || money ? 'money' : 'number';
    const values = readings(digits!).map((v) => round(v * scale));
    found.push({ values: [...new Set(values)], kind, text: text.slice(start, end).trim(), start, end });
  }
  return found;
}

// Small numbers are often spelled out: "tiga pilar", "three pillars", "dua perusahaan".
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20,
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
};

/** Terms for spelled-out small numbers in a normalised text. */
export function numberWordTerms(normalised: string): string[] {
  const terms = new Set<string>();
  for (const match of normalised.matchAll(/\b(\p{L}+)\b/gu)) {
    const n = NUMBER_WORDS[match[1]!];
    // "dua belas", "tiga puluh", "lima ratus": compounds are left to the digits.
    if (n !== undefined && !/^\s+(?:belas|puluh|ratus|ribu|juta|miliar|hundred|thousand|million|billion)\b/.test(normalised.slice(match.index! + match[1]!.length))) terms.add(quantityTerm(n));
  }
  return [...terms];
}

/** The spelled-out small numbers, as regex alternatives ("satu|dua|…|one|two|…"). */
export const NUMBER_WORD_ALTERNATIVES = Object.keys(NUMBER_WORDS).join('|');

export function isNumberWord(word: string): boolean {
  return word in NUMBER_WORDS;
}

/** The index terms of a value: "#150000". */
export function quantityTerm(value: number): string {
  return `${QUANTITY_PREFIX}${value}`;
}

export function quantityTerms(text: string): string[] {
  return [...new Set(findQuantities(text).flatMap((q) => q.values.map(quantityTerm)))];
}

// "150.000" → [150000, 150]; "5,20" → [5.2]; "1,045.4" → [1045.4]; "2024" → [2024].
function readings(digits: string): number[] {
  const separators = digits.replace(/\d/g, '');
  if (!separators) return [Number(digits)];
  const groups = digits.split(/[.,]/);
  const last = groups.at(-1)!;
  if (separators.length === 1) {
    const asDecimal = Number(digits.replace(',', '.'));
    // "1.400": thousands in Indonesian, a decimal in English.
    return last.length === 3 ? [Number(groups.join('')), asDecimal] : [asDecimal];
  }
  const decimalMark = separators.at(-1)!;
  const thousandsMark = separators[0]!;
  if (decimalMark !== thousandsMark) {
    const [whole, fraction] = [digits.slice(0, digits.lastIndexOf(decimalMark)), digits.slice(digits.lastIndexOf(decimalMark) + 1)];
    return [Number(`${whole.split(thousandsMark).join('')}.${fraction}`)];
  }
  return [Number(groups.join(''))];
}

function round(value: number): number {
  return Number(value.toPrecision(10));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, pertama: 1, perdana: 1, inaugural: 1, second: 2, kedua: 2, third: 3, ketiga: 3, fourth: 4, keempat: 4,
  fifth: 5, kelima: 5, sixth: 6, keenam: 6, seventh: 7, ketujuh: 7, eighth: 8, kedelapan: 8, ninth: 9, kesembilan: 9,
  tenth: 10, kesepuluh: 10,
};
// Indonesian "kedua negara" is "both countries", "pertemuan kedua" the second meeting: a ke- word is an ordinal after a noun, not before one.
const KE_WORD = /^ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)$/;
const ORDINAL = /\b(?:ke-?\s?(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)|(?:no\.?|nomor|number)\s?(\d{1,2}|satu|one)|(\p{L}+))\b/giu;

/** An ordinal as printed ("ke-4", "4th", "fourth", "keempat", "No. 1") and its value. */
export interface Ordinal {
  readonly n: number;
  readonly text: string;
  readonly start: number;
}

/** The ordinals of a text; a ke- word is one only after a noun and not before a noun of parties ("kedua negara" is "both countries"). */
export function findOrdinals(text: string): Ordinal[] {
  const found: Ordinal[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const digits = match[1] ?? match[2] ?? match[3];
    let n: number | undefined;
    if (digits) n = /^\d+$/.test(digits) ? Number(digits) : 1;
    else {
      const word = match[4]!.toLowerCase();
      n = ORDINAL_WORDS[word];
      if (n !== undefined && KE_WORD.test(word) && (!followsNoun(text, match.index!) || beforeParties(text, match.index! + word.length))) n = undefined;
    }
    if (n !== undefined && n > 0 && n <= 50) found.push({ n, text: match[0], start: match.index! });
  }
  return found;
}

/** Ordinals as terms ("#ord4" for "ke-4", "4th", "fourth", "keempat"), Roman numerals after a stage word included. */
export function ordinalTerms(text: string): string[] {
  const terms = new Set(findOrdinals(text).map((o) => `${QUANTITY_PREFIX}ord${o.n}`));
  // "fase III", "Phase II", "triwulan IV": Roman numerals after a word for a stage.
  for (const match of text.matchAll(/\b(?:fase|phase|tahap|stage|triwulan|kuartal|quarter|semester|putaran|round|jilid|angkatan)\s+(i{1,3}|iv|vi{0,3}|ix|x)\b/gi)) {
    terms.add(`${QUANTITY_PREFIX}ord${ROMAN[match[1]!.toLowerCase()]}`);
  }
  return [...terms];
}

function followsNoun(text: string, at: number): boolean {
  const before = /(\p{L}+)[\s-]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return before !== null && !BEFORE_COUNT.has(before[1]!.toLowerCase());
}
// "konsensus kedua kepala negara" is the consensus of both heads of state.
function beforeParties(text: string, end: number): boolean {
  const next = /^[\s-]*(\p{L}+)/u.exec(text.slice(end, end + 30));
  return next !== null && PARTIES.has(next[1]!.toLowerCase());
}
const PARTIES = new Set(
  'negara pihak belah kepala pemimpin perusahaan menteri presiden bank lembaga kementerian tim organisasi pejabat kota provinsi mitra bangsa kawasan sisi orang tokoh delegasi pemerintah pemerintahan entitas investor kubu perusahaannya anak'.split(' '),
);
const BEFORE_COUNT = new Set(['antara', 'dan', 'oleh', 'bagi', 'untuk', 'dari', 'kepada', 'dengan', 'di', 'ke', 'pada', 'bahwa', 'yang', 'para', 'serta']);


/** The month a word names, 1–12. ("may"/"mar" only when beside a number or year, where they cannot be the verbs.) */
export function monthOf(word: string): number | undefined {
  return monthNumber(word);
}

/** Month terms for the month names a text prints ("January-February", "Nov 2025"). */
export function monthTermsIn(normalised: string): string[] {
  const terms = new Set<string>();
  for (const match of normalised.matchAll(/\b(\p{L}+)\b/gu)) {
    const month = monthNumber(match[1]!);
    if (month === undefined) continue;
    // "may", "mar", "jan"… are months only beside a number.
    if (match[1]!.length <= 3 && !/\d\s*$/.test(normalised.slice(0, match.index)) && !/^\s*\d/.test(normalised.slice(match.index! + match[1]!.length))) continue;
    terms.add(monthTerm(month));
  }
  return [...terms];
}

export function monthTerm(month: number): string {
  return `${QUANTITY_PREFIX}month${month}`;
}

export function yearTerm(year: number): string {
  return `${QUANTITY_PREFIX}year${year}`;
}
