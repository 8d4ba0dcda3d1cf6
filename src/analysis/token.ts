/**
 * A token seen through both languages' pipelines. Queries are matched in both
 * (an English question finds Indonesian articles); documents index the stem of
 * their own language.
 */
import type { Language } from '../corpus/article.ts';
import { normalize } from '../text/normalize.ts';
import { stem } from '../text/stem.ts';
import { isStopword } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

export interface Token {
  readonly surface: string;
  readonly id: string;
  readonly en: string;
}

export function toTokens(text: string): Token[] {
  return tokenize(normalize(text)).map((surface) => ({
    surface,
    id: stem(surface, 'id'),
    en: stem(surface, 'en'),
  }));
}

/** True when the token carries no content in either language. */
export function isFunctionWord(token: Token, language?: Language): boolean {
  if (language) return isStopword(token.surface, language);
  return isStopword(token.surface, 'id') || isStopword(token.surface, 'en');
}
