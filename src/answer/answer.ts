/**
 * The one Answer every intent returns and every adapter renders. Structured
 * text is in the asker's language; quotes stay in their source language;
 * every claim carries citation numbers that resolve to `citations`.
 */
import type { Language } from '../corpus/article.ts';

export const INTENTS = ['minerals', 'meetings', 'agreements', 'who-is', 'timeline', 'sources', 'help', 'general'] as const;
export type IntentName = (typeof INTENTS)[number];

export interface Citation {
  /** 1-based, as printed in the answer. */
  readonly n: number;
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly published: string;
  readonly publishedApprox?: boolean;
  readonly url?: string;
  /** The sentence quoted, verbatim from the article. */
  readonly quote: string;
}

export interface Line {
  readonly text: string;
  readonly cites: readonly number[];
}

export type Section =
  | { readonly kind: 'paragraph'; readonly title?: string; readonly line: Line }
  | { readonly kind: 'bullets'; readonly title?: string; readonly items: readonly Line[] }
  | { readonly kind: 'quotes'; readonly title?: string; readonly cites: readonly number[] };

export interface Answer {
  readonly language: Language;
  readonly intent: IntentName;
  readonly abstained: boolean;
  readonly headline: string;
  readonly sections: readonly Section[];
  readonly citations: readonly Citation[];
}
