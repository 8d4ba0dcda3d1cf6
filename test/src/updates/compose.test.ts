import { describe, expect, it } from 'vitest';
import { composeNotification, notificationItem } from '../../../src/updates/compose.ts';
import { makeArticle, seedArticles } from '../../helpers.ts';

const seeds = seedArticles();

describe('notificationItem', () => {
  it('quotes the first two sentences of the body verbatim, across paragraphs', () => {
    const article = makeArticle({ paragraphs: ['First sentence here.', 'Second one. Third one.'] });
    expect(notificationItem(article).lead).toEqual(['First sentence here.', 'Second one.']);
  });

  it('takes the lead from the seed text itself', () => {
    for (const article of seeds) {
      const body = article.paragraphs.join(' ');
      for (const sentence of notificationItem(article).lead) expect(body).toContain(sentence);
    }
  });

  it('carries URL and publisher only when the article has them', () => {
    const english = seeds.find((a) => a.id.startsWith('001'))!; // no publisher, no URL in its file
    const item = notificationItem(english);
    expect(item.url).toBeUndefined();
    expect(item.publisher).toBeUndefined();
    expect(item).toMatchObject({ articleId: english.id, title: english.title, published: english.published });
    const rmol = notificationItem(seeds[0]!);
    expect(rmol.publisher).toBe('RMOL');
    expect(rmol.url).toMatch(/^https:\/\/rmol\.id\//);
  });
});

describe('composeNotification', () => {
  it('makes one instant notification for an instant subscription', () => {
    const n = composeNotification({ topic: 'nickel', mode: 'instant' }, [seeds[1]!], 'id');
    expect(n).toMatchObject({ kind: 'instant', topic: 'nickel', language: 'id', item: { articleId: seeds[1]!.id } });
  });

  it('makes one digest of every article for a daily subscription', () => {
    const n = composeNotification({ topic: '', mode: 'daily' }, seeds.slice(0, 3), 'en');
    expect(n.kind === 'digest' && n.items.map((i) => i.articleId)).toEqual(seeds.slice(0, 3).map((a) => a.id));
  });
});
