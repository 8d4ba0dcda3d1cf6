/**
 * fast-check arbitraries for hostile text: any Unicode, and mixes of markup
 * and formatting characters that break naive escaping (HTML, Markdown,
 * entities, emoji, right-to-left and zero-width characters).
 */
import fc from 'fast-check';

const NASTY_PIECES = [
  '<', '>', '&', '"', "'", '&amp;', '&lt;', '&#60;', '&nbsp;', '<b>', '</b>', '<a href="x">', '</a>', '<script>', '</blockquote>',
  '*', '_', '`', '```', '[', ']', '(', ')', '~', '|', '\\', '\n', '\n\n', ' ', '.', '?', '!', '😀', '👩‍💻', '\u200b', '\u200d', '\u202e', '\u2066',
  'مرحبا', 'שלום', 'nickel', 'Kemenperin', 'UNIDO', '@coop_test_bot', '/help', 'https://example.com/?a=1&b=<2>',
] as const;

export const nastyText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: fc.constantFrom(...NASTY_PIECES), maxLength }));
