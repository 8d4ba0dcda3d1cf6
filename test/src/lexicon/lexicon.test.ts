import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTokens } from '../../../src/analysis/token.ts';
import { LexiconError } from '../../../src/errors.ts';
import { Lexicon } from '../../../src/lexicon/lexicon.ts';
import { LexiconSchema } from '../../../src/lexicon/schema.ts';
import { STOPWORDS_EN, STOPWORDS_ID } from '../../../src/text/stopwords.ts';
import { normalize } from '../../../src/text/normalize.ts';
import { tokenize } from '../../../src/text/tokenize.ts';
import { CORPUS_DIR, folderWith, projectLexicon } from '../../helpers.ts';

const small = new Lexicon([
  { key: 'rare-earth', kind: 'mineral', id: ['logam tanah jarang', 'LTJ'], en: ['rare earth metals', 'rare earth'] },
  { key: 'lithium-battery', kind: 'sector', id: ['baterai litium', 'baterai lithium'], en: ['lithium battery'] },
  { key: 'battery', kind: 'sector', id: ['baterai'], en: ['battery'] },
  { key: 'china', kind: 'place', id: ['Tiongkok', 'China'], en: ['China', 'Chinese'] },
]);

const keys = (text: string) => small.match(toTokens(text)).map((m) => m.key);

describe('Lexicon', () => {
  describe('match', () => {
    it('finds multi-word names in either language', () => {
      expect(keys('potensi logam tanah jarang')).toEqual(['rare-earth']);
      expect(keys('Rare Earth Metals')).toEqual(['rare-earth']);
    });

    it('prefers the longest name at a position', () => {
      expect(keys('pabrik baterai litium')).toEqual(['lithium-battery']);
      expect(keys('pabrik baterai')).toEqual(['battery']);
    });

    it('matches English inflections through the stem', () => {
      expect(keys('lithium batteries made by Chinese firms')).toEqual(['lithium-battery', 'china']);
    });

    it('finds nothing in unrelated text', () => {
      expect(keys('the world cup final')).toEqual([]);
    });
  });

  it('names a concept in the asked language', () => {
    expect(small.name('rare-earth', 'id')).toBe('logam tanah jarang');
    expect(small.name('rare-earth', 'en')).toBe('rare earth metals');
  });

  it('reports an invalid lexicon file with the path of the fault', () => {
    const dir = folderWith({ 'lexicon.json': { version: 1, concepts: [{ key: 'X Y', kind: 'mineral', id: ['a'], en: ['b'] }] } });
    expect(() => Lexicon.fromFile(`${dir}/lexicon.json`)).toThrow(LexiconError);
    expect(() => Lexicon.fromFile(`${dir}/lexicon.json`)).toThrow(/concepts\.0\.key/);
  });

  describe('the project lexicon', () => {
    const lexicon = projectLexicon();

    it('covers the domain broadly', () => {
      expect(lexicon.size).toBeGreaterThan(150);
      for (const key of ['nickel', 'kemenperin', 'unido', 'miit']) expect(lexicon.get(key)).toBeDefined();
    });

    it('carries a query across languages for the domain vocabulary', () => {
      const same = (a: string, b: string) => expect(lexicon.match(toTokens(a)).map((m) => m.key)).toEqual(lexicon.match(toTokens(b)).map((m) => m.key));
      same('nikel', 'nickel');
      same('nota kesepahaman', 'memorandum of understanding');
      same('Sulawesi Tengah', 'Central Sulawesi');
      same('Kementerian Perindustrian', 'Ministry of Industry');
      same('nonmigas', 'non-oil and gas');
      same('KTT', 'summit');
    });

    it('refers only to concepts it holds: wider places, organisations, roles, and countries that are places', () => {
      const concepts = LexiconSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'lexicon.json'), 'utf8'))).concepts;
      for (const c of concepts) {
        for (const ref of [c.within, c.org, c.role].filter((r): r is string => r !== undefined)) expect({ key: c.key, ref, found: lexicon.get(ref) !== undefined }).toEqual({ key: c.key, ref, found: true });
        for (const country of c.countries ?? []) expect({ key: c.key, country, kind: lexicon.kindOf(country) }).toEqual({ key: c.key, country, kind: 'place' });
      }
    });

    it('names the countries of places, companies, bodies and people', () => {
      expect(lexicon.countriesOf('morowali')).toEqual(['indonesia']);
      expect(lexicon.countriesOf('tsingshan')).toEqual(['china']);
      expect(lexicon.countriesOf('imip')).toEqual(['indonesia', 'china']);
      // A minister through the ministry.
      expect(lexicon.countriesOf('minister-of-industry')).toEqual(['indonesia']);
      expect(lexicon.countriesOf('unido')).toEqual([]);
    });

    it('keeps names free of stopword-only aliases', () => {
      for (const word of [...STOPWORDS_ID, ...STOPWORDS_EN]) {
        const tokens = tokenize(normalize(word));
        expect(lexicon.match(toTokens(tokens.join(' '))).filter((m) => m.end - m.start === 1 && tokens.length === 1)).toEqual([]);
      }
    });
  });
});
