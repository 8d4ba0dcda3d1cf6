/**
 * Each intent in both languages, over the seed corpus. Questions here are
 * worded differently from the eval sets on purpose.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/answer/render-text.ts';
import { ask } from '../../helpers.ts';

const text = (question: string) => renderText(ask(question));
const ids = (question: string) => [...new Set(ask(question).citations.map((c) => c.id))].sort();

describe('minerals', () => {
  it('lists the six minerals in English, cited to the RMOL and the English article', () => {
    const answer = ask('Which minerals does Indonesia want to develop downstream?');
    expect(answer.intent).toBe('minerals');
    expect(answer.language).toBe('en');
    const listed = answer.sections[0]!.kind === 'bullets' ? answer.sections[0]!.items.map((i) => i.text) : [];
    expect(listed).toEqual(['molybdenum', 'antimony', 'chromium', 'cobalt', 'lithium', 'rare earth metals']);
    const firstCites = answer.sections[0]!.kind === 'bullets' ? answer.sections[0]!.items[0]!.cites : [];
    expect(firstCites.map((n) => answer.citations[n - 1]!.id)).toEqual(['000_2d10af57ad1e85d9', '001_b8b10f329a02ca29']);
  });

  it('names the minerals in Indonesian for an Indonesian question', () => {
    const answer = ask('Apa saja mineral prioritas hilirisasi?');
    expect(answer.language).toBe('id');
    expect(renderText(answer)).toMatch(/molibdenum[\s\S]*kromium[\s\S]*logam tanah jarang/);
  });
});

describe('meetings', () => {
  it('summarises a meeting named by its people, merged from both articles that report it', () => {
    const answer = ask('Summarise the talks between Wang Jiangping and Eko Cahyanto');
    expect(answer.intent).toBe('meetings');
    expect(answer.headline).toContain('25 September 2024');
    expect(ids('Summarise the talks between Wang Jiangping and Eko Cahyanto')).toEqual(['000_2d10af57ad1e85d9', '001_b8b10f329a02ca29']);
  });

  it('finds a meeting by the roles and organisations of its participants', () => {
    const answer = ask('Ringkas pertemuan Menteri Perindustrian dengan menteri MIIT di Beijing');
    expect(answer.headline).toContain('Agus Gumiwang Kartasasmita');
    expect(answer.headline).toContain('Juni 2024');
  });

  it('does not take the day a statement was quoted for the day of the meeting', () => {
    const out = text('meeting of Eko and Wang Jiangping');
    expect(out).toContain('When: 25 September 2024');
    expect(out).not.toMatch(/When: 28 September/);
  });

  it('lists every reported meeting when none is named', () => {
    const answer = ask('Pertemuan apa saja yang dilaporkan?');
    expect(answer.sections[0]!.kind === 'bullets' && answer.sections[0]!.items).toHaveLength(3);
  });
});

describe('agreements', () => {
  it('gives the signing date, occasion, parties and scope of the MoU', () => {
    const out = text('What is in the MoU between Kemenperin and MIIT?');
    expect(out).toContain('Signed: 8 September 2023');
    expect(out).toContain('ASEAN Summit');
    expect(out).toMatch(/Scope: .*semiconductor/);
  });

  it('names the scope in Indonesian for an Indonesian question', () => {
    expect(text('Apa cakupan nota kesepahaman itu?')).toMatch(/Ruang lingkup: otomotif, baterai litium, semikonduktor/);
  });
});

describe('who-is', () => {
  it('gives the role a corpus sentence states, in the asker\'s language', () => {
    const answer = ask('Siapa Wang Jiangping?');
    expect(answer.intent).toBe('who-is');
    expect(renderText(answer)).toContain('Wakil Menteri');
  });

  it('recognises the author of an article', () => {
    expect(text('Who is Alifia Dwi Ramandhita?')).toContain('author');
  });

  it('abstains for a person only the stripped page furniture named', () => {
    expect(ask('Who is Joko Widodo?').abstained).toBe(true);
  });
});

describe('timeline', () => {
  it('lists dated events in order, with relative dates resolved', () => {
    const answer = ask('Timeline please');
    const dates = answer.sections[0]!.kind === 'bullets' ? answer.sections[0]!.items.map((i) => i.text.split(' — ')[0]) : [];
    expect(dates[0]).toBe('8 September 2023');
    expect(dates).toContain('4 December 2023');
    expect(dates).toContain('11 March 2025');
  });

  it('keeps only the events of a topic when one is named', () => {
    const out = text('kronologi UNIDO');
    expect(out).toContain('11 Maret 2025');
    expect(out).not.toContain('September 2023');
  });
});

describe('sources', () => {
  it('lists the articles with publisher and date, never an unknown publisher', () => {
    const out = text('what are your sources?');
    expect(out).toContain('RMOL — 28 September 2024');
    expect(out).toContain('about 27 September 2024');
    expect(ask('sumber berita').language).toBe('id');
  });
});

describe('help', () => {
  it('answers in the asker\'s language with example questions', () => {
    expect(ask('help').intent).toBe('help');
    expect(text('bantuan')).toContain('Contoh pertanyaan');
  });
});

describe('general', () => {
  it('answers with the sentences that hold the answer', () => {
    const answer = ask('Which provinces have nickel smelters owned by Chinese firms?');
    expect(answer.intent).toBe('general');
    expect(renderText(answer)).toContain('Central Sulawesi');
  });

  it('finds Indonesian sentences for an English question through the lexicon', () => {
    expect(text('How fast did the non-oil and gas sector grow in the third quarter of 2023?')).toContain('5,20');
  });
});

describe('abstention', () => {
  it.each([
    'Who won the Champions League final?',
    'What is the weather in Jakarta today?',
    'Berapa harga emas hari ini?',
    'How many smelters are in Morowali?',
    'Tesla investment in Indonesia',
    'Siapa Gubernur Bekasi?',
    'Camat Madiun minta maaf?',
  ])('abstains on %s', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
  });

  it('suggests what the bot can answer, in the asker\'s language', () => {
    expect(text('Siapa pemenang pemilu Amerika?')).toContain('Coba tanyakan');
  });
});

describe('the example questions the bot suggests', () => {
  it.each(['id', 'en'] as const)('are all answered from the corpus (%s)', (language) => {
    const examples = ask(language === 'id' ? 'bantuan' : 'help').sections[1]!;
    const questions = examples.kind === 'bullets' ? examples.items.map((i) => i.text) : [];
    expect(questions).toHaveLength(3);
    for (const question of questions) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.language, question).toBe(language);
    }
  });
});
