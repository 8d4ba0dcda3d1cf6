/**
 * A question analysed once: its language, tokens, the lexicon concepts it
 * names and its search groups. Every intent reads this, none re-analyses.
 */
import { findQuantities, isNumberWord, monthOf, numberWordTerms, monthTerm, ordinalTerms, quantityTerm } from './analysis/quantities.ts';
import type { Token } from './analysis/token.ts';
import { toTokens } from './analysis/token.ts';
import type { Language } from './corpus/article.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import type { ConceptMatch } from './lexicon/matcher.ts';
import { dedupe, isParticularKind, type QueryGroup, queryGroups } from './search/terms.ts';
import { normalize } from './text/normalize.ts';
import { expandShorthand } from './text/shorthand.ts';
import { stem } from './text/stem.ts';
import { colloquialBases, spellingVariants } from './text/variants.ts';
import { tokenize } from './text/tokenize.ts';

export interface Question {
  /** The text as analysed: chat shorthand spelled out. */
  readonly text: string;
  readonly language: Language;
  readonly tokens: readonly Token[];
  readonly matches: readonly ConceptMatch[];
  readonly groups: readonly QueryGroup[];
  /** Words the corpus does not know, read as a guess (a chat base, a typo fixed): never decisive on their own. */
  readonly guessed: ReadonlySet<string>;
}

/** How many passages hold a term; lets analysis try other forms of words the corpus does not know. */
export type TermFrequency = (term: string) => number;

export function analyseQuestion(typed: string, language: Language, lexicon: Lexicon, frequency?: TermFrequency): Question {
  const text = expandShorthand(typed);
  const typedTokens = toTokens(text);
  const tokens = frequency ? typedTokens.map((t) => readUnknown(t, frequency)) : typedTokens;
  const guessed = new Set(tokens.filter((t, i) => t !== typedTokens[i]).map((t) => t.surface));
  const particular = (key: string) => isParticularKind(lexicon.kindOf(key)) || lexicon.isLocality(key);
  const written = capitalisedAt(text, tokens.length);
  // A particular thing or a place keeps its lexicon reading even beside other capitalised words.
  const matches = lexicon.match(tokens).filter((m) => particular(m.key) || lexicon.kindOf(m.key) === 'place' || !insideName(m, written));
  const neutral = neutralGroups(text, tokens, matches);
  const hints = {
    capitalised: capitalisedWords(text),
    particular,
    names: (key: string) => lexicon.phrases(key),
    skip: neutral.covered,
    nested: (words: readonly Token[]) => lexicon.matchNested(words),
  };
  return { text, language, tokens, matches, groups: [...queryGroups(tokens, matches, hints), ...neutral.groups], guessed };
}

// A word the corpus never uses is read as its chat-morphology base ("ngajuin"
// → "aju", as "mengajukan" stems), else as the known word one typo away
// ("nickle" → "nickel"), before lexicon names are matched, so both find concepts too.
function readUnknown(token: Token, frequency: TermFrequency): Token {
  if (/\d/.test(token.surface) || [token.surface, token.id, token.en].some((t) => frequency(t) > 0)) return token;
  const base = colloquialBases(token.surface).find((b) => frequency(stem(b, 'id')) > 0);
  if (base) return { ...token, id: stem(base, 'id') };
  const fixed = spellingVariants(token.surface, frequency)[0];
  return fixed ? { surface: token.surface, id: stem(fixed, 'id'), en: stem(fixed, 'en') } : token;
}

