/**
 * What an intent handler receives and the helpers they share. A handler
 * returns an Answer, or undefined when the corpus has nothing of its kind for
 * this question (the router then falls back to the general intent).
 */
import type { Answer, IntentName, Section } from '../answer/answer.ts';
import type { Citations } from '../answer/citations.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import type { Question } from '../question.ts';
import { toTokens } from '../analysis/token.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export interface IntentContext {
  readonly question: Question;
  readonly knowledge: Knowledge;
}

export type IntentHandler = (context: IntentContext) => Answer | undefined;

export function buildAnswer(
  context: IntentContext,
  intent: IntentName,
  headline: string,
  sections: readonly Section[],
  citations: Citations,
): Answer {
  return { language: context.question.language, intent, abstained: false, headline, sections, citations: citations.all };
}

/** The concept a phrase names in the lexicon, found by name so code never hard-codes keys. */
export function conceptNamed(lexicon: Lexicon, phrase: string): string | undefined {
  const tokens = toTokens(phrase);
  const match = lexicon.match(tokens).find((m) => m.start === 0 && m.end === tokens.length);
  return match?.key;
}

/** Concepts of the given kinds in order of first appearance. */
export function conceptsOfKind(lexicon: Lexicon, keys: Iterable<string>, kinds: readonly string[]): string[] {
  return [...new Set(keys)].filter((k) => kinds.includes(lexicon.kindOf(k) ?? ''));
}

/** Passages of the most recently published articles first (stable within an article). */
export function newestFirst(passages: readonly Passage[]): Passage[] {
  return [...passages].sort((a, b) => b.article.published.localeCompare(a.article.published) || a.index - b.index);
}
