/**
 * Full-text search over passages (MiniSearch, BM25). Terms are analysed
 * before they reach MiniSearch (see terms.ts), so its tokenizer only splits
 * on spaces and its term processing is the identity.
 *
 * Candidates come from MiniSearch; each candidate is then scored for
 * coverage: the share of the question's information (IDF-weighted groups) the
 * sentence holds. Coverage, not BM25, decides whether the corpus answers.
 */
import MiniSearch from 'minisearch';
import type { Passage } from '../knowledge/passage.ts';
import type { QueryGroup } from './terms.ts';

export interface Hit {
  readonly passage: Passage;
  readonly score: number;
  /** Indexes into the query's groups that the passage matches. */
  readonly matched: readonly number[];
  /** Groups matched only by the sentence before. */
  readonly context: readonly number[];
  /**
   * IDF-weighted share of the query's groups the sentence matches, 0..1;
   * groups matched only by the sentence before it count half (it often holds
   * the subject a sentence refers to as "they" or "the ministry").
   */
  readonly coverage: number;
}

const CONTEXT_WEIGHT = 0.5;
const UNKNOWN_WORD_WEIGHT = 1;

export interface SearchOptions {
  readonly limit?: number;
  readonly filter?: (passage: Passage) => boolean;
}

// A term in more than this share of passages adds little to ranking but
// costs a long posting list; it still counts towards coverage.
const COMMON_TERM_SHARE = 0.2;
const CANDIDATES = 60;

export class SearchIndex {
  private readonly mini = new MiniSearch<{ i: number; t: string }>({
    idField: 'i',
    fields: ['t'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
  });
  private readonly passages: Passage[] = [];
  // Each passage's terms as one space-delimited string: a Set per passage
  // would cost several hundred megabytes at 50k articles.
  private readonly termLists: string[] = [];
  private readonly documentFrequency = new Map<string, number>();

  add(passage: Passage, terms: readonly string[]): void {
    this.passages[passage.index] = passage;
    this.termLists[passage.index] = ` ${terms.join(' ')} `;
    for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.mini.add({ i: passage.index, t: terms.join(' ') });
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Inverse document frequency; a term the corpus never uses weighs most. */
  idf(term: string): number {
    const n = this.mini.documentCount;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Share of passages that hold the term, 0..1. */
  share(term: string): number {
    return (this.documentFrequency.get(term) ?? 0) / Math.max(1, this.mini.documentCount);
  }

  /**
   * A group matches wherever any of its terms does, so it is as common as its
   * most common term; a group none of whose terms the corpus uses weighs most.
   */
  groupWeight(group: QueryGroup): number {
    const known = group.terms.filter((t) => this.share(t) > 0);
    if (known.length > 0) return Math.min(...known.map((t) => this.idf(t)));
    // Unknown to the corpus: a name weighs most; an everyday word the corpus
    // happens not to use ("located", "milik") weighs like a common word.
    return group.required ? this.idf('') : UNKNOWN_WORD_WEIGHT;
  }

  hasTerm(passage: Passage, term: string): boolean {
    return (this.termLists[passage.index] ?? '').includes(` ${term} `);
  }

  search(groups: readonly QueryGroup[], options: SearchOptions = {}): Hit[] {
    if (groups.length === 0) return [];
    const weights = groups.map((g) => this.groupWeight(g));
    const total = weights.reduce((a, b) => a + b, 0);
    const results = this.mini.search(
      { combineWith: 'OR', queries: this.rankingGroups(groups).map((g) => ({ combineWith: 'OR', queries: [...g.terms] })) },
      options.filter ? { filter: (r) => options.filter!(this.passages[r.id as number]!) } : {},
    );
    const hits: Hit[] = [];
    for (const result of results.slice(0, Math.max(CANDIDATES, options.limit ?? 0))) {
      const passage = this.passages[result.id as number]!;
      const matched = groups.flatMap((g, i) => (g.terms.some((t) => this.hasTerm(passage, t)) ? [i] : []));
      const before = this.previous(passage);
      const context = before ? groups.flatMap((g, i) => (!matched.includes(i) && g.terms.some((t) => this.hasTerm(before, t)) ? [i] : [])) : [];
      const coverage = (sum(matched, weights) + CONTEXT_WEIGHT * sum(context, weights)) / total;
      hits.push({ passage, score: result.score, matched, context, coverage });
    }
    hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    return hits.slice(0, options.limit ?? 10);
  }

  // The sentence before, when it belongs to the same article.
  private previous(passage: Passage): Passage | undefined {
    const before = this.passages[passage.index - 1];
    return before?.article === passage.article ? before : undefined;
  }

  // Drop very common groups from candidate generation when rarer ones exist.
  private rankingGroups(groups: readonly QueryGroup[]): readonly QueryGroup[] {
    const rare = groups.filter((g) => g.terms.some((t) => this.share(t) < COMMON_TERM_SHARE));
    return rare.length > 0 ? rare : groups;
  }
}

function sum(indexes: readonly number[], weights: readonly number[]): number {
  return indexes.reduce((total, i) => total + weights[i]!, 0);
}
