import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { decodeButton } from '../../../adapters/slack/button-value.ts';
import { chunkLines, wrapLine } from '../../../adapters/slack/render/chunk.ts';
import { CITATIONS_SHOWN, renderAnswer, renderHome, renderMoreSources, renderNotice, type SlackMessage } from '../../../adapters/slack/render/index.ts';
import { citationLink, escapeMrkdwn, escapeWithin, truncate } from '../../../adapters/slack/render/mrkdwn.ts';
import type { Answer, Citation, Section } from '../../../src/answer/answer.ts';
import { MAX_SUBSCRIPTIONS_PER_CHAT } from '../../../src/store/index.ts';
import { blockKitProblems, messageSafetyProblems } from './block-kit.ts';
import { buttonValue } from './helpers.ts';

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  const quotes = overrides.quotes ?? [`Quote number ${n}.`];
  return { n, id: `a${n}`, title: `Title ${n}`, publisher: 'RMOL', published: '2024-09-28', url: `https://news.test/${n}`, quote: quotes[0]!, quotes, ...overrides };
}

function answerWith(overrides: Partial<Answer> = {}): Answer {
  return { language: 'en', intent: 'general', abstained: false, headline: 'According to the articles:', sections: [], citations: [], ...overrides };
}

function valid(message: SlackMessage, urls: readonly string[] = []): void {
  expect(blockKitProblems(message, { maxBlocks: 50, needsText: true })).toEqual([]);
  expect(messageSafetyProblems(message, urls)).toEqual([]);
}

const bodyOf = (message: SlackMessage) => JSON.stringify(message.blocks);

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> *b* _i_ "q"')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; *b* _i_ "q"');
  });
});

describe('citationLink', () => {
  it('links http(s) URLs only', () => {
    expect(citationLink('https://a.test/x', 'T')).toBe('<https://a.test/x|T>');
    expect(citationLink('javascript:alert(1)', 'T')).toBeUndefined();
    expect(citationLink('ftp://a.test/', 'T')).toBeUndefined();
    expect(citationLink('not a url', 'T')).toBeUndefined();
    expect(citationLink(undefined, 'T')).toBeUndefined();
  });

  it('keeps | and > in a title from breaking the link', () => {
    expect(citationLink('https://a.test/', 'A | B > C <!here>')).toBe('<https://a.test/|A ∣ B &gt; C &lt;!here&gt;>');
  });

  it('keeps |, <, > and & in a URL from ending the link', () => {
    expect(citationLink('https://a.test/x|y>z?a=1&b=2', 'T')).toBe('<https://a.test/x%7Cy%3Ez?a=1&amp;b=2|T>');
  });

  it('puts a title with line breaks on one line', () => {
    expect(citationLink('https://a.test/', 'One\n> Two')).toBe('<https://a.test/|One &gt; Two>');
  });
});

describe('truncate and escapeWithin', () => {
  it('never cut a surrogate pair or an entity', () => {
    expect(truncate('ab😀c', 4)).toBe('ab…');
    const escaped = escapeWithin('&'.repeat(100), 22);
    expect(escaped.length).toBeLessThanOrEqual(22);
    expect(escaped).toMatch(/^(&amp;)+…$/);
  });
});

describe('chunkLines', () => {
  it('packs whole lines up to the limit', () => {
    expect(chunkLines(['aaaa', 'bbbb', 'cccc'], 9)).toEqual(['aaaa\nbbbb', 'cccc']);
  });

  it('cuts a long line at a space, and never inside an entity', () => {
    expect(wrapLine('one two three', 8)).toEqual(['one two', 'three']);
    for (const piece of wrapLine('&amp;'.repeat(10), 12)) expect(piece).toMatch(/^(&amp;)+$/);
  });

  it('keeps the continuation of a quote a quote', () => {
    const pieces = wrapLine(`> ${'word '.repeat(20)}`, 30);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.startsWith('> ')).toBe(true);
  });

  it('drops lines that hold only spaces', () => {
    expect(chunkLines(['', '  '], 10)).toEqual([]);
  });
});

