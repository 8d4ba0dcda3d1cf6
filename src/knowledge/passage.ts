/**
 * Passages: the sentences of every article, each carrying its article, the
 * lexicon concepts it names and the dates it mentions. Sentences are the unit
 * of search and of quotation, so every quote is a whole sentence.
 */
import type { Token } from '../analysis/token.ts';
import { toTokens } from '../analysis/token.ts';
import { type DateMention, findDates } from '../analysis/dates.ts';
import type { Article } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { splitSentences } from '../text/sentences.ts';

export interface Passage {
  /** Position in the knowledge base; stable for the life of the process. */
  readonly index: number;
  readonly article: Article;
  readonly paragraph: number;
  readonly sentence: number;
  readonly text: string;
  /** Lexicon concept keys named in the sentence, in order, without repeats. */
  readonly concepts: readonly string[];
  readonly dates: readonly DateMention[];
}

export interface AnalysedPassage {
  readonly passage: Passage;
  readonly tokens: readonly Token[];
}

// Most sentences have no date: they share one empty array.
const NO_DATES: readonly DateMention[] = Object.freeze([]);

export function* passagesOf(article: Article, lexicon: Lexicon, firstIndex: number): Generator<AnalysedPassage> {
  let index = firstIndex;
  const people: string[] = [];
  for (const [paragraph, text] of article.paragraphs.entries()) {
    for (const [sentence, sentenceText] of splitSentences(text).entries()) {
      const tokens = toTokens(sentenceText);
      const named = lexicon.matchNested(tokens).map((m) => m.key);
      for (const key of named) if (lexicon.kindOf(key) === 'person' && !people.includes(key)) people.push(key);
      const concepts = [...new Set([...named, ...shortNames(tokens, people, lexicon)])];
      const found = findDates(sentenceText, article.published, !article.publishedApprox);
      const dates = found.length ? found : NO_DATES;
      yield { passage: { index, article, paragraph, sentence, text: sentenceText, concepts, dates }, tokens };
      index += 1;
    }
  }
}

// News names a person in full once, then by one name ("ujar Tri", "said Eko"):
// a later sentence naming one part of an earlier person's name means them,
// unless that part is shared by two people named earlier.
function shortNames(tokens: readonly Token[], people: readonly string[], lexicon: Lexicon): string[] {
  const words = new Set(tokens.map((t) => t.surface));
  const found: string[] = [];
  for (const key of people) {
    const parts = lexicon.nameParts(key).filter((w) => w.length >= 3 && words.has(w));
    if (parts.some((w) => people.filter((other) => lexicon.nameParts(other).includes(w)).length === 1)) found.push(key);
  }
  return found;
}
