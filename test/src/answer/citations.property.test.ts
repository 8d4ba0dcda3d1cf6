/**
 * Structural properties of every answer: each citation number used resolves,
 * each article has one number, each quote is verbatim text of the cited
 * article (a cut quote, its opening), each quote the body shows is among its
 * article's quotes, and the cited metadata is the article's own (nothing
 * invented).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.ts';
import { uncut } from '../../../src/answer/short-quote.ts';
import { parseEvalSet } from '../../../scripts/lib/score.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, citedNumbers, FIXTURES, seedArticles } from '../../helpers.ts';

const articles = new Map(seedArticles().map((a) => [a.id, a]));
const devQuestions = parseEvalSet(readFileSync(join(FIXTURES, 'eval', 'dev.jsonl'), 'utf8')).map((i) => i.question);

function checkAnswer(answer: Answer): void {
  const numbers = answer.citations.map((c) => c.n);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  for (const n of citedNumbers(answer)) expect(numbers).toContain(n);
  expect(new Set(answer.citations.map((c) => c.id)).size).toBe(answer.citations.length);
  for (const section of answer.sections) {
    if (section.kind === 'quotes') for (const q of section.quotes) expect(answer.citations[q.n - 1]!.quotes).toContain(q.text);
  }
  for (const citation of answer.citations) {
    const article = articles.get(citation.id);
    expect(article, citation.id).toBeDefined();
    expect(citation.quotes.length).toBeGreaterThan(0);
    expect(citation.quote).toBe(citation.quotes[0]);
    // A window of sentences may span a paragraph break; its sentences are joined by a space.
    const text = oneSpaced(article!.paragraphs.join('\n'));
    for (const quote of citation.quotes) expect(text).toContain(oneSpaced(uncut(quote)));
    expect(citation.title).toBe(article!.title);
    expect(citation.publisher).toBe(article!.publisher);
    expect(citation.url).toBe(article!.url);
    expect(citation.published).toBe(article!.published);
  }
  if (answer.abstained) expect(answer.citations).toEqual([]);
  else expect(answer.headline.length).toBeGreaterThan(0);
}

function oneSpaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('every answer', () => {
  it('cites only what the corpus holds, for every dev question', () => {
    for (const question of devQuestions) checkAnswer(ask(question));
  });

  it('cites only what the corpus holds, for arbitrary mixes of corpus words', () => {
    const words = [...new Set([...articles.values()].flatMap((a) => a.paragraphs.join(' ').split(/\s+/)))].slice(0, 400);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, 'siapa', 'who', 'kapan', 'when', 'MoU', 'timeline', 'sumber'), { minLength: 1, maxLength: 12 }), (parts) => {
        checkAnswer(ask(parts.join(' ')));
      }),
      { numRuns: 150 },
    );
  });

  it('survives arbitrary text, including control and right-to-left characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkAnswer(ask(text));
      }),
      { numRuns: 200 },
    );
  });
});
