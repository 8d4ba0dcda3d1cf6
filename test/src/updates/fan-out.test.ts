import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/store/index.ts';
import { createFanOut } from '../../../src/updates/fan-out.ts';
import { makeArticle, projectLexicon, seedArticles } from '../../helpers.ts';

const lexicon = projectLexicon();
const NOW = Date.parse('2024-09-28T10:15:00+07:00');
const NEXT_DIGEST = Date.parse('2024-09-29T07:00:00+07:00');
const unido = seedArticles().find((a) => a.id.startsWith('002'))!; // Indonesian, names UNIDO and "nikel"

function setUp() {
  const store = new MemoryStore();
  const fanOut = createFanOut({ store, lexicon, digestHour: 7, timeZone: 'Asia/Jakarta' });
  const add = (chatId: string, topic: string, mode: 'instant' | 'daily' = 'instant') =>
    store.addSubscription({ chat: { platform: 'telegram', chatId }, topic, mode, now: NOW - 1000 });
  return { store, fanOut, add };
}

describe('createFanOut', () => {
  it('makes an instant subscription due now and a daily one due at the next 07:00 in Jakarta', () => {
    const { fanOut, add } = setUp();
    const instant = add('1', 'nickel');
    const daily = add('2', 'UNIDO', 'daily');
    expect(fanOut(unido, NOW)).toEqual([
      { subscriptionId: instant.id, articleId: unido.id, now: NOW, dueAt: NOW },
      { subscriptionId: daily.id, articleId: unido.id, now: NOW, dueAt: NEXT_DIGEST },
    ]);
  });

  it('leaves out unrelated topics and paused subscriptions', () => {
    const { store, fanOut, add } = setUp();
    add('1', 'football');
    const paused = add('2', 'nikel');
    store.setPaused({ platform: 'telegram', chatId: '2' }, paused.id, true);
    const everything = add('3', '');
    expect(fanOut(unido, NOW).map((d) => d.subscriptionId)).toEqual([everything.id]);
  });

  it('gives the deliveries the importer records with the article in one call', () => {
    const { store, fanOut, add } = setUp();
    const s = add('1', 'lithium battery');
    const article = makeArticle({ id: 'battery_news', title: 'Pabrik baterai litium baru', language: 'id', paragraphs: ['Pabrik itu mulai beroperasi.'] });
    const registered = { articleId: article.id, url: undefined, contentHash: 'h', storyKey: article.id, published: article.published, signature: '', ingestedAt: NOW };
    store.recordArticle(registered, fanOut(article, NOW));
    expect(store.getDelivery(s.id, article.id)).toMatchObject({ state: 'pending', nextAttemptAt: NOW });
  });
});
