/**
 * Language-neutral index terms: the values of the quantities a text prints,
 * its ordinals, and the years and months of the dates it mentions. A passage
 * adds them to its stems; an article adds the year and month it was
 * published; a question turns its own into groups (see question.ts).
 */
import type { Article } from '../corpus/article.ts';
import type { DateMention } from './dates.ts';
import { monthTerm, monthTermsIn, numberWordTerms, ordinalTerms, quantityTerm, quantityTerms } from './quantities.ts';
import { normalize } from '../text/normalize.ts';

export function passageNeutralTerms(text: string, dates: readonly DateMention[]): string[] {
  const normal = normalize(text);
  const terms = new Set([...quantityTerms(text), ...ordinalTerms(normal), ...monthTermsIn(normal), ...numberWordTerms(normal)]);
  for (const date of dates) for (const term of dateTerms(date.iso)) terms.add(term);
  return [...terms];
}

/** The year and month an article was published, unless its date is only the time of import. */
export function articleDateTerms(article: Pick<Article, 'published' | 'publishedApprox'>): string[] {
  return article.publishedApprox ? [] : dateTerms(article.published);
}

function dateTerms(iso: string): string[] {
  const [year, month] = iso.split('-').map(Number);
  return [quantityTerm(year!), ...(month ? [monthTerm(month)] : [])];
}
