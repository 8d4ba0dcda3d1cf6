/**
 * The one Answer every intent returns and every adapter renders. Structured
 * text is in the asker's language; quotes stay in their source language;
 * every claim carries citation numbers that resolve to `citations`, one
 * number per article. Renderers go through walk.ts, which shows each quote
 * once: in the body where a section quotes it, else under its article in the
 * sources.
 */
import type { Language } from '../corpus/article.ts';

export const INTENTS = ['minerals', 'meetings', 'agreements', 'who-is', 'timeline', 'sources', 'help', 'general'] as const;
export type IntentName = (typeof INTENTS)[number];

/** The kind of thing a short answer is (what the question asked for). */
export const ANSWER_KINDS = ['number', 'money', 'percent', 'date', 'place', 'person', 'organisation', 'list', 'reason', 'yesno', 'other'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** The answer itself in a few words ("US$1 billion"), cited; shown first. */
export interface ShortAnswer {
  readonly kind: AnswerKind;
  readonly text: string;
  readonly cites: readonly number[];
}

/** One article, cited under one number however many of its sentences an answer uses. */
export interface Citation {
  /** 1-based, as printed in the answer. */
  readonly n: number;
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly published: string;
  readonly publishedApprox?: boolean;
  readonly url?: string;
  /** The first of `quotes`; kept for the JSON contract's readers. */
  readonly quote: string;
  /**
   * What the answer quotes from this article, in order of first use, no
   * duplicates: verbatim sentences, or a window of consecutive sentences
   * joined by a space; a quote cut short ends in "…".
   */
  readonly quotes: readonly string[];
}

/** A quote shown in the body, with its article's number. */
export interface Quote {
  readonly n: number;
  readonly text: string;
}

export interface Line {
  readonly text: string;
  readonly cites: readonly number[];
}

export type Section =
  | { readonly kind: 'paragraph'; readonly title?: string; readonly line: Line }
  | { readonly kind: 'bullets'; readonly title?: string; readonly items: readonly Line[] }
  | { readonly kind: 'quotes'; readonly title?: string; readonly quotes: readonly Quote[] };

export interface Answer {
  /**
   * The answer's id in the question history (src/history), set at the
   * composition root when the question is stored; the 👍/👎 buttons carry
   * it. Absent when nothing is stored (HISTORY_DAYS=0, the terminal, scripts).
   */
  readonly id?: string;
  readonly language: Language;
  readonly intent: IntentName;
  readonly abstained: boolean;
  readonly headline: string;
  /** The answer in a few words, when the question asked for one thing (a figure, a date, a name…). */
  readonly short?: ShortAnswer;
  readonly sections: readonly Section[];
  readonly citations: readonly Citation[];
  /**
   * A follow-up's question in full, with the context it took ("kapan?" →
   * "kapan pertemuan Sekjen Kemenperin …"): what a button that re-asks the
   * question must ask, since the follow-up's own words mean nothing alone.
   */
  readonly asked?: string;
}
