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
import MiniSearch, { type Query } from 'minisearch';
import type { Passage } from '../knowledge/passage.ts';
import { TermStore } from './term-store.ts';
import { holdsGroup, type Phrase, type QueryGroup } from './terms.ts';

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
// Coverage at which a candidate counts as answering, for the shard cut-off.
const GOOD_COVERAGE = 0.75;
const UNKNOWN_WORD_WEIGHT = 1;
// A word in more passages than this is left out of candidate generation.
const MAX_POSTINGS = 5_000;
const MIN_USES_IN_LANGUAGE = 3;

export class SearchIndex {
  private readonly shards: Shard[] = [];
  private readonly passages: Passage[] = [];
  private readonly terms = new TermStore();
  // Passages per term in each language's articles: whether a word of the
  // question could be said in an article's language at all.
  // Counts by term id, not by string: a second map of the vocabulary would cost tens of MB at 50k articles.
  private readonly byLanguage = new Map<string, number[]>();

  /**
   * Full-text search indexes the stems; coverage also sees the concepts, so
   * MiniSearch never stores a posting per concept (a third of the memory).
   */
  add(passage: Passage, stems: readonly string[], concepts: readonly string[]): void {
    this.passages[passage.index] = passage;
    this.terms.add(passage.index, [...stems, ...concepts]);
    let counts = this.byLanguage.get(passage.article.language);
    if (!counts) this.byLanguage.set(passage.article.language, (counts = []));
    for (const stem of stems) {
      const id = this.terms.idOf(stem)!;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    this.currentShard().add({ i: passage.index, t: stems.join(' ') });
  }

  get size(): number {
    return this.terms.size;
  }

  /** Passages that hold the term. */
  frequency(term: string): number {
    return this.terms.documentFrequency(term);
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

  /**
   * Whether articles in this language use the term as a word of their own:
   * in a few sentences at least, so a stray quote or name in the other
   * language does not count. A concept can be named in every language.
   */
  usedIn(term: string, language: string): boolean {
    if (term.startsWith('~')) return true;
    const id = this.terms.idOf(term);
    return id !== undefined && (this.byLanguage.get(language)?.[id] ?? 0) >= MIN_USES_IN_LANGUAGE;
  }

  /** Whether any passage holds any of the group's terms. */
  knows(group: QueryGroup): boolean {
    return holdsGroup(group, (t) => this.terms.documentFrequency(t) > 0);
  }

  hasTerm(passage: Passage, term: string): boolean {
    return this.terms.has(passage.index, term);
  }

  /** Whether the passage holds the group (a term, or all its parts). */
  holds(passage: Passage, group: QueryGroup): boolean {
    return holdsGroup(group, (t) => this.terms.has(passage.index, t));
  }

  search(groups: readonly QueryGroup[], options: SearchOptions = {}): Hit[] {
    const plan = this.plan(groups);
    // No word of the question occurs in the corpus.
    if (plan.groups.length === 0) return [];
    const limit = options.limit ?? 10;
    const weights = groups.map((g) => this.groupWeight(g));
    let hits = this.collect(plan.groups, plan.combineWith, groups, weights, limit, options);
    // No sentence holds every common word: the best-ranked sentences holding
    // any of them, from the newest shard that has enough, will do.
    if (hits.length === 0 && plan.combineWith === 'AND') hits = this.collect(plan.groups, 'OR', groups, weights, limit, options, false);
    hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    return hits.slice(0, limit);
  }

  // Searches shards from the newest until enough sentences hold every group
  // MiniSearch was asked for, or most of the question: older shards might
  // hold a sentence as good, but not a better answer to a news question than
  // recent ones. When `needComplete` is false, any candidates are enough.
  private collect(
    ranking: readonly QueryGroup[],
    combineWith: 'AND' | 'OR',
    groups: readonly QueryGroup[],
    weights: readonly number[],
    limit: number,
    options: SearchOptions,
    needComplete = true,
  ): Hit[] {
    const query: Query = { combineWith, queries: ranking.map(toMiniQuery) };
    const total = weights.reduce((a, b) => a + b, 0);
    const searchOptions = options.filter ? { filter: (r: { id: unknown }) => options.filter!(this.passages[r.id as number]!) } : {};
    const hits: Hit[] = [];
    let complete = 0;
    for (let s = this.shards.length - 1; s >= 0 && complete < limit; s--) {
      for (const result of this.shards[s]!.search(query, searchOptions).slice(0, Math.max(CANDIDATES, limit))) {
        const hit = this.hit(this.passages[result.id as number]!, result.score, groups, weights, total);
        if (!needComplete || hit.coverage >= GOOD_COVERAGE || ranking.every((g) => holdsPhrase(g, result.queryTerms))) complete += 1;
        hits.push(hit);
      }
    }
    return hits;
  }

  private hit(passage: Passage, score: number, groups: readonly QueryGroup[], weights: readonly number[], total: number): Hit {
    const holds = (p: Passage, g: QueryGroup) => this.holds(p, g);
    const matched = groups.flatMap((g, i) => (holds(passage, g) ? [i] : []));
    const before = this.previous(passage);
    const context = before ? groups.flatMap((g, i) => (!matched.includes(i) && holds(before, g) ? [i] : [])) : [];
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

  // Candidate generation asks MiniSearch only for phrases none of whose
  // words has a very long posting list: such a word adds next to nothing to
  // the ranking and costs time in proportion to the corpus. Groups left with
  // no phrase are still counted in coverage. When every group is that common,
  // each is reduced to its cheapest phrase and the groups are intersected, so
  // the candidates are the sentences that hold them all.
  private plan(groups: readonly QueryGroup[]): { groups: readonly QueryGroup[]; combineWith: 'AND' | 'OR' } {
    const df = (form: string) => this.terms.documentFrequency(form);
    // MiniSearch reads the postings of every form of every word of a phrase.
    const cost = (phrase: Phrase) => Math.max(...phrase.map((forms) => forms.reduce((sum, f) => sum + df(f), 0)));
    const useful = (phrase: Phrase) => phrase.every((forms) => forms.some((f) => df(f) > 0));
    const matching = groups.map((g) => ({ ...g, phrases: g.phrases.filter(useful) })).filter((g) => g.phrases.length > 0);
    const cheap = matching.map((g) => ({ ...g, phrases: g.phrases.filter((p) => cost(p) <= MAX_POSTINGS) })).filter((g) => g.phrases.length > 0);
    if (cheap.length > 0) return { groups: cheap, combineWith: 'OR' };
    const cheapest = matching.map((g) => ({ ...g, phrases: [...g.phrases].sort((a, b) => cost(a) - cost(b)).slice(0, 1) }));
    return { groups: cheapest, combineWith: 'AND' };
  }
}

// A group for MiniSearch: any of its phrases; a phrase is all of its words; a word, any of its forms.
function toMiniQuery(group: QueryGroup): Query {
  return {
    combineWith: 'OR',
    queries: group.phrases.map((phrase) => ({
      combineWith: 'AND',
      queries: phrase.map((forms) => ({ combineWith: 'OR', queries: [...forms] })),
    })),
  };
}

function holdsPhrase(group: QueryGroup, matchedTerms: readonly string[]): boolean {
  return group.phrases.some((phrase) => phrase.every((forms) => forms.some((f) => matchedTerms.includes(f))));
}

function sum(indexes: readonly number[], weights: readonly number[]): number {
  return indexes.reduce((total, i) => total + weights[i]!, 0);
}
