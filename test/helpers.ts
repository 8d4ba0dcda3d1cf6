/**
 * Shared fixtures for the tests: the project's corpus and lexicon, article
 * builders, temporary folders and a silent logger.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../scripts/bench/generate.ts';
import type { Answer } from '../src/answer/answer.ts';
import type { Article } from '../src/corpus/article.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { Engine } from '../src/engine.ts';
import { Knowledge } from '../src/knowledge/knowledge.ts';
import { Lexicon } from '../src/lexicon/lexicon.ts';
import { LexiconSchema } from '../src/lexicon/schema.ts';

export const ROOT = join(import.meta.dirname, '..');
export const CORPUS_DIR = join(ROOT, 'corpus');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

let lexicon: Lexicon | undefined;
let engine: Engine | undefined;
let wide: Engine | undefined;

export function projectLexicon(): Lexicon {
  lexicon ??= Lexicon.fromFile(join(CORPUS_DIR, 'lexicon.json'));
  return lexicon;
}

export function seedArticles(): Article[] {
  return loadCorpus([join(CORPUS_DIR, 'articles')]);
}

/** The engine over the seed corpus, built once per test file. */
export function seedEngine(): Engine {
  engine ??= new Engine(new Knowledge(projectLexicon(), seedArticles()));
  return engine;
}

/**
 * Synthetic articles made from the seeds (scripts/bench/generate.ts): the
 * same corpus for the same count and seed.
 */
export function syntheticArticles(count: number, seed = 7): Article[] {
  const concepts = LexiconSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'lexicon.json'), 'utf8'))).concepts;
  return generateCorpus({ count, seed, sources: seedArticles(), concepts });
}

export const WIDE_SYNTHETIC = 400;

/**
 * The seeds and WIDE_SYNTHETIC synthetic articles, built once per test file:
 * a corpus where every intent finds more than an answer can hold (a dozen
 * meetings, dozens of dated events, many sources).
 */
export function wideEngine(): Engine {
  wide ??= new Engine(new Knowledge(projectLexicon(), [...seedArticles(), ...syntheticArticles(WIDE_SYNTHETIC)]));
  return wide;
}

export function ask(text: string): Answer {
  return seedEngine().ask({ text });
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'test_article',
    title: 'Test article',
    publisher: 'Test Publisher',
    published: '2024-01-15',
    language: 'en',
    paragraphs: ['Indonesia and China signed a cooperation agreement on nickel smelters in Jakarta.'],
    ...overrides,
  };
}

export function tempDir(prefix = 'coop-bot-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (name → content) into a fresh folder and returns its path. */
export function folderWith(files: Record<string, string | object>): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Every citation number used in the answer's sections. */
export function citedNumbers(answer: Answer): number[] {
  return answer.sections.flatMap((s) =>
    s.kind === 'quotes' ? s.quotes.map((q) => q.n) : s.kind === 'paragraph' ? [...s.line.cites] : s.items.flatMap((i) => [...i.cites]),
  );
}
