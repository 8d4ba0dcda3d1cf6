/**
 * Stemming by language, memoised: the same few thousand words recur in every
 * passage and question, and the Indonesian stemmer's dictionary look-ups are
 * the costliest step of analysis.
 */
import type { Language } from '../corpus/article.ts';
import { stemEnglish } from './stem-en.ts';
import { stemIndonesian } from './stem-id.ts';

const STEMMERS: Record<Language, (token: string) => string> = { id: stemIndonesian, en: stemEnglish };
// Bounded so a flood of unique junk tokens from chat cannot grow memory forever.
const CACHE_LIMIT = 200_000;
const caches: Record<Language, Map<string, string>> = { id: new Map(), en: new Map() };

export function stem(token: string, language: Language): string {
  const cache = caches[language];
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = STEMMERS[language](token);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}
