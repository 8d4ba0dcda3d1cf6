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

/** `published`: the article's printed publication date, which dates "last year" and "this year". */
export function passageNeutralTerms(text: string, dates: readonly DateMention[], published?: string): string[] {
  const normal = normalize(text);
  const terms = new Set([...quantityTerms(text), ...ordinalTerms(normal), ...monthTermsIn(normal), ...numberWordTerms(normal)]);
  for (const date of dates) for (const term of dateTerms(date.iso)) terms.add(term);
  if (published) for (const year of relativeYears(normal, Number(published.slice(0, 4)))) terms.add(quantityTerm(year));
  return [...terms];
}

// "tahun lalu", "last year", "tahun ini": years named relative to publication.
const LAST_YEAR = /\b(?:tahun lalu|last year|tahun sebelumnya|the previous year|a year earlier)\b/;
const THIS_YEAR = /\b(?:tahun ini|this year)\b/;

function relativeYears(normal: string, year: number): number[] {
  return [...(LAST_YEAR.test(normal) ? [year - 1] : []), ...(THIS_YEAR.test(normal) ? [year] : [])];
}

/** The year and month an article was published, unless its date is only the time of import. */
export function articleDateTerms(article: Pick<Article, 'published' | 'publishedApprox'>): string[] {
  return article.publishedApprox ? [] : dateTerms(article.published);
}

function dateTerms(iso: string): string[] {
  const [year, month] = iso.split('-').map(Number);
  return [quantityTerm(year!), ...(month ? [monthTerm(month)] : [])];
}
