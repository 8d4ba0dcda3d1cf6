/**
 * The knowledge base: articles, their passages, the search index and a
 * concept → passages map for the structured intents. Articles can be added
 * while running (the updates flow).
 *
 * Derived views (meetings, timeline…) are built once and then kept up to
 * date: a view that knows how to `extend` itself is handed only the articles
 * added since, so adding one article to 50k costs about what it costs at 1k;
 * a view without `extend` is rebuilt in full on its next use.
 */
import type { Article } from '../corpus/article.ts';
import { passageNeutralTerms } from '../analysis/neutral-terms.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { SearchIndex } from '../search/search-index.ts';
import { conceptTerms, passageStems } from '../search/terms.ts';
import type { Passage } from './passage.ts';
import { passagesOf } from './passage.ts';

const NONE: readonly Passage[] = Object.freeze([]);

/**
 * Brings a view up to date with articles added after it was built (in the
 * order they were added; their passages follow every earlier passage). May
 * modify `view` in place or return a new value; must give what `build` would
 * give for the whole corpus (test/src/knowledge/views.test.ts checks each).
 */
export type ViewExtender<T> = (view: T, added: readonly Article[], knowledge: Knowledge) => T;

interface CachedView {
  value: unknown;
  /** How many articles the view has seen. */
  articles: number;
}

export class Knowledge {
  readonly index = new SearchIndex();
  private readonly articlesById = new Map<string, Article>();
  // Insertion order, so a view can be handed just the articles it has not seen.
  private readonly order: Article[] = [];
  private readonly allPassages: Passage[] = [];
  private readonly byConcept = new Map<string, Passage[]>();
  // An article's passages are contiguous: [first, end).
  private readonly ranges = new Map<string, readonly [number, number]>();
  private readonly views = new Map<string, CachedView>();

  constructor(
    readonly lexicon: Lexicon,
    articles: readonly Article[] = [],
  ) {
    for (const article of articles) this.add(article);
  }

  add(article: Article): void {
    if (this.articlesById.has(article.id)) throw new Error(`coop-bot: article "${article.id}" is already loaded`);
    this.articlesById.set(article.id, article);
    this.order.push(article);
    const first = this.allPassages.length;
    for (const { passage, tokens } of passagesOf(article, this.lexicon, this.allPassages.length)) {
      this.allPassages.push(passage);
      for (const key of passage.concepts) {
        const list = this.byConcept.get(key);
        if (list) list.push(passage);
        else this.byConcept.set(key, [passage]);
      }
      this.index.add(passage, [...passageStems(tokens, article.language), ...passageNeutralTerms(passage.text, passage.dates, article.publishedApprox ? undefined : article.published)], conceptTerms(passage.concepts));
    }
    this.ranges.set(article.id, [first, this.allPassages.length]);
  }

  /** In the order they were added. */
  get articles(): Article[] {
    return [...this.order];
  }

  article(id: string): Article | undefined {
    return this.articlesById.get(id);
  }

  get passages(): readonly Passage[] {
    return this.allPassages;
  }

  /** Passages that name the concept, in corpus order (the index itself: do not modify). */
  mentioning(key: string): readonly Passage[] {
    return this.byConcept.get(key) ?? NONE;
  }

  passagesOfArticle(id: string): Passage[] {
    const [first, end] = this.ranges.get(id) ?? [0, 0];
    return this.allPassages.slice(first, end);
  }

  /** The passages of these articles, article by article. */
  passagesOfArticles(articles: readonly Article[]): Passage[] {
    return articles.flatMap((a) => this.passagesOfArticle(a.id));
  }

  /**
   * A derived view (meetings, timeline…): built on first use, then extended
   * with the articles added since (or rebuilt, without `extend`).
   */
  view<T>(name: string, build: (knowledge: Knowledge) => T, extend?: ViewExtender<T>): T {
    const cached = this.views.get(name);
    const total = this.order.length;
    if (cached?.articles === total) return cached.value as T;
    let value: T;
    if (cached && extend) {
      try {
        value = extend(cached.value as T, this.order.slice(cached.articles), this);
      } catch (error) {
        // Extenders change views in place, and some views point into others:
        // after one fails half-way, every view is rebuilt on its next use.
        this.views.clear();
        throw error;
      }
    } else {
      value = build(this);
    }
    this.views.set(name, { value, articles: total });
    return value;
  }
}
