/**
 * Story linking: reports of the same event or press release by several
 * outlets share a story key. Two signals, either enough:
 * - the same wording (a rewritten press release): containment of word
 *   3-shingles, estimated from a MinHash sketch;
 * - the same cast (the same story told in another language, where no wording
 *   is shared): Jaccard of the named lexicon concepts — people,
 *   organisations, documents, events, minerals, sectors; countries and
 *   generic terms are left out, since nearly every article names them.
 * Only articles published within a few days of each other are compared.
 *
 * Thresholds measured on the five seeds (exact values, all pairs):
 *   shingle containment: linked 003/004 0.686, 000/001 0.008 (two languages);
 *                        unrelated pairs at most 0.031;
 *   concept Jaccard:     linked 000/001 0.788, 003/004 0.941;
 *                        unrelated pairs at most 0.152.
 * test/src/ingest/story.test.ts holds these numbers.
 */
import type { Article } from '../corpus/article.ts';
import { toTokens } from '../analysis/token.ts';
import type { ConceptKind } from '../lexicon/schema.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';

export const STORY_THRESHOLDS = {
  /** Share of the shorter article's 3-shingles found in the other. */
  textContainment: 0.3,
  /** Jaccard of named concepts … */
  conceptJaccard: 0.5,
  /** … over at least this many shared concepts (two short notes naming one ministry are not a story). */
  minSharedConcepts: 4,
  /** Candidates are published within this many days. */
  windowDays: 3,
} as const;

export interface StorySignature {
  /** How many distinct 3-shingles the text has. */
  readonly shingles: number;
  readonly minhash: readonly number[];
  /** Named concept keys, sorted. */
  readonly concepts: readonly string[];
}

export interface StorySimilarity {
  readonly containment: number;
  readonly conceptJaccard: number;
  readonly sharedConcepts: number;
}

export function storySignature(article: Pick<Article, 'title' | 'paragraphs'>, lexicon: Lexicon): StorySignature {
  const shingles = shinglesOf(article.paragraphs.join('\n'));
  const tokens = toTokens([article.title, ...article.paragraphs].join('\n'));
  const concepts = new Set(lexicon.matchNested(tokens).map((m) => m.key).filter((key) => NAMED_KINDS.has(lexicon.kindOf(key)!)));
  return { shingles: shingles.size, minhash: minhashOf(shingles), concepts: [...concepts].sort() };
}

export function storySimilarity(a: StorySignature, b: StorySignature): StorySimilarity {
  const shared = a.concepts.filter((key) => b.concepts.includes(key)).length;
  const union = a.concepts.length + b.concepts.length - shared;
  return { containment: containment(a, b), conceptJaccard: union ? shared / union : 0, sharedConcepts: shared };
}

export function isSameStory(similarity: StorySimilarity): boolean {
  return (
    similarity.containment >= STORY_THRESHOLDS.textContainment ||
    (similarity.conceptJaccard >= STORY_THRESHOLDS.conceptJaccard && similarity.sharedConcepts >= STORY_THRESHOLDS.minSharedConcepts)
  );
}

/** A compact string for the registry: `s1;<shingles>;<64 hashes in hex>;<concept keys>`. */
export function encodeSignature(signature: StorySignature): string {
  const hashes = signature.minhash.map((h) => h.toString(16).padStart(8, '0')).join('');
  return `s1;${signature.shingles};${hashes};${signature.concepts.join(',')}`;
}

/** Undefined for a signature of another version or a damaged one: such an article is simply not a candidate. */
export function decodeSignature(text: string): StorySignature | undefined {
  const [version, shingles, hashes, concepts] = text.split(';');
  if (version !== 's1' || !shingles || hashes === undefined || concepts === undefined || hashes.length !== HASHES * 8) return undefined;
  const minhash = hashes.match(/.{8}/g)!.map((h) => Number.parseInt(h, 16));
  if (minhash.some(Number.isNaN)) return undefined;
  return { shingles: Number(shingles), minhash, concepts: concepts ? concepts.split(',') : [] };
}

const NAMED_KINDS: ReadonlySet<ConceptKind> = new Set(['person', 'organisation', 'document', 'event', 'mineral', 'sector']);
const HASHES = 64;
const SHINGLE = 3;
// One seed per hash function; hashing (shingle hash XOR seed) through a mixer makes 64 independent-enough permutations.
const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

function shinglesOf(text: string): Set<number> {
  const words = tokenize(normalize(text));
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return shingles;
}

function minhashOf(shingles: ReadonlySet<number>): number[] {
  const minimum = new Array<number>(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(shingle ^ SEEDS[i]!);
      if (h < minimum[i]!) minimum[i] = h;
    }
  }
  return minimum;
}

// From the Jaccard estimate J and the set sizes: |A∩B| = J(|A|+|B|)/(1+J), over the smaller set.
function containment(a: StorySignature, b: StorySignature): number {
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  let equal = 0;
  for (let i = 0; i < HASHES; i++) if (a.minhash[i] === b.minhash[i]) equal++;
  const jaccard = equal / HASHES;
  return Math.min(1, (jaccard * (a.shingles + b.shingles)) / (1 + jaccard) / smaller);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

// murmur3's finaliser: every input bit affects every output bit.
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
