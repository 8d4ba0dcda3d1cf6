import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/ingest/build-article.ts';
import { extractText } from '../../../src/ingest/extract-text.ts';
import { projectLexicon, seedArticles } from '../../helpers.ts';
import { SEED_HINTS, SEED_IDS, seedText } from './helpers.ts';

// Everything but the editors' annotations: `note` is free text, `story` is tested in story.test.ts.
const COMPARED = ['title', 'publisher', 'author', 'published', 'publishedApprox', 'publishedTime', 'language', 'url', 'paragraphs'] as const;

describe('extractText', () => {
  describe('on the five seeds, with the facts their text does not print', () => {
    const corpus = new Map(seedArticles().map((a) => [a.id, a]));
    it.each(SEED_IDS)('reproduces corpus/articles/%s.json', (id) => {
      const { article } = buildArticle(extractText(seedText(id)), { id, ...SEED_HINTS[id] }, projectLexicon());
      const expected = corpus.get(id)!;
      for (const field of COMPARED) expect({ field, value: article[field] }).toEqual({ field, value: expected[field] });
      expect(article.id).toBe(id);
    });
  });

  it('reads date, time and reporter from a date/reporter line, the name in proper case', () => {
    const draft = extractText(
      ['Bisnis', '', 'Kemenperin dan MIIT Bahas Kerja Sama Baterai', '', 'SENIN, 4 DESEMBER 2023 | 09:05 WIB | LAPORAN: BUDI SANTOSO', '', 'Kemenperin dan MIIT membahas kerja sama baterai di Jakarta.'].join('\n'),
    );
    expect(draft).toMatchObject({ title: 'Kemenperin dan MIIT Bahas Kerja Sama Baterai', dates: [{ source: 'text', date: '2023-12-04', time: '09:05' }], author: 'Budi Santoso' });
    expect(draft.paragraphs).toEqual(['Kemenperin dan MIIT membahas kerja sama baterai di Jakarta.']);
  });

  it('reads an English header line and drops the dateline naming the site', () => {
    const draft = extractText('Nickel Talks Continue in Beijing Next Week\nBUSINESS March 11, 2025 Editor Newsroom 3\nBeijing, example.com\nOfficials from both countries will meet again next week.');
    expect(draft).toMatchObject({ dates: [{ source: 'text', date: '2025-03-11' }], paragraphs: ['Officials from both countries will meet again next week.'] });
    expect(draft.author).toBeUndefined();
  });

  it('takes a bare name as the reporter only when printed twice', () => {
    const twice = extractText('Judul Berita Tentang Nikel Hari Ini\nRendy Bimantara\nRendy Bimantara\nIsi berita tentang nikel dan smelter di Sulawesi.');
    const once = extractText('Judul Berita Tentang Nikel Hari Ini\nEkonomi Bisnis\nIsi berita tentang nikel dan smelter di Sulawesi.');
    expect(twice.author).toBe('Rendy Bimantara');
    expect(once.author).toBeUndefined();
    expect(once.paragraphs).toEqual(['Isi berita tentang nikel dan smelter di Sulawesi.']);
  });

  it('keeps a story paragraph printed above the headline, once', () => {
    const body = 'Tiongkok merupakan mitra dagang terbesar Indonesia dan investor terbesar kedua, kata kementerian.';
    const draft = extractText(`${body}\nHeadline Printed Between Two Copies Here\n${body}`);
    expect(draft).toMatchObject({ title: 'Headline Printed Between Two Copies Here', paragraphs: [body] });
  });

  it('fails to find a headline in text that has none', () => {
    expect(extractText('Just one sentence of text.').title).toBeUndefined();
  });
});
