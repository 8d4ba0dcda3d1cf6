/**
 * The benchmark's own logic (not the benchmark, which is never run here): the
 * synthetic corpus generator, the nearest-rank percentile and the --sizes flag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variant } from '../../scripts/bench-ingest/copies.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { parseOptions } from '../../scripts/bench/options.ts';
import { percentile } from '../../scripts/bench/stats.ts';
import { type Article, ArticleSchema } from '../../src/corpus/article.ts';
import { LexiconSchema } from '../../src/lexicon/schema.ts';
import { CORPUS_DIR, makeArticle, seedArticles } from '../helpers.ts';

const concepts = LexiconSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'lexicon.json'), 'utf8'))).concepts;
const sources = seedArticles();
const generate = (count: number, seed = 42, from: readonly Article[] = sources) => generateCorpus({ count, seed, sources: from, concepts });

describe('the synthetic corpus generator', () => {
  it('is deterministic for a seed', () => {
    expect(generate(200, 7)).toEqual(generate(200, 7));
    expect(generate(50, 7)).not.toEqual(generate(50, 8));
  });

  it('makes the requested number of articles, with distinct ids', () => {
    for (const count of [0, 1, 333]) {
      const articles = generate(count);
      expect(articles).toHaveLength(count);
      expect(new Set(articles.map((a) => a.id)).size).toBe(count);
    }
  });

  it('makes articles valid against ArticleSchema, marked as synthetic', () => {
    for (const article of generate(1000)) {
      const parsed = ArticleSchema.safeParse(article);
      expect(parsed.success, `${article.id}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      expect(article.id).toMatch(/^syn_\d{6}$/);
      expect(article.publisher).toMatch(/^Synthetic /);
      if (article.url) expect(new URL(article.url).hostname).toBe('example.org');
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(article.paragraphs.length).toBeLessThanOrEqual(8);
    }
  });

  it('keeps each article in one language', () => {
    // Every paragraph carries a word that only its language's source uses.
    const english = makeArticle({ id: 'src_en', language: 'en', paragraphs: paragraphs('englishmarker', 'Nickel from Morowali was discussed by Luhut Binsar Pandjaitan.') });
    const indonesian = makeArticle({ id: 'src_id', language: 'id', paragraphs: paragraphs('penandaindonesia', 'Nikel dari Morowali dibahas oleh Luhut Binsar Pandjaitan.') });
    const articles = generate(300, 3, [english, indonesian]);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['en', 'id']));
    for (const article of articles) {
      const own = article.language === 'en' ? 'englishmarker' : 'penandaindonesia';
      const other = article.language === 'en' ? 'penandaindonesia' : 'englishmarker';
      expect(article.paragraphs.every((p) => p.includes(own) && !p.includes(other)), article.id).toBe(true);
    }
  });

  it('varies the text: swapped names, changed numbers and added rare words', () => {
    const seedText = new Set(sources.flatMap((a) => a.paragraphs));
    const paragraphs = generate(200).flatMap((a) => a.paragraphs);
    const changed = paragraphs.filter((p) => !seedText.has(p));
    expect(changed.length).toBeGreaterThan(paragraphs.length / 4);
  });
});

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is nearest-rank', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([7], 99)).toBe(7);
  });

  it('refuses no values and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe('the --sizes flag', () => {
  it('defaults to every size and keeps the canonical order', () => {
    expect(parseOptions([]).sizes).toEqual(['seed', '1k', '10k', '50k']);
    expect(parseOptions(['--sizes', '1k,seed,1k']).sizes).toEqual(['seed', '1k']);
  });

  it('runs the question history part too, or only one part with --only', () => {
    expect(parseOptions([]).history).toBe(true);
    expect(parseOptions(['--only', 'history'])).toEqual({ sizes: [], history: true });
    expect(parseOptions(['--only', 'corpus', '--sizes', 'seed'])).toEqual({ sizes: ['seed'], history: false });
    expect(() => parseOptions(['--only', 'everything'])).toThrow(/--only: give corpus or history/);
  });

  it('rejects unknown sizes with a clear message', () => {
    expect(() => parseOptions(['--sizes', 'seed,2k'])).toThrow(/unknown size "2k".*seed, 1k, 10k, 50k/);
    expect(() => parseOptions(['--sizes', ''])).toThrow(/at least one size/);
    expect(() => parseOptions(['--bogus'])).toThrow(/usage/);
  });
});

function paragraphs(marker: string, sentence: string): string[] {
  return Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} ${marker}. ${sentence} It cost 1250 units in 2023.`);
}

describe('the ingest benchmark\'s copies', () => {
  const page = '<html><head><meta property="og:url" content="https://news.example/a?x=1"><link rel="canonical" href="https://news.example/a?x=1"></head><body><p>Nav</p><p>' + 'Isi berita yang cukup panjang. '.repeat(5) + '</p></body></html>';

  it('gives each copy its own address and a sentence of its own in the story, and nothing else', () => {
    const copy = variant(page, 'https://news.example/a?x=1', 7);
    expect(copy.match(/https:\/\/news\.example\/a\?x=1&bench=7/g)).toHaveLength(2);
    expect(copy).toContain('Salinan arsip nomor 7 disimpan untuk mengukur kecepatan impor.</p>');
    expect(copy).toContain('<p>Nav</p>');
    expect(variant(page, 'https://news.example/a?x=1', 8)).not.toBe(copy);
  });
});
