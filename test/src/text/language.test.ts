import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/corpus/article.ts';
import { detectLanguage } from '../../../src/text/language.ts';
import { projectLexicon } from '../../helpers.ts';

// Short chat questions, the hard case for language detection; none is from the eval sets.
const LABELLED: Array<[string, Language]> = [
  ['siapa menteri perindustrian?', 'id'],
  ['who is the minister of industry?', 'en'],
  ['berapa investasi China?', 'id'],
  ['how big is Chinese investment?', 'en'],
  ['nikel', 'id'],
  ['nickel', 'en'],
  ['kapan KTT ASEAN?', 'id'],
  ['when was the ASEAN summit?', 'en'],
  ['smelter di Sulawesi', 'id'],
  ['smelters in Sulawesi', 'en'],
  ['apa itu hilirisasi', 'id'],
  ['what is downstreaming', 'en'],
  ['daftar sumber', 'id'],
  ['list the sources', 'en'],
  ['kerja sama baterai listrik', 'id'],
  ['electric battery cooperation', 'en'],
  ['Jelaskan kebijakan larangan ekspor', 'id'],
  ['Explain the export ban policy', 'en'],
  ['tolong ringkas pertemuan dengan UNIDO', 'id'],
  ['please summarise the UNIDO meeting', 'en'],
  ['mitra dagang terbesar', 'id'],
  ['largest trading partner', 'en'],
  ['Bagaimana tata kelola smelter?', 'id'],
  ['How is smelter governance reformed?', 'en'],
  ['pertumbuhan industri', 'id'],
  ['industrial growth', 'en'],
  ['Di mana pabrik baterai dibangun?', 'id'],
  ['Where is the battery plant?', 'en'],
  ['logam tanah jarang', 'id'],
  ['rare earth metals', 'en'],
];

describe('detectLanguage', () => {
  const vocabulary = projectLexicon().vocabulary;

  it('detects at least 90% of short labelled questions correctly', () => {
    const wrong = LABELLED.filter(([text, language]) => detectLanguage(text, 'en', vocabulary) !== language);
    const accuracy = 1 - wrong.length / LABELLED.length;
    // Because the figure is reported, print it alongside the misses.
    console.info(`language detection: ${(accuracy * 100).toFixed(1)}% of ${LABELLED.length}`, wrong.map(([t]) => t));
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('falls back to the given language when the text says nothing', () => {
    expect(detectLanguage('???', 'id', vocabulary)).toBe('id');
    expect(detectLanguage('', 'en', vocabulary)).toBe('en');
    expect(detectLanguage('UNIDO MIIT', 'id', vocabulary)).toBe('id');
  });

  it('is decided by function words over borrowed English terms', () => {
    expect(detectLanguage('Apa saja scope advanced industry cooperation?', 'en', vocabulary)).toBe('id');
  });
});
