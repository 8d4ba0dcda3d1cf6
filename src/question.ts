/**
 * A question analysed once: its language, tokens, the lexicon concepts it
 * names and its search groups. Every intent reads this, none re-analyses.
 */
import type { Token } from './analysis/token.ts';
import { toTokens } from './analysis/token.ts';
import type { Language } from './corpus/article.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import type { ConceptMatch } from './lexicon/matcher.ts';
import { isParticularKind, type QueryGroup, queryGroups } from './search/terms.ts';
import { normalize } from './text/normalize.ts';
import { tokenize } from './text/tokenize.ts';

export interface Question {
  readonly text: string;
  readonly language: Language;
  readonly tokens: readonly Token[];
  readonly matches: readonly ConceptMatch[];
  readonly groups: readonly QueryGroup[];
}

export function analyseQuestion(text: string, language: Language, lexicon: Lexicon): Question {
  const tokens = toTokens(text);
  const matches = lexicon.match(tokens);
  const particular = (key: string) => isParticularKind(lexicon.kindOf(key)) || lexicon.isLocality(key);
  return { text, language, tokens, matches, groups: queryGroups(tokens, matches, { capitalised: capitalisedWords(text), particular, names: (key) => lexicon.phrases(key) }) };
}

// Names typed with a capital ("Tesla", "FIFA"), unless the whole question is
// in title case or capitals, where a capital says nothing.
function capitalisedWords(text: string): Set<string> {
  const words = text.split(/\s+/).slice(1).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[\p{P}]*\p{Lu}/u.test(w));
  if (words.length === 0 || capitalised.length / words.length > 0.6) return new Set();
  return new Set(capitalised.flatMap((w) => tokenize(normalize(w))));
}

/** True when any token's surface or stem (either language) is among the cues. */
export function hasCue(question: Question, cues: ReadonlySet<string>): boolean {
  return question.tokens.some((t) => cues.has(t.surface) || cues.has(t.id) || cues.has(t.en));
}

export function conceptsOf(question: Question): string[] {
  return [...new Set(question.matches.map((m) => m.key))];
}
