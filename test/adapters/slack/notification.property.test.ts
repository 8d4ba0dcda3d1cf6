/**
 * Every notification the Slack sender can render stays within Slack's Block
 * Kit limits and cannot ping a channel or forge a link: for arbitrary
 * titles, publishers, leads and topics (mrkdwn syntax, huge, every character
 * needing escape), instant and digest, with URLs good and bad.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGEST_ITEMS_SHOWN, renderNotification } from '../../../adapters/slack/render/index.ts';
import type { Notification, NotificationItem } from '../../../src/updates/notification.ts';
import { blockKitProblems, messageSafetyProblems } from './block-kit.ts';
import { digest, instant, notificationItem } from '../../fakes/notifications.ts';

const INJECTIONS = ['<!channel>', '<!here>', '<@U123ABC>', '<#C123|general>', '<https://evil.test|click>', '&amp;', '> quoted', '*bold* _it_', '|', '😀🇮🇩', '\n', '\u202e'];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 30 })), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 5_000, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.constantFrom('&'.repeat(3_500), '<'.repeat(3_200), `${'x'.repeat(2_998)}&<>`, '😀'.repeat(2_000), 'word '.repeat(900)) },
);
const url = fc.option(
  fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('javascript:alert(1)', 'https://a.test/x|y>z', 'https://evil.test/<!channel>', 'not a url', `https://a.test/${'p'.repeat(1_500)}`)),
  { nil: undefined },
);
const item: fc.Arbitrary<NotificationItem> = fc.record({
  articleId: fc.string({ minLength: 1, maxLength: 20 }),
  title: text,
  publisher: fc.option(text, { nil: undefined }),
  published: fc.constantFrom('2024-09-28', '2023-11-01', '2025-03-11'),
  url,
  lead: fc.array(text, { maxLength: 3 }),
});
const notification: fc.Arbitrary<Notification> = fc.oneof(
  fc.record({ kind: fc.constant('instant' as const), topic: text, language: fc.constantFrom('id' as const, 'en' as const), item }),
  fc.record({ kind: fc.constant('digest' as const), topic: text, language: fc.constantFrom('id' as const, 'en' as const), items: fc.array(item, { minLength: 1, maxLength: 70 }) }),
);

function urlsOf(n: Notification): string[] {
  const items = n.kind === 'instant' ? [n.item] : n.items;
  return items.flatMap((i) => (i.url && /^https?:/.test(i.url) ? [i.url] : []));
}

describe('renderNotification', () => {
  it('stays within the limits and links only to the articles’ own http(s) URLs', () => {
    fc.assert(
      fc.property(notification, (n) => {
        const message = renderNotification(n);
        expect(blockKitProblems(message, { maxBlocks: 50, needsText: true })).toEqual([]);
        expect(messageSafetyProblems(message, urlsOf(n))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('shows the title as a link, publisher · date and the lead, and the frame in the chat’s language', () => {
    const message = renderNotification(instant({ language: 'id', topic: 'nikel' }));
    const body = JSON.stringify(message.blocks);
    expect(body).toContain('Artikel baru tentang “nikel”');
    expect(body).toContain('<https://example.com/news/nickel-smelter|Indonesia and China open a nickel smelter in Morowali>');
    expect(body).toContain('Antara · 15 Januari 2024');
    expect(body).toContain('> Indonesia and China opened a nickel smelter in Morowali on Monday. The plant will process 50,000 tonnes a year.');
  });

  it('invents nothing: no link without a URL, no publisher when none is known', () => {
    const message = renderNotification(instant({ item: notificationItem({ url: undefined, publisher: undefined }) }));
    const body = JSON.stringify(message.blocks);
    expect(body).not.toContain('<http');
    expect(body).toContain('*Indonesia and China open a nickel smelter in Morowali*\\n15 January 2024');
  });

  it('says how many articles of a long digest it could not show', () => {
    const items = Array.from({ length: DIGEST_ITEMS_SHOWN + 5 }, (_, i) => notificationItem({ articleId: `a-${i}`, title: `Title ${i}` }));
    const message = renderNotification(digest({ items, language: 'en' }));
    expect(message.blocks).toHaveLength(DIGEST_ITEMS_SHOWN + 2);
    expect(JSON.stringify(message.blocks.at(-1))).toContain('and 5 more articles');
    expect(JSON.stringify(message.blocks[0])).toContain(`Daily digest: ${DIGEST_ITEMS_SHOWN + 5} new articles on “smelter”`);
  });
});
