/**
 * An article as extraction found it, before it has an identity: every field
 * may be missing, since a page may not print its date or outlet. Hints are
 * what the caller knows for certain (the editor's facts for a seed, a
 * verified URL) and override the page; fallbacks (a feed item's title and
 * date) only fill what the page left out.
 */
import type { Article } from '../corpus/article.ts';
import type { DateClue } from './choose-date.ts';

type Facts = Pick<Article, 'title' | 'publisher' | 'author' | 'published' | 'publishedApprox' | 'publishedTime' | 'dateSource' | 'language' | 'url'>;

export type ArticleFacts = { -readonly [K in keyof Facts]?: Facts[K] };

export interface ArticleDraft extends ArticleFacts {
  readonly paragraphs: readonly string[];
  /** Dates the page prints about itself (metadata, masthead); choose-date.ts weighs them. `published` is only ever a stated date. */
  readonly dates?: readonly DateClue[];
}

/** What a caller may state about a source; `id` keeps a seed's file stem. */
export interface ImportHints extends ArticleFacts {
  id?: string;
}

/** Hints win over what the page says. */
export function applyHints(draft: ArticleDraft, hints: ArticleFacts = {}): ArticleDraft {
  return { ...draft, ...defined(hints) };
}

/** Fallbacks only fill fields the page left out. */
export function applyFallbacks(draft: ArticleDraft, fallbacks: ArticleFacts = {}): ArticleDraft {
  return { ...defined(fallbacks), ...defined(draft), paragraphs: draft.paragraphs } as ArticleDraft;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
