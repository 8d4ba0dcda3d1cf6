import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { CorpusError } from '../../../src/errors.ts';
import { folderWith, makeArticle, seedArticles } from '../../helpers.ts';

function loadError(files: Record<string, string | object>): CorpusError {
  try {
    loadCorpus([folderWith(files)]);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('loadCorpus', () => {
  it('loads the five seed articles with their ids and known metadata only', () => {
    const articles = seedArticles();
    expect(articles.map((a) => a.id)).toEqual([
      '000_2d10af57ad1e85d9',
      '001_b8b10f329a02ca29',
      '002_1d0fbec28d196c95',
      '003_6057a07631c6b9a6',
      '004_f58ef1cb9b988d29',
    ]);
    const english = articles.find((a) => a.id.startsWith('001'))!;
    // Because SOURCES.md does not confirm them: unknown stays unknown.
    expect(english.publisher).toBeUndefined();
    expect(english.url).toBeUndefined();
    expect(english.language).toBe('en');
  });

  it('keeps no page furniture in the seed articles', () => {
    const text = seedArticles().flatMap((a) => a.paragraphs).join('\n');
    for (const furniture of ['Populer', 'OTT KPK', 'Bekasi', 'No comments', '(DIN/GIT)', '(Ran)', 'Foto: Setpres', 'Selengkapnya']) {
      expect(text).not.toContain(furniture);
    }
    const kontan = seedArticles().find((a) => a.id.startsWith('004'))!;
    expect(kontan.paragraphs).toHaveLength(1);
  });

  it('names the file and the field when a field is invalid', () => {
    const error = loadError({ 'bad.json': { ...makeArticle(), published: '28/09/2024' } });
    expect(error.file).toMatch(/bad\.json$/);
    expect(error.field).toBe('published');
    expect(error.message).toContain('bad.json: published');
  });

  it('names a missing required field', () => {
    const { title: _title, ...untitled } = makeArticle();
    expect(loadError({ 'a.json': untitled }).field).toBe('title');
  });

  it('rejects unknown fields, so a typo in a field name is not silently ignored', () => {
    expect(loadError({ 'a.json': { ...makeArticle(), publsher: 'X' } }).message).toContain('publsher');
  });

  it('reports a file that is not JSON', () => {
    expect(loadError({ 'a.json': '{ "id": ' }).message).toMatch(/not valid JSON/);
  });

  it('refuses duplicate ids and names both files', () => {
    const error = loadError({ 'a.json': makeArticle(), 'b.json': makeArticle() });
    expect(error.field).toBe('id');
    expect(error.message).toMatch(/duplicate id "test_article".*a\.json/);
  });

  it('refuses an invented-looking URL that is not http(s)', () => {
    expect(loadError({ 'a.json': { ...makeArticle(), url: 'javascript:alert(1)' } }).field).toBe('url');
  });

  it('skips a folder that does not exist', () => {
    expect(loadCorpus(['/nonexistent/coop-bot'])).toEqual([]);
  });
});
