/**
 * The knowledge base: articles, their passages, the search index and a
 * concept → passages map for the structured intents. Articles can be added
 * while running (the updates flow); derived views are rebuilt lazily.
 */
import type { Article } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { SearchIndex } from '../search/search-index.ts';
import { conceptTerms, passageStems } from '../search/terms.ts';
import type { Passage } from './passage.ts';
import { passagesOf } from './passage.ts';

const NONE: readonly Passage[] = Object.freeze([]);

export class Knowledge {
  readonly index = new SearchIndex();
  private readonly articlesById = new Map<string, Article>();
  private readonly allPassages: Passage[] = [];
  private readonly byConcept = new Map<string, Passage[]>();
  // An article's passages are contiguous: [first, end).
  private readonly ranges = new Map<string, readonly [number, number]>();
  private readonly views = new Map<string, unknown>();

  constructor(
    readonly lexicon: Lexicon,
    articles: readonly Article[] = [],
  ) {
    for (const article of articles) this.add(article);
  }

  add(article: Article): void {
    if (this.articlesById.has(article.id)) throw new Error(`coop-bot: article "${article.id}" is already loaded`);
    this.articlesById.set(article.id, article);
    const first = this.allPassages.length;
    for (const { passage, tokens } of passagesOf(article, this.lexicon, this.allPassages.length)) {
      this.allPassages.push(passage);
      for (const key of passage.concepts) {
        const list = this.byConcept.get(key);
        if (list) list.push(passage);
        else this.byConcept.set(key, [passage]);
      }
      this.index.add(passage, passageStems(tokens, article.language), conceptTerms(passage.concepts));
    }
    this.ranges.set(article.id, [first, this.allPassages.length]);
    this.views.clear();
  }

  get articles(): Article[] {
    return [...this.articlesById.values()];
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

  /** A derived view (meetings, timeline…) computed once per corpus state. */
  view<T>(name: string, build: (knowledge: Knowledge) => T): T {
    if (!this.views.has(name)) this.views.set(name, build(this));
    return this.views.get(name) as T;
  }
}
