import { describe, expect, it, vi } from 'vitest';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { makeArticle, projectLexicon } from '../../helpers.ts';

const a = makeArticle({ id: 'a' });
const b = makeArticle({ id: 'b' });
const c = makeArticle({ id: 'c' });
const ids = (k: Knowledge) => k.articles.map((x) => x.id);

describe('Knowledge.view', () => {
  it('builds a view once per corpus state', () => {
    const knowledge = new Knowledge(projectLexicon(), [a]);
    const build = vi.fn(ids);
    expect(knowledge.view('ids', build)).toEqual(['a']);
    knowledge.view('ids', build);
    expect(build).toHaveBeenCalledTimes(1);
  });

  describe('when articles were added since', () => {
    it('rebuilds a view that cannot extend itself', () => {
      const knowledge = new Knowledge(projectLexicon(), [a]);
      knowledge.view('ids', ids);
      knowledge.add(b);
      expect(knowledge.view('ids', ids)).toEqual(['a', 'b']);
    });

    it('hands an extendable view only the articles it has not seen, in order', () => {
      const knowledge = new Knowledge(projectLexicon(), [a]);
      const build = vi.fn(ids);
      const extend = vi.fn((view: string[], added: readonly { id: string }[]) => [...view, ...added.map((x) => x.id)]);
      knowledge.view('ids', build, extend);
      knowledge.add(b);
      knowledge.add(c);
      expect(knowledge.view('ids', build, extend)).toEqual(['a', 'b', 'c']);
      expect(build).toHaveBeenCalledTimes(1);
      expect(extend.mock.calls[0]![1].map((x) => x.id)).toEqual(['b', 'c']);
      knowledge.view('ids', build, extend);
      expect(extend).toHaveBeenCalledTimes(1);
    });

    it('rebuilds every view after an extender fails, since views may point into one another', () => {
      const knowledge = new Knowledge(projectLexicon(), [a]);
      const other = vi.fn(ids);
      knowledge.view('other', other, (view) => view);
      knowledge.view('ids', ids, () => {
        throw new Error('boom');
      });
      knowledge.add(b);
      expect(() => knowledge.view('ids', ids, () => { throw new Error('boom'); })).toThrow('boom');
      expect(knowledge.view('ids', ids)).toEqual(['a', 'b']);
      expect(knowledge.view('other', other, (view) => view)).toEqual(['a', 'b']);
      expect(other).toHaveBeenCalledTimes(2);
    });
  });
});
