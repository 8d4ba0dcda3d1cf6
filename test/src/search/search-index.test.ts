import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { analyseQuestion } from '../../../src/question.ts';
import { makeArticle, projectLexicon, seedArticles } from '../../helpers.ts';

const knowledge = new Knowledge(projectLexicon(), seedArticles());
const search = (text: string, language: 'id' | 'en' = 'en') =>
  knowledge.index.search(analyseQuestion(text, language, knowledge.lexicon).groups, { limit: 5 });

describe('SearchIndex.search', () => {
  it('finds Indonesian sentences for English words through the lexicon', () => {
    const [best] = search('non-oil and gas growth third quarter');
    expect(best!.passage.text).toContain('nonmigas tumbuh pada triwulan III/2023');
    expect(best!.coverage).toBe(1);
  });

  it('finds English sentences for Indonesian words', () => {
    const [best] = search('smelter nikel Sulawesi Tengah', 'id');
    expect(best!.passage.article.language).toBe('en');
    expect(best!.passage.text).toContain('Central Sulawesi');
  });

  it('weights coverage by rarity, so a country name alone covers little', () => {
    const [best] = search('China football league');
    expect(best?.coverage ?? 0).toBeLessThan(0.3);
  });

  it('counts the sentence before at half weight', () => {
    const hit = search('UNIDO recycling batteries').find((h) => h.passage.text.includes('daur ulang'));
    expect(hit!.context.length).toBe(1);
    expect(hit!.coverage).toBeGreaterThan(0.5);
    expect(hit!.coverage).toBeLessThan(1);
  });

  it('finds the same answers when the corpus spans many shards', () => {
    // Because shards are searched newest first, an old rare sentence must still be found.
    const big = new Knowledge(projectLexicon(), [
      makeArticle({ id: 'old_rare', paragraphs: ['Vanadium refining began in Konawe last year.'] }),
      ...Array.from({ length: 25_000 }, (_, i) => makeArticle({ id: `filler_${i}`, paragraphs: ['Indonesia and China discussed industry.'] })),
    ]);
    const hits = big.index.search(analyseQuestion('vanadium refining', 'en', big.lexicon).groups, { limit: 3 });
    expect(hits[0]!.passage.article.id).toBe('old_rare');
  });
});
