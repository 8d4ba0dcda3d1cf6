import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/answer/answer.ts';
import { renderText } from '../../../src/answer/render-text.ts';

function citation(n: number, quotes: string[], overrides: Partial<Citation> = {}): Citation {
  return { n, id: `a${n}`, title: `Title ${n}`, publisher: 'RMOL', published: '2024-09-28', url: `https://news.test/${n}`, quote: quotes[0]!, quotes, ...overrides };
}

const answer: Answer = {
  language: 'en',
  intent: 'general',
  abstained: false,
  headline: 'According to the articles:',
  short: { kind: 'money', text: 'US$1 billion', cites: [1] },
  sections: [{ kind: 'quotes', quotes: [{ n: 1, text: 'BYD will invest US$1 billion.' }] }],
  citations: [citation(1, ['BYD will invest US$1 billion.', 'The plant opens in 2026.']), citation(2, ['Other.'], { publisher: undefined, publishedApprox: true, url: undefined })],
};

describe('renderText', () => {
  it('leads with the short answer, then the quotes, then each source with the quotes not shown above', () => {
    expect(renderText(answer)).toBe(
      [
        'Answer: US$1 billion [1]',
        '',
        '“BYD will invest US$1 billion.” [1]',
        '',
        'Sources:',
        '[1] Title 1 — RMOL — 28 September 2024',
        '    https://news.test/1',
        '    “The plant opens in 2026.”',
        '[2] Title 2 — about 28 September 2024',
        '    “Other.”',
      ].join('\n'),
    );
  });

  it('labels the short answer in Indonesian for an Indonesian answer, after a specific headline', () => {
    const text = renderText({ ...answer, language: 'id', headline: 'Pabrik BYD di Subang' });
    expect(text).toMatch(/^Pabrik BYD di Subang\n\nJawaban: US\$1 billion \[1\]\n\n/);
    expect(text).toContain('Sumber:');
  });

  it('renders bullets, titles and paragraphs with their markers', () => {
    const text = renderText({
      ...answer,
      short: undefined,
      headline: 'Meeting',
      sections: [
        { kind: 'bullets', title: 'Facts', items: [{ text: 'When: 2024', cites: [1, 2] }] },
        { kind: 'paragraph', line: { text: 'No source.', cites: [] } },
      ],
    });
    expect(text).toMatch(/^Meeting\n\nFacts\n• When: 2024 \[1\]\[2\]\n\nNo source\.\n\nSources:/);
  });
});
