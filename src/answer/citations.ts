/**
 * Numbers citations as an answer is built: one number per quoted sentence,
 * reused when the same sentence supports several claims.
 */
import type { Passage } from '../knowledge/passage.ts';
import type { Citation } from './answer.ts';

export class Citations {
  private readonly list: Citation[] = [];
  private readonly byPassage = new Map<number, number>();

  cite(passage: Passage): number {
    const existing = this.byPassage.get(passage.index);
    if (existing) return existing;
    const { article } = passage;
    const n = this.list.length + 1;
    this.list.push({
      n,
      id: article.id,
      title: article.title,
      published: article.published,
      quote: passage.text,
      ...(article.publisher && { publisher: article.publisher }),
      ...(article.publishedApprox && { publishedApprox: true }),
      ...(article.url && { url: article.url }),
    });
    this.byPassage.set(passage.index, n);
    return n;
  }

  citeAll(passages: readonly Passage[]): number[] {
    return passages.map((p) => this.cite(p));
  }

  get all(): readonly Citation[] {
    return this.list;
  }
}
