import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/extract-html.ts';
import { extractText } from '../../../src/ingest/extract-text.ts';
import { assessRelevance } from '../../../src/ingest/relevance.ts';
import { projectLexicon, seedArticles } from '../../helpers.ts';
import { fixture } from './helpers.ts';

const assess = (title: string, paragraphs: readonly string[]) => assessRelevance({ title, paragraphs: [...paragraphs] }, projectLexicon());

describe('assessRelevance', () => {
  it.each(seedArticles().map((a) => [a.id, a] as const))('passes seed %s', (_, article) => {
    expect(assessRelevance(article, projectLexicon())).toMatchObject({ relevant: true, indonesia: true, china: true });
  });

  it('skips a football match between the two countries: no industry', () => {
    const page = extractHtml(fixture('unrelated-football.html'));
    const result = assess(page.title!, page.paragraphs);
    expect(result).toMatchObject({ relevant: false, indonesia: true, china: true });
    expect(result.industry.length).toBeLessThan(2);
  });

  it('skips a domestic corruption case: no China', () => {
    const page = extractText(fixture('unrelated-corruption.txt'));
    expect(assess(page.title!, page.paragraphs)).toMatchObject({ relevant: false, china: false });
  });

  it('counts a place inside a country as the country', () => {
    const result = assess('Smelter baru di Morowali', ['Investor dari Shanghai membangun smelter nikel di Morowali.']);
    expect(result).toMatchObject({ relevant: true, indonesia: true, china: true });
  });

  it('needs a mineral or sector, not only words of cooperation', () => {
    expect(assess('Indonesia dan China teken MoU', ['Indonesia dan China menandatangani MoU kerja sama budaya.']).relevant).toBe(false);
  });
});
