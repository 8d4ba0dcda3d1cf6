import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAnswerHtml, renderSourcesHtml } from '../../../adapters/telegram/render-html.ts';
import { splitHtml } from '../../../adapters/telegram/split-html.ts';
import type { Answer, Citation, Section } from '../../../src/answer/answer.ts';
import { walkAnswer } from '../../../src/answer/walk.ts';
import { nastyText } from './arbitraries.ts';
import { checkTelegramHtml } from './telegram-html.ts';

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  const quotes = overrides.quotes ?? [`Quote ${n}.`];
  return { n, id: `a${n}`, title: `Title ${n}`, publisher: 'RMOL', published: '2024-09-28', url: `https://example.com/${n}`, quote: quotes[0]!, quotes, ...overrides };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    language: 'en',
    intent: 'general',
    abstained: false,
    headline: 'According to the articles:',
    sections: [{ kind: 'quotes', quotes: [{ n: 1, text: 'Quote 1.' }] }],
    citations: [citation(1)],
    ...overrides,
  };
}

describe('renderAnswerHtml', () => {
  it('sets the headline and section titles in bold and quotes in blockquotes', () => {
    const { html } = renderAnswerHtml(
      answer({ sections: [{ kind: 'bullets', title: 'Points', items: [{ text: 'nickel', cites: [1] }] }, { kind: 'quotes', quotes: [{ n: 1, text: 'Quote 1.' }] }] }),
      5,
    );
    expect(html).toContain('<b>According to the articles:</b>');
    expect(html).toContain('<b>Points</b>\n• nickel [1]');
    expect(html).toContain('<blockquote>“Quote 1.” [1]</blockquote>');
  });

  it('numbers citations and links their titles to the article', () => {
    const { html } = renderAnswerHtml(answer({ sections: [] }), 5);
    expect(html).toContain('<b>Sources:</b>\n[1] <a href="https://example.com/1">Title 1</a> — RMOL — 28 September 2024\n<blockquote>“Quote 1.”</blockquote>');
  });

  it('shows each quote once: in the body, else under its article in the sources', () => {
    const cited = citation(1, { quotes: ['Quote 1.', 'A fact 1.'] });
    const { html } = renderAnswerHtml(answer({ sections: [{ kind: 'bullets', items: [{ text: 'When: 2024', cites: [1] }] }, { kind: 'quotes', quotes: [{ n: 1, text: 'Quote 1.' }] }], citations: [cited] }), 5);
    expect(html.match(/Quote 1\./g)).toHaveLength(1);
    expect(html).toContain('28 September 2024\n<blockquote>“A fact 1.”</blockquote>');
  });

  it('shows the short answer in bold after the headline, and instead of the generic one', () => {
    const short = { kind: 'money' as const, text: 'US$1 <billion>', cites: [1] };
    expect(renderAnswerHtml(answer({ headline: 'BYD in Subang', short }), 5).html).toMatch(/^<b>BYD in Subang<\/b>\n\n<b>Answer: US\$1 &lt;billion&gt;<\/b> \[1\]\n\n<blockquote>/);
    expect(renderAnswerHtml(answer({ short }), 5).html).toMatch(/^<b>Answer: US\$1 &lt;billion&gt;<\/b> \[1\]\n\n<blockquote>/);
    expect(renderAnswerHtml(answer({ language: 'id', headline: 'Menurut artikel:', short }), 5).html).toMatch(/^<b>Jawaban: US\$1/);
  });

  it('prints title, publisher and date without a link when the URL is unknown or not http(s)', () => {
    for (const url of [undefined, 'javascript:alert(1)', 'tg://resolve?domain=x']) {
      const { html } = renderAnswerHtml(answer({ citations: [citation(1, url ? { url } : { url: undefined })] }), 5);
      expect(html).toContain('[1] Title 1 — RMOL — 28 September 2024');
      expect(html).not.toContain('<a ');
    }
  });

  it('leaves out an unknown publisher and marks an approximate date', () => {
    const { html } = renderAnswerHtml(answer({ language: 'id', citations: [citation(1, { publisher: undefined, publishedApprox: true })] }), 5);
    expect(html).toContain('<a href="https://example.com/1">Title 1</a> — sekitar 28 September 2024');
  });

  it('escapes every dynamic string, quotes inside attributes included', () => {
    const hostile = citation(1, { title: '<script>x</script>', url: 'https://example.com/?q="><b>&', quotes: ['a < b && c > d'] });
    const { html } = renderAnswerHtml(answer({ headline: '<i>hi</i>', sections: [], citations: [hostile] }), 5);
    expect(html).toContain('<b>&lt;i&gt;hi&lt;/i&gt;</b>');
    expect(html).toContain('<a href="https://example.com/?q=&quot;&gt;&lt;b&gt;&amp;">&lt;script&gt;x&lt;/script&gt;</a>');
    expect(html).toContain('“a &lt; b &amp;&amp; c &gt; d”');
    expect(checkTelegramHtml(html).problems).toEqual([]);
  });

  it('keeps citations beyond the limit out of the text and returns them as overflow', () => {
    const citations = Array.from({ length: 7 }, (_, i) => citation(i + 1));
    const { html, overflow } = renderAnswerHtml(answer({ citations }), 5);
    expect(html).toContain('[5] ');
    expect(html).not.toContain('[6] ');
    expect(overflow.map((s) => s.n)).toEqual([6, 7]);
  });

  it('gives valid Telegram HTML that splits into messages of at most 4,096 characters, whatever the content (property)', () => {
    const line = fc.record({ text: nastyText(400), cites: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }) });
    const section: fc.Arbitrary<Section> = fc.oneof(
      fc.record({ kind: fc.constant('paragraph' as const), title: nastyText(40), line }),
      fc.record({ kind: fc.constant('bullets' as const), items: fc.array(line, { maxLength: 12 }) }),
      fc.record({ kind: fc.constant('quotes' as const), quotes: fc.array(fc.record({ n: fc.integer({ min: 1, max: 8 }), text: nastyText(600) }), { maxLength: 8 }) }),
    );
    const cite = fc.record({
      title: nastyText(120),
      publisher: fc.option(nastyText(30), { nil: undefined }),
      url: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), nastyText(30)), { nil: undefined }),
      quotes: fc.array(nastyText(1500), { minLength: 1, maxLength: 3 }),
    });
    const anyAnswer = fc.record({
      language: fc.constantFrom('id' as const, 'en' as const),
      headline: nastyText(100),
      short: fc.option(fc.record({ kind: fc.constant('other' as const), text: nastyText(100), cites: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }) }), { nil: undefined }),
      sections: fc.array(section, { maxLength: 6 }),
      citations: fc.array(cite, { maxLength: 9 }),
    });
    fc.assert(
      fc.property(anyAnswer, (generated) => {
        const citations = generated.citations.map((c, i) => citation(i + 1, { ...c, quote: c.quotes[0]!, published: '2024-01-02' }));
        const { html } = renderAnswerHtml(answer({ ...generated, citations }), 5);
        const parts = splitHtml(html);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(4096);
          expect(checkTelegramHtml(part).problems).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderSourcesHtml', () => {
  it('titles the list and keeps the original numbers', () => {
    const sources = walkAnswer(answer({ sections: [], citations: [citation(1), citation(2), citation(3), citation(4), citation(5), citation(6)] })).sources;
    expect(renderSourcesHtml(sources.slice(5), 'More sources')).toMatch(/^<b>More sources:<\/b>\n\[6\] <a href="https:\/\/example.com\/6">Title 6<\/a> — RMOL — 28 September 2024\n<blockquote>“Quote 6.”<\/blockquote>$/);
  });
});