describe('renderAnswer', () => {
  it('shows the headline, sections and citations, with a plain-text fallback', () => {
    const sections: Section[] = [
      { kind: 'bullets', title: 'Minerals', items: [{ text: 'nickel & cobalt', cites: [1] }] },
      { kind: 'quotes', quotes: [{ n: 2, text: 'Quote number 2.' }] },
    ];
    const message = renderAnswer(answerWith({ sections, citations: [citation(1), citation(2, { quotes: ['Quote number 2.', 'Another of 2.'] })] }));
    expect(bodyOf(message)).toContain('• nickel &amp; cobalt [1]');
    expect(bodyOf(message)).toContain('> “Quote number 2.” [2]');
    expect(bodyOf(message)).toContain('<https://news.test/1|Title 1> — RMOL — 28 September 2024');
    // Because the quotes section shows quote 2 already, its source lists only the article's other quote.
    expect(bodyOf(message)).toContain('“Quote number 1.”');
    expect(bodyOf(message).match(/Quote number 2/g)).toHaveLength(1);
    expect(bodyOf(message)).toContain('<https://news.test/2|Title 2> — RMOL — 28 September 2024\\n“Another of 2.”');
    expect(message.text).toContain('Sources:');
    valid(message, ['https://news.test/1', 'https://news.test/2']);
  });

  it('shows the short answer in bold right after the headline, with its citation', () => {
    const message = renderAnswer(
      answerWith({ headline: 'BYD plant', short: { kind: 'money', text: 'US$1 billion & more', cites: [1] }, sections: [{ kind: 'quotes', quotes: [{ n: 1, text: 'Quote number 1.' }] }], citations: [citation(1)] }),
    );
    const texts = message.blocks.map((b) => (b.type === 'section' ? b.text?.text : b.type));
    expect(texts.slice(0, 3)).toEqual(['*BYD plant*', '*Answer: US$1 billion &amp; more* [1]', '> “Quote number 1.” [1]']);
    expect(message.text).toContain('Answer: US$1 billion');
    const id = renderAnswer(answerWith({ language: 'id', headline: 'Menurut artikel:', short: { kind: 'number', text: '150 ribu', cites: [1] }, citations: [citation(1)] }));
    // The short answer takes the place of the generic "According to the articles:".
    expect(bodyOf(id)).toContain('*Jawaban: 150 ribu* [1]');
    expect(bodyOf(id)).not.toContain('Menurut artikel');
    valid(message, ['https://news.test/1']);
  });

  it('shows a citation without a URL as title, publisher and date', () => {
    const message = renderAnswer(answerWith({ citations: [citation(1, { url: undefined, publisher: undefined, publishedApprox: true })] }));
    expect(bodyOf(message)).toContain('*[1]* Title 1 — about 28 September 2024');
  });

  it('has no buttons without the question, and Share in channel only when asked for', () => {
    const answer = answerWith({ citations: [citation(1)] });
    expect(bodyOf(renderAnswer(answer))).not.toContain('actions');
    expect(buttonValue(renderAnswer(answer, { question: 'q' }), ACTION_IDS.share)).toBeUndefined();
    expect(decodeButton(buttonValue(renderAnswer(answer, { question: 'q', share: true }), ACTION_IDS.share))).toEqual({ question: 'q', language: 'en' });
  });

  it(`shows ${CITATIONS_SHOWN} citations and puts the rest behind More sources`, () => {
    const citations = Array.from({ length: 12 }, (_, i) => citation(i + 1));
    const message = renderAnswer(answerWith({ citations }), { question: 'timeline' });
    expect(message.blocks.filter((b) => b.type === 'context')).toHaveLength(CITATIONS_SHOWN);
    expect(bodyOf(message)).toContain('More sources (7)');
    expect(decodeButton(buttonValue(message, ACTION_IDS.moreSources))).toEqual({ question: 'timeline', language: 'en', from: 6 });
  });

  it('shortens an answer over 50 blocks, says so, and still shows a citation', () => {
    const long = 'word '.repeat(700);
    const sections: Section[] = Array.from({ length: 80 }, () => ({ kind: 'paragraph', line: { text: long, cites: [1] } }));
    const message = renderAnswer(answerWith({ sections, citations: [citation(1)] }), { question: 'q', share: true });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(bodyOf(message)).toContain('answer shortened');
    expect(message.blocks.some((b) => b.type === 'context')).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(3_000);
    valid(message, ['https://news.test/1']);
  });

  it('leaves the buttons out when the question is too long for a button value', () => {
    const message = renderAnswer(answerWith({ citations: Array.from({ length: 8 }, (_, i) => citation(i + 1)) }), { question: '"'.repeat(1_500), share: true });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    valid(message, Array.from({ length: 8 }, (_, i) => `https://news.test/${i + 1}`));
  });

  it('still renders a valid message for an answer with no words', () => {
    valid(renderAnswer(answerWith({ headline: '' })));
  });

  it('speaks Indonesian for an Indonesian answer', () => {
    const message = renderAnswer(answerWith({ language: 'id', citations: Array.from({ length: 6 }, (_, i) => citation(i + 1)) }), { question: 'q', share: true });
    expect(bodyOf(message)).toContain('Bagikan ke kanal');
    expect(bodyOf(message)).toContain('Sumber lain (1)');
    expect(bodyOf(message)).toContain('28 September 2024');
  });
});

