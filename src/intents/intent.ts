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

/**
 * How a sentence spells a concept (any of its names, either language,
 * ignoring case), for keeping that word when the sentence is cut short.
 */
export function surfaceOf(lexicon: Lexicon, key: string, text: string): string | undefined {
  const concept = lexicon.get(key);
  if (!concept) return undefined;
  const lower = text.toLowerCase();
  for (const name of [...concept.id, ...concept.en].sort((a, b) => b.length - a.length)) {
    const at = lower.indexOf(name.toLowerCase());
    // Lower-casing can change a string's length (İ): only a same-length match is the name.
    if (at >= 0 && text.slice(at, at + name.length).toLowerCase() === name.toLowerCase()) return text.slice(at, at + name.length);
  }
  return undefined;
}

/**
 * The `k` passages of the most recently published articles, newest first
 * (corpus order within a date). One pass with a small sorted buffer: in a
 * large corpus a minister is named in thousands of sentences, and sorting
 * them all on every question costs more than answering.
 */
export function newestPassages(passages: Iterable<Passage>, k: number): Passage[] {
  return topK(passages, k, (a, b) => a.article.published > b.article.published || (a.article.published === b.article.published && a.index < b.index));
}

/** The `k` best items by `better`, best first, in one pass. */
export function topK<T>(items: Iterable<T>, k: number, better: (a: T, b: T) => boolean): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && !better(item, top[k - 1]!)) continue;
    let i = Math.min(top.length, k - 1);
    if (top.length < k) top.push(item);
    while (i > 0 && better(item, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  return top;
}
