import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/answer/answer.ts';
import { walkAnswer } from '../../../src/answer/walk.ts';

function citation(n: number, quotes: string[], overrides: Partial<Citation> = {}): Citation {
  return { n, id: `a${n}`, title: `Title ${n}`, publisher: 'RMOL', published: '2024-09-28', url: `https://news.test/${n}`, quote: quotes[0]!, quotes, ...overrides };
}

function answer(overrides: Partial<Answer>): Answer {
  return { language: 'en', intent: 'general', abstained: false, headline: 'According to the articles:', sections: [], citations: [], ...overrides };
}

describe('walkAnswer', () => {
  it('gives the headline, then each section as lines with their markers', () => {
    const { body } = walkAnswer(
      answer({
        headline: 'Meeting: A – B',
        sections: [
          { kind: 'bullets', items: [{ text: 'When: 2024', cites: [1, 2] }, { text: 'Who: A', cites: [] }] },
          { kind: 'quotes', title: 'Points made', quotes: [{ n: 2, text: '"Nickel."' }] },
        ],
        citations: [citation(1, ['x']), citation(2, ['"Nickel."'])],
      }),
    );
    expect(body).toEqual([
      { kind: 'headline', text: 'Meeting: A – B' },
      { kind: 'lines', style: 'bullet', lines: [{ text: 'When: 2024', marker: '[1][2]' }, { text: 'Who: A', marker: '' }] },
      { kind: 'lines', style: 'quote', title: 'Points made', lines: [{ text: '“Nickel.”', marker: '[2]' }] },
    ]);
  });

  describe('when the answer has a short answer', () => {
    const short = { kind: 'money' as const, text: 'US$1 billion', cites: [1] };

    it('puts it right after the headline, labelled in the answer’s language', () => {
      expect(walkAnswer(answer({ headline: 'BYD', short })).body.slice(0, 2)).toEqual([
        { kind: 'headline', text: 'BYD' },
        { kind: 'short', label: 'Answer', text: 'US$1 billion', marker: '[1]' },
      ]);
      expect(walkAnswer(answer({ language: 'id', headline: 'BYD', short })).body[1]).toMatchObject({ label: 'Jawaban' });
    });

    it('takes the place of the generic headline', () => {
      expect(walkAnswer(answer({ short })).body[0]).toEqual({ kind: 'short', label: 'Answer', text: 'US$1 billion', marker: '[1]' });
      expect(walkAnswer(answer({ language: 'id', headline: 'Menurut artikel:', short })).body[0]!.kind).toBe('short');
    });
  });

  describe('sources', () => {
    it('describe each article once, with publisher, date (approximate when so) and URL', () => {
      const { sources, sourcesTitle } = walkAnswer(answer({ language: 'id', citations: [citation(1, ['q']), citation(2, ['r'], { publisher: undefined, publishedApprox: true, url: undefined })] }));
      expect(sourcesTitle).toBe('Sumber');
      expect(sources).toEqual([
        { n: 1, marker: '[1]', title: 'Title 1', details: 'RMOL — 28 September 2024', url: 'https://news.test/1', quotes: ['“q”'] },
        { n: 2, marker: '[2]', title: 'Title 2', details: 'sekitar 28 September 2024', quotes: ['“r”'] },
      ]);
    });

    it('list only the quotes the body does not show', () => {
      const { sources } = walkAnswer(
        answer({
          sections: [
            // A timeline event shows its (cut) sentence in the line itself.
            { kind: 'bullets', items: [{ text: '4 December 2023 — The plant opened…', cites: [1] }] },
            { kind: 'quotes', quotes: [{ n: 2, text: 'First. Second.' }] },
          ],
          citations: [citation(1, ['The plant opened…', 'A fact for the line.']), citation(2, ['First. Second.', 'First.', 'Third.'])],
        }),
      );
      expect(sources.map((s) => s.quotes)).toEqual([['“A fact for the line.”'], ['“Third.”']]);
    });

    it('do not count a quote as shown by a line that cites another article', () => {
      const { sources } = walkAnswer(answer({ sections: [{ kind: 'paragraph', line: { text: 'Same words.', cites: [2] } }], citations: [citation(1, ['Same words.']), citation(2, ['Other.'])] }));
      expect(sources[0]!.quotes).toEqual(['“Same words.”']);
    });
  });
});
