/**
 * Full-text search over passages (MiniSearch, BM25). Terms are analysed
 * before they reach MiniSearch (see terms.ts), so its tokenizer only splits
 * on spaces and its term processing is the identity.
 *
 * Candidates come from MiniSearch; each candidate is then scored for
 * coverage: the share of the question's information (IDF-weighted groups) the
 * sentence holds. Coverage, not BM25, decides whether the corpus answers.
 *
 * The index is cut into shards of SHARD_SIZE passages, searched from the most
 * recently added. A question made only of very common words matches a large
 * part of a big corpus, and MiniSearch scores every match; once the newer
 * shards have given enough sentences that hold the whole question, older ones
 * are not searched. Rare words cost little in every shard, so questions about
 * older articles still reach them.
 */
import MiniSearch from 'minisearch';
import type { Passage } from '../knowledge/passage.ts';
import { TermStore } from './term-store.ts';
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

export interface SearchOptions {
  readonly limit?: number;
  readonly filter?: (passage: Passage) => boolean;
}

type Shard = MiniSearch<{ i: number; t: string }>;

const SHARD_SIZE = 20_000;
// Candidates per shard that are checked for coverage.
const CANDIDATES = 60;
const CONTEXT_WEIGHT = 0.5;
const UNKNOWN_WORD_WEIGHT = 1;
// A term in more than this share of passages adds little to ranking but
// costs a long posting list; it still counts towards coverage.
const COMMON_TERM_SHARE = 0.2;

export class SearchIndex {
  private readonly shards: Shard[] = [];
  private readonly passages: Passage[] = [];
  private readonly terms = new TermStore();

  add(passage: Passage, terms: readonly string[]): void {
    this.passages[passage.index] = passage;
    this.terms.add(passage.index, terms);
    this.currentShard().add({ i: passage.index, t: terms.join(' ') });
  }

  get size(): number {
    return this.terms.size;
  }

  /** Share of passages that hold the term, 0..1. */
  share(term: string): number {
    return this.terms.documentFrequency(term) / Math.max(1, this.terms.size);
  }

  /** Inverse document frequency; a term the corpus never uses weighs most. */
  idf(term: string): number {
    const n = this.terms.size;
    const df = this.terms.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
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
    return this.terms.has(passage.index, term);
  }

  search(groups: readonly QueryGroup[], options: SearchOptions = {}): Hit[] {
    if (groups.length === 0) return [];
    const limit = options.limit ?? 10;
    const weights = groups.map((g) => this.groupWeight(g));
    const ranking = this.rankingGroups(groups);
    const query = { combineWith: 'OR' as const, queries: ranking.map((g) => ({ combineWith: 'OR' as const, queries: [...g.terms] })) };
    const searchOptions = options.filter ? { filter: (r: { id: unknown }) => options.filter!(this.passages[r.id as number]!) } : {};
    const hits: Hit[] = [];
    // Enough sentences holding every word MiniSearch was asked for: older shards cannot do better.
    let complete = 0;
    for (let s = this.shards.length - 1; s >= 0 && complete < limit; s--) {
      for (const result of this.shards[s]!.search(query, searchOptions).slice(0, Math.max(CANDIDATES, limit))) {
        if (ranking.every((g) => g.terms.some((t) => result.queryTerms.includes(t)))) complete += 1;
        hits.push(this.hit(this.passages[result.id as number]!, result.score, groups, weights));
      }
    }
    hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    return hits.slice(0, limit);
  }

  private hit(passage: Passage, score: number, groups: readonly QueryGroup[], weights: readonly number[]): Hit {
    const holds = (p: Passage, g: QueryGroup) => g.terms.some((t) => this.terms.has(p.index, t));
    const matched = groups.flatMap((g, i) => (holds(passage, g) ? [i] : []));
    const before = this.previous(passage);
    const context = before ? groups.flatMap((g, i) => (!matched.includes(i) && holds(before, g) ? [i] : [])) : [];
    const total = weights.reduce((a, b) => a + b, 0);
    const coverage = (sum(matched, weights) + CONTEXT_WEIGHT * sum(context, weights)) / total;
    return { passage, score, matched, context, coverage };
  }

  private currentShard(): Shard {
    const last = this.shards.at(-1);
    if (last && last.documentCount < SHARD_SIZE) return last;
    const shard: Shard = new MiniSearch({ idField: 'i', fields: ['t'], tokenize: (text) => text.split(' '), processTerm: (term) => term });
    this.shards.push(shard);
    return shard;
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