describe('renderMoreSources', () => {
  const citations = Array.from({ length: 45 }, (_, i) => citation(i + 1));

  it('shows a page of the remaining citations, with quotes, and a button for the next page', () => {
    const page = renderMoreSources(answerWith({ citations }), 'q', 6)!;
    expect(page.blocks.filter((b) => b.type === 'context')).toHaveLength(20);
    expect(bodyOf(page)).toContain('Quote number 6.');
    expect(decodeButton(buttonValue(page, ACTION_IDS.moreSources))?.from).toBe(26);
    valid(page, citations.map((c) => c.url!));
  });

  it('has nothing to show beyond the last citation', () => {
    expect(renderMoreSources(answerWith({ citations }), 'q', 46)).toBeUndefined();
  });
});

describe('renderHome', () => {
  it('fits a Home tab and names the configured command', () => {
    const view = renderHome('/kerjasama');
    expect(blockKitProblems({ blocks: view.blocks }, { maxBlocks: 100, needsText: false })).toEqual([]);
    expect(JSON.stringify(view)).toContain('/kerjasama minerals');
    expect(JSON.stringify(view)).toContain('/kerjasama mineral');
  });

  it('lists the most subscriptions a chat can have, with hostile topics, within the limits', () => {
    const topic = (i: number) => `${'<!channel> & *x* '.repeat(40)}${i}`;
    const subscriptions = Array.from({ length: MAX_SUBSCRIPTIONS_PER_CHAT }, (_, i) => ({
      id: i + 1, platform: 'slack', chatId: 'U1', topic: i === 0 ? '' : topic(i), mode: i % 2 ? ('daily' as const) : ('instant' as const), createdAt: 0, paused: i === 3,
    }));
    const view = renderHome('/coop', subscriptions);
    expect(blockKitProblems({ blocks: view.blocks }, { maxBlocks: 100, needsText: false })).toEqual([]);
    expect(messageSafetyProblems({ blocks: view.blocks }, [])).toEqual([]);
    expect(JSON.stringify(view)).toContain('1. _everything · semua berita_ — instant · langsung');
    expect(JSON.stringify(view)).toContain('_paused · dijeda_');
  });

  it('says when the bot keeps no subscriptions', () => {
    expect(JSON.stringify(renderHome('/coop'))).toContain('Subscriptions are not available');
  });
});

describe('renderNotice', () => {
  it('escapes every line and splits a long reply over sections within the limits', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${i}. <!channel> & “topic” ${'x'.repeat(i % 90)}`).join('\n');
    const notice = renderNotice(text);
    expect(notice.blocks.length).toBeGreaterThan(1);
    expect(blockKitProblems(notice, { maxBlocks: 50, needsText: true })).toEqual([]);
    expect(messageSafetyProblems(notice, [])).toEqual([]);
    expect(JSON.stringify(notice.blocks)).toContain('399. &lt;!channel&gt; &amp;');
  });
});
