/** English stemming: the Porter2 (Snowball English) algorithm. */
import porter2 from 'wink-porter2-stemmer';

export function stemEnglish(token: string): string {
  if (token.length < 3 || /\d/.test(token)) return token;
  return porter2(token);
}
