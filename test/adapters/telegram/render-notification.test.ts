/**
 * Notifications as Telegram HTML: what each kind shows, and — for any
 * content fast-check can make up — one valid message of at most 4,096
 * characters that keeps the title and the source's link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { MAX_MESSAGE_CHARS, renderNotificationHtml } from '../../../adapters/telegram/render-notification.ts';
import type { Language } from '../../../src/corpus/article.ts';
import { UPDATE_MESSAGES } from '../../../src/updates/messages.ts';
import type { Notification, NotificationItem } from '../../../src/updates/notification.ts';
import { nastyText } from './arbitraries.ts';
import { digest, instant, notificationItem } from '../../fakes/notifications.ts';
import { checkTelegramHtml } from './telegram-html.ts';

function visible(html: string): string {
  const check = checkTelegramHtml(html);
  expect(check.problems, html.slice(0, 300)).toEqual([]);
  expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  return check.text;
}

describe('renderNotificationHtml', () => {
  describe('an instant notification', () => {
    it('shows the heading for its topic, the title in bold, publisher · date, both lead sentences and a link', () => {
      const html = renderNotificationHtml(instant());
      expect(visible(html).split('\n')).toEqual([
        UPDATE_MESSAGES.en.newArticle('nickel'),
        'Indonesia and China open a nickel smelter in Morowali',
        'Antara · 15 January 2024',
        '',
        'Indonesia and China opened a nickel smelter in Morowali on Monday. The plant will process 50,000 tonnes a year.',
        '',
        PHRASES.en.notification.readArticle,
        PHRASES.en.notification.manage,
      ]);
      expect(html).toContain('<b>Indonesia and China open a nickel smelter in Morowali</b>');
      expect(html).toContain(`<a href="https://example.com/news/nickel-smelter">${PHRASES.en.notification.readArticle}</a>`);
    });

    it('frames the article in the notification’s language, leaving the article as written', () => {
      const text = visible(renderNotificationHtml(instant({ language: 'id' })));
      expect(text).toContain(UPDATE_MESSAGES.id.newArticle('nickel'));
      expect(text).toContain('Antara · 15 Januari 2024');
      expect(text).toContain('Indonesia and China opened a nickel smelter');
      expect(text).toContain(PHRASES.id.notification.readArticle);
    });

    it('invents nothing it does not know: no publisher, no link', () => {
      const html = renderNotificationHtml(instant({ topic: '', item: notificationItem({ publisher: undefined, url: undefined }) }));
      const text = visible(html);
      expect(text).toContain(`${UPDATE_MESSAGES.en.newArticle('')}\n`);
      expect(text).toContain('\n15 January 2024\n');
      expect(html).not.toContain('<a ');
      expect(text).not.toContain(PHRASES.en.notification.readArticle);
    });

    it('offers no link to a URL that is not http(s)', () => {
      expect(renderNotificationHtml(instant({ item: notificationItem({ url: 'javascript:alert(1)' }) }))).not.toContain('<a ');
    });

    it('escapes markup in the topic, title and lead', () => {
      const html = renderNotificationHtml(instant({ topic: '<b>x</b>', item: notificationItem({ title: 'A & B <i>', lead: ['1 < 2 > 0 & "q"'] }) }));
      const text = visible(html);
      expect(text).toContain('A & B <i>');
      expect(text).toContain('1 < 2 > 0 & "q"');
    });

    it('cuts an overlong lead to fit one message, marking the cut', () => {
      const html = renderNotificationHtml(instant({ item: notificationItem({ lead: ['nickel & cobalt '.repeat(600)] }) }));
      const text = visible(html);
      expect(text).toContain('…');
      expect(text).toContain(PHRASES.en.notification.readArticle);
    });
  });

  describe('a digest', () => {
    it('lists its articles, numbered, under the heading, each linked when its URL is known', () => {
      const html = renderNotificationHtml(digest());
      const text = visible(html);
      expect(text.startsWith(UPDATE_MESSAGES.en.digestHeader(2, 'smelter'))).toBe(true);
      expect(text).toContain('1. Indonesia and China open a nickel smelter in Morowali\nAntara · 15 January 2024\nIndonesia and China opened');
      expect(text).toContain('2. Second article');
      expect(html).toContain('1. <a href="https://example.com/news/nickel-smelter">Indonesia and China open');
      expect(html.match(/<a /g)).toHaveLength(1);
    });

    it('that cannot fit in one message ends with how many articles were left out', () => {
      const items = Array.from({ length: 60 }, (_, i) => notificationItem({ articleId: `a${i}`, title: `Article ${i} `.repeat(8) }));
      const html = renderNotificationHtml(digest({ items }));
      const text = visible(html);
      const shown = items.filter((_, i) => text.includes(`${i + 1}. Article ${i} `)).length;
      expect(shown).toBeGreaterThan(3);
      expect(shown).toBeLessThan(60);
      expect(text).toContain(PHRASES.en.notification.more(60 - shown));
    });
  });

  it('always gives one valid Telegram HTML message within 4,096 characters that names the first article (property)', () => {
    const text = (max: number) => fc.oneof(nastyText(max), fc.string({ maxLength: max }));
    const itemArb: fc.Arbitrary<NotificationItem> = fc.record({
      articleId: fc.constant('a'),
      title: text(600).filter((t) => t.trim().length > 0),
      publisher: fc.option(text(300), { nil: undefined }),
      published: fc.constantFrom('2024-01-15', '2023-11', '2025-02-28'),
      url: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), text(80), fc.constant(`https://example.com/${'&<"'.repeat(500)}`)), {
        nil: undefined,
      }),
      lead: fc.array(text(3000), { maxLength: 2 }),
    });
    const language = fc.constantFrom<Language>('en', 'id');
    const notification: fc.Arbitrary<Notification> = fc.oneof(
      fc.record({ kind: fc.constant('instant' as const), topic: text(200), language, item: itemArb }),
      fc.record({ kind: fc.constant('digest' as const), topic: text(200), language, items: fc.array(itemArb, { minLength: 1, maxLength: 30 }) }),
    );
    fc.assert(
      fc.property(notification, (n) => {
        const html = renderNotificationHtml(n);
        const check = checkTelegramHtml(html);
        expect(check.problems, html.slice(0, 300)).toEqual([]);
        expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
        const first = n.kind === 'instant' ? n.item : n.items[0]!;
        // Titles are cut only past 300 characters; the start is always shown.
        expect(check.text).toContain([...first.title].slice(0, 20).join(''));
      }),
      { numRuns: 300 },
    );
  });
});
