/**
 * Names read as news writes them, without a lexicon entry — and the
 * capitalised words that are not names: demonyms with their joining words,
 * a year left over from a month.
 */
import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { entitiesOf, nameSpans } from '../../../src/qa/entities.ts';
import { makeArticle, projectLexicon } from '../../helpers.ts';

const names = (text: string) => nameSpans(text).map((e) => `${e.kind}:${e.text}`);

describe('nameSpans', () => {
  it('reads companies, acronyms and titled people', () => {
    expect(names('The plant was built with local partner PT Sinar Kobalt Nusantara.')).toContain('organisation:PT Sinar Kobalt Nusantara');
    expect(names('Menurut Direktur Utama Budi Santoso, pabrik itu milik KLMN.')).toEqual(expect.arrayContaining(['organisation:KLMN']));
  });

  it('keeps joining words inside a name, never at its ends', () => {
    expect(names('A loan from the Bank of Nusantara arrived.')).toContain('organisation:Bank of Nusantara');
    expect(names('It was signed by Indonesian and Chinese companies.')).toEqual([]);
  });

  it('does not read a year as a name', () => {
    expect(names('Penyelidikan berjalan sejak Maret 2023.').some((n) => n.endsWith(':2023'))).toBe(false);
  });

  it('does not read a version in a name as a quantity', () => {
    const engine = new Knowledge(projectLexicon(), [
      makeArticle({ id: 'v', paragraphs: ['The plant follows the One GAC 2.0 strategy and can build 20,000 cars a year.'] }),
    ]);
    const found = engine.passagesOfArticle('v').flatMap((p) => entitiesOf(p, engine.lexicon)).filter((e) => e.kind === 'number');
    expect(found.map((e) => e.text)).toEqual(['20,000 cars']);
  });
});
