/**
 * Synthetic corpora for the benchmark, generated deterministically from the
 * seed articles. Each synthetic article takes 3–8 paragraphs from seed
 * articles of one language and varies them the way a growing news corpus
 * varies: some numbers change, some minerals, places and people become others
 * of the same kind, and a few rare made-up words (Zipf-distributed over a
 * large pool) join the text, so common words stay common while the
 * vocabulary keeps growing. Metadata is varied and clearly synthetic.
 */
import { type Article, ArticleSchema, type Language } from '../../src/corpus/article.ts';
import type { Concept } from '../../src/lexicon/schema.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { intBetween, mulberry32, pick, type Random, sample, ZipfSampler } from './random.ts';

export interface GeneratorOptions {
  /** How many articles to generate. */
  readonly count: number;
  /** PRNG seed: the same seed and inputs give the same corpus. */
  readonly seed: number;
  /** The articles whose paragraphs are reused. */
  readonly sources: readonly Article[];
  /** The lexicon's concepts: minerals, places and people are swapped by kind. */
  readonly concepts: readonly Concept[];
}

const MIN_PARAGRAPHS = 3;
const MAX_PARAGRAPHS = 8;
/** Share of number runs replaced by random ones. */
const NUMBER_SHARE = 0.3;
/** Share of named entities (per article and entity) swapped for another of their kind. */
const SWAP_SHARE = 0.5;
const PSEUDO_WORD_POOL = 20_000;
const ZIPF_EXPONENT = 1.05;
const MIN_RARE_WORDS = 1;
const MAX_RARE_WORDS = 4;
/** The first articles are checked against ArticleSchema as they are made. */
const VALIDATED = 25;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
const MAX_TITLE_CHARS = 110;
const PUBLISHERS = ['Synthetic Daily', 'Synthetic Industry Review', 'Synthetic Business Wire', 'Synthetic Nusantara Post', 'Synthetic Economic Times'];
const PUBLISHER_EDITIONS = 5;
const AUTHORS = ['Ayu Sintetis', 'Budi Contoh', 'Citra Sintetis', 'Dewi Contoh', 'Eka Sintetis', 'Fajar Contoh', 'Gita Sintetis', 'Hadi Contoh'];
const TITLE_VARIANTS: Record<Language, readonly string[]> = {
  id: ['', 'Laporan: ', 'Sorotan: ', 'Analisis: ', 'Terkini: '],
  en: ['', 'Report: ', 'Focus: ', 'Analysis: ', 'Update: '],
};
/** Entity kinds whose names are swapped; places only when inside a wider place (provinces, regencies, cities). */
const SWAPPED_KINDS = ['mineral', 'person', 'place'] as const;

export function generateCorpus(options: GeneratorOptions): Article[] {
  const random = mulberry32(options.seed);
  const context: Context = {
    random,
    paragraphs: paragraphsByLanguage(options.sources),
    languages: languageWeights(options.sources),
    swaps: { id: entityNames(options.concepts, 'id'), en: entityNames(options.concepts, 'en') },
    rareWords: new ZipfSampler(pseudoWords(PSEUDO_WORD_POOL, mulberry32(options.seed ^ 0x9e3779b9)), ZIPF_EXPONENT),
    stories: Math.max(1, Math.round(options.count / 10)),
  };
  const articles: Article[] = [];
  for (let i = 0; i < options.count; i++) {
    const article = syntheticArticle(i + 1, context);
    if (i < VALIDATED) assertValid(article);
    articles.push(article);
  }
  return articles;
}

interface Context {
  readonly random: Random;
  readonly paragraphs: Record<Language, readonly string[]>;
  /** Languages to draw from, one entry per seed article (so the seed's mix is kept). */
  readonly languages: readonly Language[];
  readonly swaps: Record<Language, EntityNames>;
  readonly rareWords: ZipfSampler<string>;
  readonly stories: number;
}

function syntheticArticle(n: number, context: Context): Article {
  const { random } = context;
  const language = pick(random, context.languages);
  const count = intBetween(random, MIN_PARAGRAPHS, MAX_PARAGRAPHS);
  const swapped = new Map<string, string>();
  const paragraphs = sample(random, context.paragraphs[language], count).map((p) =>
    varyNumbers(swapEntities(p, context.swaps[language], swapped, random), random),
  );
  addRareWords(paragraphs, context);
  const id = `syn_${String(n).padStart(6, '0')}`;
  return {
    id,
    title: titleFrom(paragraphs[0]!, language, random, n),
    publisher: `${pick(random, PUBLISHERS)} ${intBetween(random, 1, PUBLISHER_EDITIONS)}`,
    ...(random() < 0.6 && { author: pick(random, AUTHORS) }),
    published: randomDate(random),
    ...(random() < 0.5 && { publishedTime: `${pad(intBetween(random, 0, 23))}:${pad(intBetween(random, 0, 59))}` }),
    language,
    ...(random() < 0.5 && { url: `https://example.org/synthetic/${id}` }),
    ...(random() < 0.2 && { story: `syn-story-${intBetween(random, 1, context.stories)}` }),
    paragraphs,
  };
}

