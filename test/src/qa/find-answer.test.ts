/**
 * The general engine on small articles written for these tests: context in
 * the headline, the answer in the next sentence, names no lexicon knows,
 * numbers across languages, and the declines that matter most.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/answer/render-text.ts';
import type { Article } from '../../../src/corpus/article.ts';
import { Engine } from '../../../src/engine.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { makeArticle, projectLexicon, seedArticles } from '../../helpers.ts';

const articles: Article[] = [
  makeArticle({
    id: 'a1',
    title: 'Zhenxin Metals opens a cobalt refinery in Halmahera',
    published: '2025-11-20',
    language: 'en',
    url: 'https://example.test/a1',
    paragraphs: [
      'Zhenxin Metals, a Chinese refiner, opened its first cobalt refinery in Halmahera on Wednesday.',
      'The plant was built with local partner PT Sinar Kobalt Nusantara.',
      'It can process 45,000 tonnes of cobalt hydroxide a year, company director Liu Wenhao said.',
      'The company spent US$610 million on the first phase of the project.',
      'Sales of US$90 million in its first year would make it 12% of the cobalt trade of Halmahera, analysts said.',
      'With 45,000 tonnes a year, Zhenxin ranks fourth among cobalt refiners in Asia.',
    ],
  }),
  makeArticle({
    id: 'a2',
    title: 'Pabrik baterai Huaxin di Batang mulai dibangun',
    published: '2025-03-04',
    language: 'id',
    url: 'https://example.test/a2',
    paragraphs: [
      'Peletakan batu pertama pabrik sel baterai PT Huaxin Energi Indonesia di Kawasan Industri Terpadu Batang dilakukan pada Senin (3/3/2025).',
      'Nilai investasi tahap pertama mencapai Rp12,5 triliun.',
      'Pabrik itu ditargetkan menyerap 2.000 pekerja.',
    ],
  }),
  makeArticle({
    id: 'a3',
    title: 'Impor kaca lembaran asal Tiongkok diperiksa',
    published: '2024-09-10',
    language: 'id',
    url: 'https://example.test/a3',
    paragraphs: [
      'Komisi Pengawas Impor (KPI) memeriksa impor kaca lembaran dari Tiongkok sejak Mei 2024.',
      'Pemeriksaan itu dimulai atas permohonan Gabungan Produsen Kaca Nusantara (GPKN).',
      'GPKN mewakili tiga pabrik kaca, yaitu PT Kaca Prima Jaya, PT Sinar Beling Utama, dan PT Cermin Abadi.',
      'Bea masuk usulan hingga 45 persen berlaku untuk 14 pos tarif dalam pemeriksaan itu.',
      'Hasil pemeriksaan berlaku enam bulan sebelum ditinjau ulang.',
    ],
  }),
  makeArticle({
    id: 'a4',
    title: 'Rudi Hartanto and Li Wenjun meet in Surabaya on port project',
    published: '2025-02-11',
    language: 'en',
    url: 'https://example.test/a4',
    paragraphs: [
      'In a report from Antara, officials in China and Indonesia said Rudi Hartanto and Li Wenjun met in Surabaya on Monday to discuss a port project.',
    ],
  }),
  makeArticle({
    id: 'a5',
    title: 'Port talks move to Makassar',
    published: '2025-05-20',
    language: 'en',
    url: 'https://example.test/a5',
    paragraphs: ['Rudi Hartanto and Li Wenjun met again in Makassar to continue the port talks between China and Indonesia.'],
  }),
];

const engine = new Engine(new Knowledge(projectLexicon(), [...seedArticles(), ...articles]));
const ask = (text: string) => engine.ask({ text });

describe('the general engine', () => {
  it('answers from the sentence after the one naming the topic, leading with the figure', () => {
    const answer = ask('How much cobalt hydroxide can the Zhenxin refinery in Halmahera process a year?');
    expect(answer.abstained).toBe(false);
    expect(answer.short?.text).toContain('45,000');
    expect(answer.citations.map((c) => c.id)).toEqual(['a1']);
  });

  it('treats names no lexicon knows as names: a company, a partner, a person', () => {
    const partner = ask('which local company partnered with Zhenxin Metals?');
    expect(renderText(partner)).toContain('PT Sinar Kobalt Nusantara');
    expect(ask('who is the director of Zhenxin Metals?').abstained).toBe(false);
  });

  it('finds an English question in an Indonesian article, numbers matched across formats', () => {
    const answer = ask('how much is the first phase of the Huaxin battery plant in Batang worth?');
    expect(answer.abstained).toBe(false);
    expect(answer.short?.text).toBe('Rp12,5 triliun');
    expect(ask('pabrik huaxin di batang nyerap brp pekerja?').short?.text).toContain('2.000');
  });

  it('finds a many-word name written as its parts: "serapan tenaga kerja" as "menyerap … pekerja"', () => {
    const answer = ask('berapa serapan tenaga kerja pabrik baterai Huaxin?');
    expect(answer.abstained).toBe(false);
    expect(answer.short?.text).toContain('2.000');
  });

  it('does not answer "who" with the name the question gives; the asker is in the next sentence', () => {
    const answer = ask('siapa yang mengajukan pemeriksaan impor kaca ke KPI?');
    expect(answer.abstained).toBe(false);
    expect(answer.short?.text).toMatch(/Gabungan Produsen Kaca Nusantara|GPKN/);
    expect(answer.short?.text).not.toContain('KPI');
  });

  it('gives every name a list question asks for, not only the first', () => {
    const answer = ask('pabrik kaca apa saja yang diwakili GPKN?');
    expect(answer.short?.text).toBe('PT Kaca Prima Jaya · PT Sinar Beling Utama · PT Cermin Abadi');
  });

  it('answers "how many" with a count and "how long" with a span of time', () => {
    expect(ask('How many tariff lines are in the KPI import check?').short?.text).toBe('14');
    expect(ask('berapa lama hasil pemeriksaan impor kaca berlaku?').short?.text).toBe('enam bulan');
  });

  it('answers "what share" with a percentage, the share being the percentage itself', () => {
    expect(ask('What share of the Halmahera cobalt trade could Zhenxin take?').short?.text).toBe('12%');
  });

  it('answers a list question from several articles, with places that are neither the news source nor the two countries', () => {
    const answer = ask('Rudi Hartanto dan Li Wenjun bertemu di mana saja?');
    expect(answer.short?.text.split(' · ').sort()).toEqual(['Makassar', 'Surabaya']);
    expect(answer.citations.map((c) => c.id).sort()).toEqual(['a4', 'a5']);
  });

  it('answers a rank question with the rank, not with another number', () => {
    expect(ask('What rank does Zhenxin hold among cobalt refiners in Asia?').short?.text).toBe('fourth');
  });

  it('reads context from the headline and the publication date', () => {
    const answer = ask('Zhenxin Metals cobalt refinery Nov 2025: how much was spent?');
    expect(answer.abstained).toBe(false);
    expect(renderText(answer)).toContain('US$610 million');
  });

  it('declines when a distinctive word or a particular thing is missing from every article', () => {
    expect(ask('How much will the second phase of the Zhenxin refinery cost?').abstained).toBe(true);
    expect(ask('What salary do workers at the Huaxin battery plant get?').abstained).toBe(true);
    expect(ask('When will the Huaxin plant in Batang start commercial production?').abstained).toBe(true);
    expect(ask('How much did Zhenxin Metals invest in 2019?').abstained).toBe(true);
  });

  it('declines a money question whose only figures measure something else', () => {
    expect(ask('What will the cobalt hydroxide from Zhenxin cost per tonne?').abstained).toBe(true);
  });
});
