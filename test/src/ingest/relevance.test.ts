import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/extract-html.ts';
import { extractText } from '../../../src/ingest/extract-text.ts';
import { assessRelevance } from '../../../src/ingest/relevance.ts';
import { projectLexicon, seedArticles } from '../../helpers.ts';
import { fixture } from './helpers.ts';

const assess = (title: string, paragraphs: readonly string[], language?: 'id' | 'en') => assessRelevance({ title, paragraphs: [...paragraphs], language }, projectLexicon());

describe('assessRelevance', () => {
  it.each(seedArticles().map((a) => [a.id, a] as const))('passes seed %s', (_, article) => {
    expect(assessRelevance(article, projectLexicon())).toMatchObject({ relevant: true, indonesia: true, china: true, missing: [] });
  });

  it('skips a football match between the two countries: no industry', () => {
    const page = extractHtml(fixture('unrelated-football.html'));
    const result = assess(page.title!, page.paragraphs);
    expect(result).toMatchObject({ relevant: false, indonesia: true, china: true, missing: ['economy'] });
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

  describe('when a page never writes "China" or "Indonesia"', () => {
    it('takes a Chinese company as China', () => {
      const result = assess('Huayou expands its nickel investment', [
        'Huayou plans to add two processing lines at its nickel plant in Central Sulawesi, the company said on Monday.',
        'The expansion raises the investment in the project to 1.2 billion dollars and adds 3,000 workers.',
      ]);
      expect(result).toMatchObject({ relevant: true, china: true, indonesia: true });
    });

    it('takes a Chinese-run industrial park as both countries, and an accident there as industry news', () => {
      const result = assess('Ledakan tungku smelter di kawasan IMIP', [
        'Sebuah tungku di smelter milik salah satu tenant IMIP meledak pada Minggu pagi, menewaskan tiga pekerja.',
        'Manajemen kawasan menyatakan penyebab ledakan masih diselidiki bersama polisi dan dinas ketenagakerjaan.',
      ]);
      expect(result).toMatchObject({ relevant: true, china: true, indonesia: true });
    });

    it('takes a Chinese policy bank and a rail project', () => {
      const result = assess('Kereta cepat dapat tambahan pinjaman', [
        'Konsorsium proyek kereta cepat menandatangani tambahan pinjaman dari China Development Bank untuk menutup pembengkakan biaya.',
        'Pinjaman itu berjangka 30 tahun, kata direktur utama KCIC di Jakarta.',
      ]);
      expect(result).toMatchObject({ relevant: true, china: true, indonesia: true });
    });

    it('takes Indonesian signs together — a PT company and a rupiah amount — for a place the lexicon does not know', () => {
      const result = assess('Pabrik baterai Gotion mulai dibangun', [
        'PT Gotion Green Energy Solutions memulai pembangunan pabrik baterai senilai Rp2,3 triliun di sebuah kawasan industri baru.',
        'Pabrik ini ditargetkan memproduksi sel baterai untuk kendaraan listrik.',
      ], 'id');
      expect(result).toMatchObject({ relevant: true, china: true, indonesia: true });
    });
  });

  it('keeps a multilateral project both countries take part in', () => {
    const result = assess('UNIDO and the Ministry of Industry start a cleaner-production project at IWIP', [
      'The project will help smelters at the Indonesia Weda Bay Industrial Park cut emissions and reuse slag.',
      'It is funded by UNIDO and runs for three years.',
    ]);
    expect(result.relevant).toBe(true);
  });

  describe('when one country is only a bystander', () => {
    it('skips a Japanese loan story that names China once', () => {
      const result = assess('Japan lends Indonesia 40 billion yen for flood defences and a hydropower plant', [
        'Japan will lend Indonesia about 40 billion yen for flood control and a hydropower plant in Aceh, Japanese officials said.',
        'The Japanese loan, from the Japan International Cooperation Agency, carries a 40-year term; Tokyo has long competed with China for Indonesian infrastructure projects.',
        'Japan and Indonesia also signed agreements on maritime security, the Japanese foreign ministry said.',
      ]);
      expect(result).toMatchObject({ relevant: false, missing: ['china-in-passing'] });
    });

    it('skips a China–Brazil summit that names Indonesia in passing', () => {
      const result = assess('Xi dan Lula teken puluhan perjanjian', [
        'Presiden Xi Jinping dan Presiden Brasil Luiz Inácio Lula da Silva menandatangani hampir 40 perjanjian di Brasilia, termasuk perdagangan dan energi.',
        'Brasil menjadi mitra dagang terbesar China di Amerika Latin; nilai perdagangan kedua negara melampaui 150 miliar dolar AS.',
        'Brasil belum bergabung dengan Belt and Road, berbeda dengan Indonesia.',
      ], 'id');
      expect(result).toMatchObject({ relevant: false, missing: ['indonesia-in-passing'] });
    });
  });
});