function assertValid(article: Article): void {
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`bench: synthetic article ${article.id} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
}

function paragraphsByLanguage(sources: readonly Article[]): Record<Language, string[]> {
  const byLanguage: Record<Language, string[]> = { id: [], en: [] };
  for (const article of sources) byLanguage[article.language].push(...article.paragraphs);
  return byLanguage;
}

function languageWeights(sources: readonly Article[]): Language[] {
  const languages = sources.map((a) => a.language);
  if (languages.length === 0) throw new Error('bench: the generator needs at least one source article');
  return languages;
}

// --- entity swaps -----------------------------------------------------------

interface EntityNames {
  /** Matches any swappable name, longest first, as a whole word. */
  readonly pattern: RegExp | undefined;
  /** Lower-cased name → concept key. */
  readonly keyOf: ReadonlyMap<string, string>;
  /** Concept key → the other concepts of its kind and their display names. */
  readonly alternatives: ReadonlyMap<string, readonly string[]>;
  readonly displayName: ReadonlyMap<string, string>;
}

function entityNames(concepts: readonly Concept[], language: Language): EntityNames {
  const swappable = concepts.filter((c) => SWAPPED_KINDS.some((k) => k === c.kind) && (c.kind !== 'place' || !!c.within));
  const keyOf = new Map<string, string>();
  const displayName = new Map<string, string>();
  for (const concept of swappable) {
    const names = concept[language].filter((name) => !name.includes('(') && name.length >= 3);
    if (names.length === 0) continue;
    displayName.set(concept.key, names[0]!);
    for (const name of names) if (!keyOf.has(name.toLowerCase())) keyOf.set(name.toLowerCase(), concept.key);
  }
  const alternatives = new Map<string, string[]>();
  for (const concept of swappable) {
    if (!displayName.has(concept.key)) continue;
    alternatives.set(concept.key, swappable.filter((o) => o.kind === concept.kind && o.key !== concept.key && displayName.has(o.key)).map((o) => o.key));
  }
  const names = [...keyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  return { pattern, keyOf, alternatives, displayName };
}

// One decision per entity and article, so an article names its people consistently.
function swapEntities(text: string, names: EntityNames, swapped: Map<string, string>, random: Random): string {
  if (!names.pattern) return text;
  return text.replace(names.pattern, (found) => {
    const key = names.keyOf.get(found.toLowerCase())!;
    let replacement = swapped.get(key);
    if (replacement === undefined) {
      const others = names.alternatives.get(key) ?? [];
      replacement = others.length && random() < SWAP_SHARE ? pick(random, others) : key;
      swapped.set(key, replacement);
    }
    if (replacement === key) return found;
    return matchCase(names.displayName.get(replacement)!, found);
  });
}

function matchCase(name: string, like: string): string {
  const upperFirst = like[0] !== undefined && like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase();
  return upperFirst ? name[0]!.toUpperCase() + name.slice(1) : name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// --- numbers, rare words, metadata ------------------------------------------

// Years stay plausible years; other numbers keep their number of digits.
function varyNumbers(text: string, random: Random): string {
  return text.replace(/\d+/g, (digits) => {
    if (random() >= NUMBER_SHARE) return digits;
    if (digits.length === 4 && /^(19|20)/.test(digits)) return String(intBetween(random, 2015, 2025));
    const first = digits.length > 1 ? intBetween(random, 1, 9) : intBetween(random, 0, 9);
    let out = String(first);
    while (out.length < digits.length) out += String(intBetween(random, 0, 9));
    return out;
  });
}

// Each rare word goes after a random word of a random paragraph.
function addRareWords(paragraphs: string[], context: Context): void {
  const { random } = context;
  const count = intBetween(random, MIN_RARE_WORDS, MAX_RARE_WORDS);
  for (let i = 0; i < count; i++) {
    const at = intBetween(random, 0, paragraphs.length - 1);
    const words = paragraphs[at]!.split(' ');
    words.splice(intBetween(random, 1, words.length), 0, context.rareWords.draw(random));
    paragraphs[at] = words.join(' ');
  }
}

const CONSONANTS = [...'bcdfghjklmnprstvwz'];
const VOWELS = [...'aeiou'];
const FINALS = [...'klmnrst'];

/** `count` distinct pronounceable made-up words ("kavoru", "tesimbal"). */
function pseudoWords(count: number, random: Random): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    const syllables = intBetween(random, 2, 4);
    for (let s = 0; s < syllables; s++) word += pick(random, CONSONANTS) + pick(random, VOWELS);
    if (random() < 0.3) word += pick(random, FINALS);
    words.add(word);
  }
  return [...words];
}

function titleFrom(paragraph: string, language: Language, random: Random, n: number): string {
  const sentence = splitSentences(paragraph)[0] ?? paragraph;
  const cut = sentence.length <= MAX_TITLE_CHARS ? sentence : sentence.slice(0, sentence.lastIndexOf(' ', MAX_TITLE_CHARS));
  const title = `${pick(random, TITLE_VARIANTS[language])}${cut.replace(/[.,;:\s]+$/, '')}`.trim();
  return title.length >= 3 ? title : `Synthetic article ${n}`;
}

function randomDate(random: Random): string {
  const days = Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS);
  return new Date(FIRST_DAY + intBetween(random, 0, days) * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
