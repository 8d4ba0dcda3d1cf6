/**
 * A subscription topic: free text ("nickel", "baterai litium", "UNIDO", or
 * nothing for every article) analysed exactly like a question, so a topic
 * typed in English matches an Indonesian article and the other way round:
 * lexicon concepts ("nickel" and "nikel" are both ~nickel) plus each content
 * word's surface and both stems.
 *
 * Parsing also validates: a topic longer than MAX_TOPIC_CHARS, or one with no
 * content word left after analysis ("the", "???"), is refused rather than
 * stored, because it would match nothing (or, worse, everything) silently.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { analyseQuestion } from '../question.ts';
import { CONCEPT_PREFIX } from '../search/terms.ts';

/** Longest topic accepted, in characters after clean-up. */
export const MAX_TOPIC_CHARS = 100;

export interface TopicGroup {
  /** Alternatives: an article holding any of them (as a "~key" concept or a word/stem) has this part of the topic. */
  readonly terms: readonly string[];
}

export interface Topic {
  /** The cleaned text as the user typed it; empty for "everything". */
  readonly text: string;
  /**
   * The topic's identity for "already subscribed" and "unsubscribe <topic>":
   * "nickel", "Nickel" and "nikel" share a key (the concept ~nickel).
   */
  readonly key: string;
  /** Every group must occur in an article; none means every article matches. */
  readonly groups: readonly TopicGroup[];
}

export type TopicRefusal = { readonly reason: 'too-long'; readonly max: number } | { readonly reason: 'no-content'; readonly text: string };

export type ParsedTopic = { readonly ok: true; readonly topic: Topic } | ({ readonly ok: false } & TopicRefusal);

// Raw text this long cannot clean down to MAX_TOPIC_CHARS unless it is
// mostly padding, which is refused too.
const MAX_RAW_CHARS = MAX_TOPIC_CHARS * 10;

/** Words that mean "every article" when they are the whole topic. */
const EVERYTHING = new Set(['all', 'everything', 'all news', 'news', 'semua', 'semua berita', 'berita', 'segala']);

export const EVERYTHING_TOPIC: Topic = Object.freeze({ text: '', key: '', groups: Object.freeze([]) });

export function parseTopic(raw: string, lexicon: Lexicon): ParsedTopic {
  // Refused before any work, so a 10,000-character paste costs nothing.
  if (raw.length > MAX_RAW_CHARS) return { ok: false, reason: 'too-long', max: MAX_TOPIC_CHARS };
  const text = cleanTopicText(raw);
  if (text.length > MAX_TOPIC_CHARS) return { ok: false, reason: 'too-long', max: MAX_TOPIC_CHARS };
  if (text === '' || EVERYTHING.has(text.toLowerCase())) return { ok: true, topic: EVERYTHING_TOPIC };
  // The language only steers display names; groups hold both languages' stems either way.
  const groups = analyseQuestion(text, 'en', lexicon).groups.map((g) => ({ terms: g.terms }));
  if (groups.length === 0) return { ok: false, reason: 'no-content', text };
  return { ok: true, topic: { text, key: keyOf(groups), groups } };
}

/** What is kept of user text: no control or invisible characters, no HTML tags, whitespace collapsed. */
export function cleanTopicText(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A concept group is known by its concept alone ("nickel" and "nikel" carry
// different surfaces but the same ~nickel); a word group by its terms.
function keyOf(groups: readonly TopicGroup[]): string {
  return groups
    .map((g) => g.terms.find((t) => t.startsWith(CONCEPT_PREFIX)) ?? [...g.terms].sort().join('|'))
    .sort()
    .join(' ');
}
