/**
 * The terms of one article that a topic can match: every content word's
 * surface and its stem in the article's language, and the lexicon concepts
 * named anywhere in the title or the body ("~nickel" for "nikel"). Computed
 * once per article, then every subscription is a handful of set look-ups.
 *
 * Built from the article text itself (title and paragraphs), never from a
 * summary, so a topic matches what the article says.
 */
import { isFunctionWord, type Token, toTokens } from '../analysis/token.ts';
import type { Article } from '../corpus/article.ts';
import { passagesOf } from '../knowledge/passage.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { CONCEPT_PREFIX } from '../search/terms.ts';

export function articleTerms(article: Article, lexicon: Lexicon): ReadonlySet<string> {
  const terms = new Set<string>();
  const titleTokens = toTokens(article.title);
  addWords(terms, titleTokens, article);
  for (const m of lexicon.matchNested(titleTokens)) terms.add(CONCEPT_PREFIX + m.key);
  // passagesOf also resolves later short references to people ("ujar Tri").
  for (const { passage, tokens } of passagesOf(article, lexicon, 0)) {
    addWords(terms, tokens, article);
    for (const key of passage.concepts) terms.add(CONCEPT_PREFIX + key);
  }
  return terms;
}

function addWords(terms: Set<string>, tokens: readonly Token[], article: Article): void {
  for (const token of tokens) {
    // A topic's groups never hold a function word, so neither need the article's terms.
    if (isFunctionWord(token)) continue;
    terms.add(token.surface);
    terms.add(token[article.language]);
  }
}
