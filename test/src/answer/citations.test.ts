import { describe, expect, it } from 'vitest';
import { Citations } from '../../../src/answer/citations.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { makeArticle, projectLexicon } from '../../helpers.ts';

const knowledge = new Knowledge(projectLexicon(), [
  makeArticle({ id: 'one', title: 'One', url: 'https://news.test/one', paragraphs: ['First sentence of one. Second sentence of one.', 'Third sentence of one.'] }),
  makeArticle({ id: 'two', title: 'Two', publisher: undefined, publishedApprox: true, paragraphs: ['First sentence of two. Second sentence of two.'] }),
]);
const [a1, a2, a3] = knowledge.passagesOfArticle('one');
const [b1, b2] = knowledge.passagesOfArticle('two');

describe('Citations', () => {
  describe('cite', () => {
    it('gives one number per article, whichever of its sentences is cited', () => {
      const citations = new Citations();
      expect([citations.cite(a1!), citations.cite(b1!), citations.cite(a3!), citations.cite(a1!)]).toEqual([1, 2, 1, 1]);
      expect(citations.all.map((c) => c.id)).toEqual(['one', 'two']);
    });

    it("lists the article's quotes in order of first use, each once, the first as `quote`", () => {
      const citations = new Citations();
      citations.cite(a3!);
      citations.cite(a1!);
      citations.cite(a3!);
      const [one] = citations.all;
      expect(one!.quotes).toEqual(['Third sentence of one.', 'First sentence of one.']);
      expect(one!.quote).toBe('Third sentence of one.');
    });

    it("keeps the article's own metadata, and leaves out what it does not know", () => {
      const citations = new Citations();
      citations.citeAll([a1!, b1!]);
      const [one, two] = citations.all;
      expect(one).toMatchObject({ n: 1, title: 'One', publisher: 'Test Publisher', published: '2024-01-15', url: 'https://news.test/one' });
      expect(two).toMatchObject({ n: 2, title: 'Two', publishedApprox: true });
      expect(two).not.toHaveProperty('publisher');
      expect(two).not.toHaveProperty('url');
    });

    it('cuts an over-long sentence when asked, ending it in an ellipsis', () => {
      const citations = new Citations();
      citations.cite(a1!, { max: 12 });
      expect(citations.all[0]!.quotes).toEqual(['First…']);
    });
  });

  describe('citeAll', () => {
    it('gives each article one number, in order of first use', () => {
      expect(new Citations().citeAll([a1!, a2!, b1!, a3!, b2!])).toEqual([1, 2]);
    });
  });

  describe('quote', () => {
    it("returns the sentence under its article's number", () => {
      const citations = new Citations();
      citations.cite(b1!);
      expect(citations.quote(a2!)).toEqual({ n: 2, text: 'Second sentence of one.' });
    });
  });

  describe('quoteWindow', () => {
    it('joins consecutive sentences of one article into one quote', () => {
      const citations = new Citations();
      expect(citations.quoteWindow([a1!, a2!, a3!])).toEqual({ n: 1, text: 'First sentence of one. Second sentence of one. Third sentence of one.' });
      expect(citations.all[0]!.quotes).toHaveLength(1);
    });

    it('refuses sentences of two articles, or with a gap', () => {
      expect(() => new Citations().quoteWindow([a3!, b1!])).toThrow(/^coop-bot: /);
      expect(() => new Citations().quoteWindow([a1!, a3!])).toThrow(/^coop-bot: /);
      expect(() => new Citations().quoteWindow([])).toThrow(/^coop-bot: /);
    });
  });
});
