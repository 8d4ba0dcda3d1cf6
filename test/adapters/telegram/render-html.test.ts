import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAnswerHtml, renderCitationsHtml } from '../../../adapters/telegram/render-html.ts';
import { splitHtml } from '../../../adapters/telegram/split-html.ts';
import type { Answer, Citation, Section } from '../../../src/answer/answer.ts';
import { nastyText } from './arbitraries.ts';
import { checkTelegramHtml } from './telegram-html.ts';

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return { n, id: `a${n}`, title: `Title ${n}`, publisher: 'RMOL', published: '2024-09-28', url: `https://example.com/${n}`, quote: `Quote ${n}.`, ...overrides };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    language: 'en',
    intent: 'general',
    abstained: false,
    headline: 'According to the articles:',
    sections: [{ kind: 'quotes', cites: [1] }],
    citations: [citation(1)],
    ...overrides,
  };
}

describe('renderAnswerHtml', () => {
  it('sets the headline and section titles in bold and quotes in blockquotes', () => {
    const { html } = renderAnswerHtml(
      answer({ sections: [{ kind: 'bullets', title: 'Points', items: [{ text: 'nickel', cites: [1] }] }, { kind: 'quotes', cites: [1] }] }),
      5,
    );
    expect(html).toContain('<b>According to the articles:</b>');
    expect(html).toContain('<b>Points</b>\n• nickel [1]');
    expect(html).toContain('<blockquote>“Quote 1.” [1]</blockquote>');
  });

  it('numbers citations and links their titles to the article', () => {
    const { html } = renderAnswerHtml(answer(), 5);
    expect(html).toContain('<b>Sources:</b>\n[1] <a href="https://example.com/1">Title 1</a> — RMOL — 28 September 2024\n<blockquote>“Quote 1.”</blockquote>');
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
    const hostile = citation(1, { title: '<script>x</script>', url: 'https://example.com/?q="><b>&', quote: 'a < b && c > d' });
    const { html } = renderAnswerHtml(answer({ headline: '<i>hi</i>', citations: [hostile] }), 5);
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
    expect(overflow.map((c) => c.n)).toEqual([6, 7]);
  });

  it('gives valid Telegram HTML that splits into messages of at most 4,096 characters, whatever the content (property)', () => {
    const line = fc.record({ text: nastyText(400), cites: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }) });
    const section: fc.Arbitrary<Section> = fc.oneof(
      fc.record({ kind: fc.constant('paragraph' as const), title: nastyText(40), line }),
      fc.record({ kind: fc.constant('bullets' as const), items: fc.array(line, { maxLength: 12 }) }),
      fc.record({ kind: fc.constant('quotes' as const), cites: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 8 }) }),
    );
    const cite = fc.record({
      title: nastyText(120),
      publisher: fc.option(nastyText(30), { nil: undefined }),
      url: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), nastyText(30)), { nil: undefined }),
      quote: nastyText(1500),
    });
    const anyAnswer = fc.record({
      language: fc.constantFrom('id' as const, 'en' as const),
      headline: nastyText(100),
      sections: fc.array(section, { maxLength: 6 }),
      citations: fc.array(cite, { maxLength: 9 }),
    });
    fc.assert(
      fc.property(anyAnswer, (generated) => {
        const citations = generated.citations.map((c, i) => citation(i + 1, { ...c, published: '2024-01-02' }));
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

describe('renderCitationsHtml', () => {
  it('titles the list and keeps the original numbers', () => {
    expect(renderCitationsHtml([citation(6)], 'en', 'More sources')).toMatch(/^<b>More sources:<\/b>\n\[6\] /);
  });
});
