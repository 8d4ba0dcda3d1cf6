/**
 * The index terms of a passage and the query groups of a question. A passage
 * is indexed under the stems of its own language plus one "~key" term per
 * lexicon concept it names; a question becomes OR-groups: each content word
 * as its Indonesian and English stems, each lexicon phrase as its concept term.
 * Groups are combined by the search, never flattened, so expansion cannot turn
 * one word of the question into several required words.
 */
import type { Token } from '../analysis/token.ts';
import { isFunctionWord } from '../analysis/token.ts';
import type { Language } from '../corpus/article.ts';
import type { ConceptMatch } from '../lexicon/matcher.ts';

export const CONCEPT_PREFIX = '~';

// Words about the corpus itself ("the news", "mentioned in the article"):
// every article is news, so they say nothing about which sentence answers.
const META_WORDS = new Set([
  'berita', 'artikel', 'disebut', 'disebutkan', 'menyebut', 'dilaporkan', 'diberitakan', 'isi', 'isinya',
  'news', 'article', 'articles', 'mentioned', 'reported', 'according', 'say', 'says', 'said', 'content', 'contents',
]);

export interface QueryGroup {
  /** Alternatives: a passage matching any of them matches the group. */
  readonly terms: readonly string[];
  /** The question's words behind the group, for explanations and tests. */
  readonly source: string;
  readonly concept?: string;
  /**
   * Names a particular thing (a person, an organisation, a place, a number, a
   * capitalised name): an answer that does not mention it answers another
   * question, however much else it shares.
   */
  readonly required: boolean;
}

/** Lexicon kinds whose concepts are particular things rather than topics. */
const PARTICULAR_KINDS = new Set(['person', 'organisation', 'event', 'document']);

export function passageTerms(tokens: readonly Token[], language: Language, concepts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const token of tokens) if (!isFunctionWord(token, language)) terms.add(token[language]);
  for (const key of concepts) terms.add(CONCEPT_PREFIX + key);
  return [...terms];
}

export interface GroupHints {
  /** Surfaces written with a capital in the question (not counting its first word). */
  readonly capitalised: ReadonlySet<string>;
  /** Whether a concept names a particular thing. */
  readonly particular: (key: string) => boolean;
}

export function queryGroups(tokens: readonly Token[], matches: readonly ConceptMatch[], hints: GroupHints): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const covered = new Set<number>();
  for (const match of matches) {
    const words = tokens.slice(match.start, match.end);
    for (let i = match.start; i < match.end; i++) covered.add(i);
    if (words.every((t) => isFunctionWord(t))) continue;
    const single = words.length === 1 ? [words[0]!.id, words[0]!.en] : [];
    groups.push({
      terms: unique([CONCEPT_PREFIX + match.key, ...single]),
      source: words.map((t) => t.surface).join(' '),
      concept: match.key,
      required: hints.particular(match.key),
    });
  }
  tokens.forEach((token, i) => {
    if (covered.has(i) || isFunctionWord(token) || META_WORDS.has(token.surface)) return;
    const required = /\d/.test(token.surface) || hints.capitalised.has(token.surface);
    groups.push({ terms: unique([token.surface, token.id, token.en]), source: token.surface, required });
  });
  return dedupe(groups);
}

/** Whether a lexicon concept of this kind names a particular thing. */
export function isParticularKind(kind: string | undefined, withinPlace: boolean): boolean {
  return PARTICULAR_KINDS.has(kind ?? '') || (kind === 'place' && withinPlace);
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}

function dedupe(groups: QueryGroup[]): QueryGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = g.terms.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
