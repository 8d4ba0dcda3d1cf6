import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockquote, bold, escapeHtml, link } from '../../../adapters/telegram/html.ts';
import { splitHtml } from '../../../adapters/telegram/split-html.ts';
import { nastyText } from './arbitraries.ts';
import { checkTelegramHtml } from './telegram-html.ts';

const visible = (html: string) => checkTelegramHtml(html).text;
// Cuts drop the white space they fall on; nothing else may change.
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('splitHtml', () => {
  it('keeps a message that fits whole', () => {
    expect(splitHtml('<b>Hi</b>\n\nthere')).toEqual(['<b>Hi</b>\n\nthere']);
  });

  describe('when a message is too long', () => {
    it('cuts at a blank line rather than inside a paragraph', () => {
      const first = 'a'.repeat(30);
      const second = 'b b b b b b. c c c c c c';
      expect(splitHtml(`${first}\n\n${second}`, 40)).toEqual([first, second]);
    });

    it('prefers the end of a sentence to any space', () => {
      const text = 'One two three four. Five six seven eight nine ten eleven';
      expect(splitHtml(text, 40)[0]).toBe('One two three four.');
    });

    it('closes the elements open at a cut and reopens them, attributes and all', () => {
      const html = `<blockquote>${link('https://example.com/?a=1&b=2', 'word '.repeat(20).trim())}</blockquote>`;
      const parts = splitHtml(html, 70);
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) {
        expect(part).toMatch(/^<blockquote><a href="https:\/\/example\.com\/\?a=1&amp;b=2">/);
        expect(part).toMatch(/<\/a><\/blockquote>$/);
        expect(checkTelegramHtml(part).problems).toEqual([]);
      }
    });

    it('never cuts an entity or a surrogate pair, even without spaces', () => {
      const html = escapeHtml('&<>😀'.repeat(40));
      const parts = splitHtml(html, 25);
      for (const part of parts) expect(checkTelegramHtml(part).problems).toEqual([]);
      expect(parts.map(visible).join('')).toBe('&<>😀'.repeat(40));
    });
  });

  it('gives nothing for blank input', () => {
    expect(splitHtml('  \n\n ')).toEqual([]);
  });

  it('always gives valid Telegram HTML within the limit, losing nothing but white space (property)', () => {
    const block = fc.oneof(
      nastyText(200).map(escapeHtml),
      nastyText(80).map(bold),
      fc.tuple(fc.webUrl(), nastyText(80)).map(([url, label]) => link(url, label)),
      nastyText(300).map((t) => blockquote(escapeHtml(t))),
    );
    const html = fc.array(fc.tuple(block, fc.constantFrom(' ', '\n', '\n\n')), { maxLength: 12 }).map((parts) => parts.map(([b, sep]) => b + sep).join(''));
    fc.assert(
      fc.property(html, fc.integer({ min: 250, max: 4096 }), (input, limit) => {
        const parts = splitHtml(input, limit);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          expect(checkTelegramHtml(part).problems.filter((p) => p !== 'message text is empty')).toEqual([]);
          expect(visible(part).trim()).not.toBe('');
        }
        expect(squeeze(parts.map(visible).join(''))).toBe(squeeze(visible(input)));
      }),
      { numRuns: 300 },
    );
  });
});
