import { describe, expect, it } from 'vitest';
import { composeNotification, notificationItem } from '../../../src/updates/compose.ts';
import { renderNotificationText } from '../../../src/updates/render-notification.ts';
import { makeArticle } from '../../helpers.ts';

const article = makeArticle({
  id: 'nikel_1',
  title: 'Smelter nikel baru diresmikan',
  publisher: 'KONTAN',
  published: '2023-09-08',
  url: 'https://example.org/nikel',
  paragraphs: ['Smelter itu dibangun di Morowali. Kapasitasnya besar. Kalimat ketiga.'],
  language: 'id',
});

describe('renderNotificationText', () => {
  it('frames an instant notification in English, quoting the article as written', () => {
    const text = renderNotificationText(composeNotification({ topic: 'nickel', mode: 'instant' }, [article], 'en'));
    expect(text).toBe(
      ['New article on “nickel”', '', 'Smelter nikel baru diresmikan', 'KONTAN · 8 September 2023', 'Smelter itu dibangun di Morowali. Kapasitasnya besar.', 'https://example.org/nikel'].join('\n'),
    );
  });

  it('frames it in Indonesian for an Indonesian chat', () => {
    const text = renderNotificationText(composeNotification({ topic: 'nikel', mode: 'instant' }, [article], 'id'));
    expect(text.split('\n')[0]).toBe('Artikel baru tentang “nikel”');
    expect(text).toContain('KONTAN · 8 September 2023');
  });

  it('leaves out what the article does not have, inventing nothing', () => {
    const bare = { ...article, publisher: undefined, url: undefined };
    const text = renderNotificationText({ kind: 'instant', topic: '', language: 'en', item: notificationItem(bare) });
    expect(text.split('\n')).toEqual(['New article', '', 'Smelter nikel baru diresmikan', '8 September 2023', 'Smelter itu dibangun di Morowali. Kapasitasnya besar.']);
  });

  it('numbers the items of a digest under a header that counts them', () => {
    const second = { ...article, id: 'nikel_2', title: 'Ekspor nikel naik', url: undefined };
    const en = renderNotificationText(composeNotification({ topic: 'nickel', mode: 'daily' }, [article, second], 'en'));
    expect(en.split('\n')[0]).toBe('Daily digest: 2 new articles on “nickel”');
    expect(en).toContain('\n1. Smelter nikel baru diresmikan\n');
    expect(en).toContain('\n2. Ekspor nikel naik\n');
    const id = renderNotificationText(composeNotification({ topic: '', mode: 'daily' }, [article], 'id'));
    expect(id.split('\n')[0]).toBe('Ringkasan harian: 1 artikel baru');
    expect(renderNotificationText(composeNotification({ topic: '', mode: 'daily' }, [article], 'en')).split('\n')[0]).toBe('Daily digest: 1 new article');
  });
});
