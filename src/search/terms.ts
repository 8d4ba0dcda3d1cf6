/**
 * The terms of a passage and the query groups of a question.
 *
 * A passage's words are indexed by the stem of its own language; the lexicon
 * concepts it names are recorded as "~key" terms for coverage. A question
 * becomes OR-groups: each content word as its surface and both stems; each
 * lexicon phrase as its concept term, and — for the full-text search — every
 * name of the concept in both languages (a multi-word name as an AND of its
 * words). Groups are combined by the search, never flattened, so expansion
 * cannot turn one word of the question into several required words.
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

/** Words of a phrase, each as the forms any of which may match. */
export type Phrase = readonly (readonly string[])[];

export interface QueryGroup {
  /** Alternatives: a passage holding any of them matches the group (checked against stems and "~key" terms). */
  readonly terms: readonly string[];
  /** The same alternatives for full-text search, where concepts are spelled out as their names. */
  readonly phrases: readonly Phrase[];
  /** The question's words behind the group, for explanations and tests. */
  readonly source: string;
  readonly concept?: string;
  /**
   * A many-word name also as its parts, each held anywhere in one sentence:
   * "serapan tenaga kerja" is written "pekerja yang terserap", its words
   * apart and "tenaga kerja" as another name of the same concept. Each part
   * is alternatives, like `terms`.
   */
  readonly parts?: readonly (readonly string[])[];
  /**
   * Names a particular thing (a person, an organisation, a place, a number, a
   * capitalised name): an answer that does not mention it answers another
   * question, however much else it shares.
   */
  readonly required: boolean;
}

/** Lexicon kinds whose concepts are particular things rather than topics. */
const PARTICULAR_KINDS = new Set(['person', 'organisation', 'event', 'document']);

/** The distinct stems of a passage's content words, in its own language. */
export function passageStems(tokens: readonly Token[], language: Language): string[] {
  const stems = new Set<string>();
  for (const token of tokens) if (!isFunctionWord(token, language)) stems.add(token[language]);
  return [...stems];
}

export function conceptTerms(concepts: readonly string[]): string[] {
  return concepts.map((key) => CONCEPT_PREFIX + key);
}

/** A name as a phrase: its content words, each as its surface and both stems. */
export function phraseOf(tokens: readonly Token[]): Phrase {
  return tokens.filter((t) => !isFunctionWord(t)).map((t) => unique([t.surface, t.id, t.en]));
}

export interface GroupHints {
  /** Surfaces written with a capital in the question (not counting its first word). */
  readonly capitalised: ReadonlySet<string>;
  /** Whether a concept names a particular thing. */
  readonly particular: (key: string) => boolean;
  /** Every name of a concept, as phrases. */
  readonly names: (key: string) => readonly Phrase[];
  /** Surfaces another group already stands for (a number's digits and scale, an ordinal). */
  readonly skip?: ReadonlySet<string>;
  /** The concepts named inside a name's words, nested ones included. */
  readonly nested?: (tokens: readonly Token[]) => readonly ConceptMatch[];
}

export function queryGroups(tokens: readonly Token[], matches: readonly ConceptMatch[], hints: GroupHints): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const covered = new Set<number>();
  for (const match of matches) {
    const words = tokens.slice(match.start, match.end);
    for (let i = match.start; i < match.end; i++) covered.add(i);
    if (words.every((t) => isFunctionWord(t))) continue;
    const single = words.length === 1 ? [words[0]!.id, words[0]!.en] : [];
    const parts = hints.nested ? partsOf(words, match.key, hints.nested) : undefined;
    groups.push({
      terms: unique([CONCEPT_PREFIX + match.key, ...single]),
      phrases: [phraseOf(words), ...hints.names(match.key)].filter((p) => p.length > 0),
      source: words.map((t) => t.surface).join(' '),
      concept: match.key,
      ...(parts && { parts }),
      required: hints.particular(match.key),
    });
  }
  tokens.forEach((token, i) => {
    if (covered.has(i) || isFunctionWord(token) || META_WORDS.has(token.surface) || hints.skip?.has(token.surface)) return;
    const required = /\d/.test(token.surface) || hints.capitalised.has(token.surface);
    const terms = unique([token.surface, token.id, token.en, ...joinedForms(tokens, i)]);
    groups.push({ terms, phrases: [[terms]], source: token.surface, required });
  });
  return dedupe(groups);
}

// A name's content words as parts: the longest other concept inside it, else
// the word itself. Undefined when the name has fewer than two parts.
function partsOf(words: readonly Token[], key: string, nested: (tokens: readonly Token[]) => readonly ConceptMatch[]): string[][] | undefined {
  const inner = nested(words)
    .filter((m) => m.key !== key && m.end - m.start < words.length)
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken = new Set<number>();
  const parts: { at: number; terms: string[] }[] = [];
  for (const m of inner) {
    const span = Array.from({ length: m.end - m.start }, (_, k) => m.start + k);
    if (span.some((i) => taken.has(i))) continue;
    span.forEach((i) => taken.add(i));
    parts.push({ at: m.start, terms: [CONCEPT_PREFIX + m.key] });
  }
  words.forEach((t, i) => {
    if (!taken.has(i) && !isFunctionWord(t)) parts.push({ at: i, terms: unique([t.surface, t.id, t.en]) });
  });
  return parts.length >= 2 ? parts.sort((a, b) => a.at - b.at).map((p) => p.terms) : undefined;
}

/** Whether a passage's terms hold the group: any of its terms, or every one of its parts. */
export function holdsGroup(group: QueryGroup, has: (term: string) => boolean): boolean {
  return group.terms.some(has) || (group.parts !== undefined && group.parts.every((part) => part.some(has)));
}

// Two words written apart in a question may be one word in an article
// ("serah terima" → "diserahterimakan", "tanda tangan" → "ditandatangani").
function joinedForms(tokens: readonly Token[], i: number): string[] {
  const content = (t: Token | undefined) => t !== undefined && !isFunctionWord(t) && /^\p{L}+$/u.test(t.surface);
  const token = tokens[i]!;
  const joined: string[] = [];
  if (content(tokens[i - 1])) joined.push(tokens[i - 1]!.surface + token.surface);
  if (content(tokens[i + 1])) joined.push(token.surface + tokens[i + 1]!.surface);
  return content(token) ? joined : [];
}

/** Whether concepts of this kind name particular things (places: only localities, see Lexicon.isLocality). */
export function isParticularKind(kind: string | undefined): boolean {
  return PARTICULAR_KINDS.has(kind ?? '');
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}

/** Groups without repeats (the same alternatives twice). */
export function dedupe(groups: QueryGroup[]): QueryGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = g.terms.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
