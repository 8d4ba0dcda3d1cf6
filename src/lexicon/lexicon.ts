/**
 * The bilingual domain lexicon in memory: look-ups by key and kind, display
 * names in either language, and phrase matching in text.
 */
import { readFileSync } from 'node:fs';
import { type Token, toTokens } from '../analysis/token.ts';
import { type Phrase, phraseOf } from '../search/terms.ts';
import type { Language } from '../corpus/article.ts';
import { LexiconError } from '../errors.ts';
import type { LanguageVocabulary } from '../text/language.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import { type ConceptMatch, PhraseMatcher } from './matcher.ts';
import { type Concept, type ConceptKind, LexiconSchema } from './schema.ts';

export class Lexicon {
  readonly vocabulary: LanguageVocabulary;
  private readonly byKey = new Map<string, Concept>();
  private readonly matcher = new PhraseMatcher();
  private readonly partsCache = new Map<string, readonly string[]>();
  private readonly phraseCache = new Map<string, readonly Phrase[]>();
  private readonly countryCache = new Map<string, readonly string[]>();

  constructor(concepts: readonly Concept[]) {
    for (const concept of concepts) {
      this.byKey.set(concept.key, concept);
      for (const name of concept.id) this.matcher.add(concept.key, name, 'id');
      for (const name of concept.en) this.matcher.add(concept.key, name, 'en');
    }
    this.vocabulary = languageOnlyWords(concepts);
  }

  static fromFile(path: string): Lexicon {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new LexiconError(path, `cannot be read as JSON (${(error as Error).message})`);
    }
    const parsed = LexiconSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LexiconError(path, `${issue.path.join('.')}: ${issue.message}`);
    }
    return new Lexicon(parsed.data.concepts);
  }

  /** The distinct words of a concept's names, normalised (for short-name references). */
  nameParts(key: string): readonly string[] {
    let parts = this.partsCache.get(key);
    if (!parts) {
      const concept = this.byKey.get(key);
      const names = concept ? [...concept.id, ...concept.en] : [];
      parts = [...new Set(names.flatMap((n) => tokenize(normalize(n))))];
      this.partsCache.set(key, parts);
    }
    return parts;
  }

  /** Every name of the concept in both languages, as search phrases. */
  phrases(key: string): readonly Phrase[] {
    let phrases = this.phraseCache.get(key);
    if (!phrases) {
      const concept = this.byKey.get(key);
      const names = concept ? [...new Set([...concept.id, ...concept.en])] : [];
      phrases = names.map((name) => phraseOf(toTokens(name))).filter((p) => p.length > 0);
      this.phraseCache.set(key, phrases);
    }
    return phrases;
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): Concept | undefined {
    return this.byKey.get(key);
  }

  kindOf(key: string): ConceptKind | undefined {
    return this.byKey.get(key)?.kind;
  }

  /** A place with no wider place in the lexicon (a country): it names nearly every article and picks out nothing. */
  isCountry(key: string): boolean {
    const concept = this.byKey.get(key);
    return concept?.kind === 'place' && !concept.within;
  }

  /** A place inside another (a province, a city, an industrial site). */
  isLocality(key: string): boolean {
    const concept = this.byKey.get(key);
    return concept?.kind === 'place' && !!concept.within;
  }

  /**
   * The countries a concept names: a place's outermost place (Morowali →
   * Sulawesi Tengah → Indonesia), otherwise its `countries`, otherwise its
   * organisation's (a minister's ministry). Empty when the lexicon says none.
   */
  countriesOf(key: string): readonly string[] {
    let countries = this.countryCache.get(key);
    if (!countries) {
      countries = this.resolveCountries(key, 0);
      this.countryCache.set(key, countries);
    }
    return countries;
  }

  /** The concept's display name in the given language. */
  name(key: string, language: Language): string {
    const concept = this.byKey.get(key);
    return concept ? concept[language][0]! : key;
  }

  // Bounded, so a cycle of `within` or `org` in a hand-edited file cannot loop.
  private resolveCountries(key: string, depth: number): readonly string[] {
    const concept = this.byKey.get(key);
    if (!concept || depth > 10) return [];
    if (concept.kind === 'place') return concept.within ? this.resolveCountries(concept.within, depth + 1) : [concept.key];
    if (concept.countries) return concept.countries;
    return concept.org ? this.resolveCountries(concept.org, depth + 1) : [];
  }

  /** Longest names, no overlaps: what a question names. */
  match(tokens: readonly Token[]): ConceptMatch[] {
    return this.matcher.match(tokens);
  }

  /** Every name, nested ones included: what a passage is about. */
  matchNested(tokens: readonly Token[]): ConceptMatch[] {
    return this.matcher.matchNested(tokens);
  }
}

// Words that appear in one language's names only: evidence for language detection.
function languageOnlyWords(concepts: readonly Concept[]): LanguageVocabulary {
  const words = { id: new Set<string>(), en: new Set<string>() };
  for (const concept of concepts) {
    for (const language of ['id', 'en'] as const) {
      for (const name of concept[language]) for (const w of tokenize(normalize(name))) words[language].add(w);
    }
  }
  const shared = [...words.id].filter((w) => words.en.has(w));
  for (const w of shared) {
    words.id.delete(w);
    words.en.delete(w);
  }
  return words;
}
