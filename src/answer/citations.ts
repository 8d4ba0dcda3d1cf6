/**
 * Numbers citations as an answer is built: one number per article, in order
 * of first use, with the article's quoted sentences listed under it (each
 * once, in order of first use). `cite` is for a claim the answer states in
 * its own words (a bullet, a fact); `quote` and `quoteWindow` for text the
 * answer shows verbatim.
 */
import type { Passage } from '../knowledge/passage.ts';
import type { Article } from '../corpus/article.ts';
import type { Citation, Quote } from './answer.ts';
import { type QuoteCut, shortQuote } from './short-quote.ts';

interface Entry {
  readonly citation: Omit<Citation, 'quote' | 'quotes'>;
  readonly quotes: string[];
}

export class Citations {
  private readonly entries: Entry[] = [];
  private readonly byArticle = new Map<string, number>();

  /** The article's number; the sentence joins its quotes (cut short when `cut` says so). */
  cite(passage: Passage, cut?: QuoteCut): number {
    return this.record(passage.article, shorten(passage.text, cut));
  }

  /** The distinct numbers of the passages' articles, in order of first use. */
  citeAll(passages: readonly Passage[], cut?: QuoteCut): number[] {
    return [...new Set(passages.map((p) => this.cite(p, cut)))];
  }

  /** The sentence as a quote to show in the answer, under its article's number. */
  quote(passage: Passage, cut?: QuoteCut): Quote {
    const text = shorten(passage.text, cut);
    return { n: this.record(passage.article, text), text };
  }

  /** Consecutive sentences of one article (a window that holds the answer) as one quote. */
  quoteWindow(passages: readonly Passage[], cut?: QuoteCut): Quote {
    const [first] = passages;
    if (!first || passages.some((p, i) => p.article !== first.article || p.index !== first.index + i)) {
      throw new Error('coop-bot: quoteWindow takes consecutive passages of one article');
    }
    const text = shorten(passages.map((p) => p.text).join(' '), cut);
    return { n: this.record(first.article, text), text };
  }

  get all(): readonly Citation[] {
    return this.entries.map(({ citation, quotes }) => ({ ...citation, quote: quotes[0] ?? '', quotes: [...quotes] }));
  }

  private record(article: Article, text: string): number {
    const known = this.byArticle.get(article.id);
    if (known !== undefined) {
      const { quotes } = this.entries[known - 1]!;
      if (!quotes.includes(text)) quotes.push(text);
      return known;
    }
    const n = this.entries.length + 1;
    this.entries.push({
      citation: {
        n,
        id: article.id,
        title: article.title,
        published: article.published,
        ...(article.publisher && { publisher: article.publisher }),
        ...(article.publishedApprox && { publishedApprox: true }),
        ...(article.url && { url: article.url }),
      },
      quotes: [text],
    });
    this.byArticle.set(article.id, n);
    return n;
  }
}

function shorten(text: string, cut: QuoteCut | undefined): string {
  return cut ? shortQuote(text, cut) : text;
}
