/**
 * Where in an article each group of a question is found: in which sentences,
 * and whether in its metadata (headline, publisher, the year and month it
 * was published). A question's context — "in Nov 2024", "per Jokowi", the
 * project's name — is often in the headline or another sentence of the
 * article, not in the sentence that holds the answer.
 */
import { articleDateTerms } from '../analysis/neutral-terms.ts';
import { ordinalTerms, quantityTerms } from '../analysis/quantities.ts';
import { toTokens } from '../analysis/token.ts';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { CONCEPT_PREFIX, holdsGroup, type QueryGroup } from '../search/terms.ts';
import { normalize } from '../text/normalize.ts';

export interface ArticleEvidence {
  readonly article: Article;
  readonly passages: readonly Passage[];
  /** For each group, the positions (in `passages`) of the sentences that hold it. */
  readonly at: readonly (readonly number[])[];
  /** For each group, whether the headline, publisher or publication date holds it. */
  readonly inMeta: readonly boolean[];
}

export function evidenceFor(article: Article, groups: readonly QueryGroup[], knowledge: Knowledge): ArticleEvidence {
  const passages = knowledge.passagesOfArticle(article.id);
  const meta = metaTerms(article, knowledge);
  const at = groups.map((g) => passages.flatMap((p, i) => (knowledge.index.holds(p, g) ? [i] : [])));
  const inMeta = groups.map((g) => holdsGroup(g, (t) => meta.has(t)));
  return { article, passages, at, inMeta };
}

/** Whether the article holds the group anywhere. */
export function holds(evidence: ArticleEvidence, group: number): boolean {
  return evidence.inMeta[group]! || evidence.at[group]!.length > 0;
}

const cache = new WeakMap<Article, ReadonlySet<string>>();

function metaTerms(article: Article, knowledge: Knowledge): ReadonlySet<string> {
  let terms = cache.get(article);
  if (terms) return terms;
  const text = [article.title, article.publisher ?? ''].join(' . ');
  const tokens = toTokens(text);
  const set = new Set<string>();
  for (const t of tokens) set.add(t.surface).add(t.id).add(t.en);
  for (const m of knowledge.lexicon.matchNested(tokens)) set.add(CONCEPT_PREFIX + m.key);
  for (const term of [...quantityTerms(text), ...ordinalTerms(normalize(text)), ...articleDateTerms(article)]) set.add(term);
  terms = set;
  cache.set(article, terms);
  return terms;
}