// Quantities, ordinals and months as language-neutral groups ("80 ribu" =
// "80,000"; "ke-4" = "fourth"; "Nov" = "November"), and the words they cover.
function neutralGroups(text: string, tokens: readonly Token[], matches: readonly ConceptMatch[]): { groups: QueryGroup[]; covered: Set<string> } {
  const groups: QueryGroup[] = [];
  const covered = new Set<string>();
  for (const q of findQuantities(text)) {
    // "ke-4", "No. 1": an ordinal, read below.
    const words = tokenize(normalize(q.text));
    if (/(?:\bke-?\s?|\bno\.?\s?|\bnomor\s)$/i.test(text.slice(0, q.start))) {
      for (const w of words) covered.add(w);
      continue;
    }
    const digits = words.filter((w) => /\d/.test(w));
    if (digits.length === 0) continue;
    for (const w of words) if (/\d/.test(w) || SCALE_WORDS.has(w)) covered.add(w);
    const terms = [...new Set([...q.values.map(quantityTerm), ...digits])];
    groups.push({ terms, phrases: [[terms]], source: q.text, required: true });
  }
  const normal = normalize(text);
  tokens.forEach((token) => {
    if (!isNumberWord(token.surface)) return;
    covered.add(token.surface);
    const terms = [...numberWordTerms(token.surface), token.surface];
    groups.push({ terms, phrases: [[terms]], source: token.surface, required: false });
  });
  // An ordinal inside a lexicon name ("third quarter" is Q3) belongs to that name.
  const inName = new Set(matches.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  // A name stands in as a noun, so "HDCM kelima" is still "the fifth HDCM".
  const free = tokens.map((t, i) => (inName.has(i) ? 'nama' : t.surface)).join(' ');
  for (const term of ordinalTerms(free)) {
    groups.push({ terms: [term], phrases: [[[term]]], source: term, required: true });
  }
  tokens.forEach((token, i) => {
    const word = token.surface;
    if (ORDINAL_WORD.test(word) || word === 'ke') covered.add(word);
    if (ROMAN.test(word) && i > 0 && STAGE_WORD.test(tokens[i - 1]!.surface)) covered.add(word);
  });
  tokens.forEach((token, i) => {
    const month = monthOf(token.surface);
    // "may" and "mar" are months only beside a number ("May 2025", "3 Mar").
    if (month === undefined || (AMBIGUOUS_MONTHS.has(token.surface) && !nextToDigits(tokens, i))) return;
    covered.add(token.surface);
    const term = monthTerm(month);
    groups.push({ terms: [term], phrases: [[[term]]], source: token.surface, required: false });
  });
  return { groups: dedupe(groups), covered };
}

const SCALE_WORDS = new Set(['ribu', 'rb', 'juta', 'jt', 'miliar', 'milyar', 'triliun', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'tn']);
const ORDINAL_WORD = /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|pertama|perdana|inaugural|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))$/;
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/;
const STAGE_WORD = /^(?:fase|phase|tahap|stage|triwulan|kuartal|quarter|semester|putaran|round|jilid|angkatan)$/;
const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'des', 'sep', 'agu', 'agt']);

function nextToDigits(tokens: readonly Token[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /^\d/.test(t.surface));
}


// "Well Harvest Winning": a word of a longer capitalised name is part of that
// name, not the lexicon's "winning" (as in win-win).
function insideName(match: ConceptMatch, written: readonly boolean[]): boolean {
  const named = (i: number) => written[i] === true;
  for (let i = match.start; i < match.end; i++) if (!named(i)) return false;
  return named(match.start - 1) || named(match.end);
}

// Whether each token was written as a word of a name, a capital then small
// letters (the first word does not count; acronyms side by side, "LCS BI
// PBOC", are not one name); all false when the words and tokens do not line
// up, or the whole question is in title case.
function capitalisedAt(text: string, count: number): boolean[] {
  const flags = text
    .split(/\s+/)
    .flatMap((word, i) => tokenize(normalize(word)).map(() => i > 0 && /^[\p{P}]*\p{Lu}\p{Ll}/u.test(word)));
  if (flags.length !== count || flags.filter(Boolean).length > 0.8 * Math.max(1, count - 1)) return new Array(count).fill(false);
  return flags;
}

// Names typed with a capital ("Tesla", "FIFA"), unless the whole question is
// in title case or capitals, where a capital says nothing.
function capitalisedWords(text: string): Set<string> {
  const words = text.split(/\s+/).slice(1).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[\p{P}]*\p{Lu}/u.test(w));
  // "siapa direktur utama PT Dexin Steel Indonesia?" ends in a name: not title case.
  if (words.length === 0 || capitalised.length / words.length > 0.8) return new Set();
  return new Set(capitalised.flatMap((w) => tokenize(normalize(w))));
}

/** True when any token's surface or stem (either language) is among the cues. */
export function hasCue(question: Question, cues: ReadonlySet<string>): boolean {
  return question.tokens.some((t) => cues.has(t.surface) || cues.has(t.id) || cues.has(t.en));
}

export function conceptsOf(question: Question): string[] {
  return [...new Set(question.matches.map((m) => m.key))];
}
