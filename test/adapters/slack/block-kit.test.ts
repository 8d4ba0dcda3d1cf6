/** The test validator itself: it must catch what Slack refuses and what could ping or forge a link. */
import { describe, expect, it } from 'vitest';
import { blockKitProblems, mrkdwnSafetyProblems } from './block-kit.ts';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
const limits = { maxBlocks: 50, needsText: true };

describe('blockKitProblems', () => {
  it('accepts a small valid message', () => {
    expect(blockKitProblems({ text: 'hi', blocks: [section('hi')] }, limits)).toEqual([]);
  });

  it.each([
    ['51 blocks', { text: 'x', blocks: Array.from({ length: 51 }, () => section('x')) }],
    ['a section over 3,000 characters', { text: 'x', blocks: [section('x'.repeat(3_001))] }],
    ['an empty section', { text: 'x', blocks: [section('')] }],
    ['a mrkdwn text without verbatim', { text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }] }],
    ['11 context elements', { text: 'x', blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'x', verbatim: true })) }] }],
    ['a 76-character button', { text: 'x', blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x'.repeat(76) } }] }] }],
    ['a 2,001-character value', { text: 'x', blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x' }, value: 'v'.repeat(2_001) }] }] }],
    ['a 256-character action_id', { text: 'x', blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a'.repeat(256), text: { type: 'plain_text', text: 'x' } }] }] }],
    ['no fallback text', { blocks: [section('x')] }],
  ])('refuses %s', (_name, message) => {
    expect(blockKitProblems(message, limits)).not.toEqual([]);
  });
});

describe('mrkdwnSafetyProblems', () => {
  it('accepts escaped text, quote markers and links to known URLs', () => {
    expect(mrkdwnSafetyProblems('&lt;!channel&gt; &amp;\n> quote <https://a.test/x?a=1&amp;b=2|Title ∣ x &gt;>', ['https://a.test/x?a=1&b=2'])).toEqual([]);
  });

  it.each(['<!channel>', '<@U123>', '<#C1|general>', '<https://evil.test|click>', 'a < b', 'a > b', 'fish & chips', '<https://a.test/|a|b>'])('flags %s', (text) => {
    expect(mrkdwnSafetyProblems(text, ['https://a.test/'])).not.toEqual([]);
  });
});
