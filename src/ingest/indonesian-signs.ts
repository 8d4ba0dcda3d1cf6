/**
 * Signs that an article is set in Indonesia even where it names no place,
 * ministry or company the lexicon knows: an Indonesian company's legal form
 * ("PT Obi Nickel Cobalt", "… Tbk"), an amount in rupiah ("Rp16,4 triliun",
 * "IDR 5 billion"), and the text being in Indonesian. Each is weak alone — a
 * story about Brazil can be written in Indonesian — so the relevance check
 * asks for two kinds (relevance.ts).
 */
import type { Language } from '../corpus/article.ts';

export type IndonesianSign = 'company' | 'rupiah' | 'language';

export function indonesianSigns(text: string, language: Language | undefined): IndonesianSign[] {
  const signs: IndonesianSign[] = [];
  if (COMPANY.test(text)) signs.push('company');
  if (RUPIAH.test(text)) signs.push('rupiah');
  if (language === 'id') signs.push('language');
  return signs;
}

// "PT Trina Mas Agra", "PT. Antam", "Harita Nickel Tbk": Indonesia's limited company and its listed form.
const COMPANY = /\bPT\.?\s+\p{Lu}|\p{L}\s+Tbk\b/u;
// "Rp16,4 triliun", "Rp 300 juta", "IDR 5 billion", "5 triliun rupiah".
const RUPIAH = /\b(?:Rp\.?\s?\d|IDR\s?\d)|\d\s*(?:juta|miliar|triliun|million|billion|trillion)?\s+rupiah\b/i;
