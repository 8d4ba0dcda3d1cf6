/**
 * The command-line JSON contract (see test/fixtures/eval/README.md): one
 * object per question with the rendered text and the citations, one per
 * article: `quotes` holds what the answer quotes from it, `quote` the first
 * of them (as before articles were numbered once).
 */
import type { Answer } from '../../src/answer/answer.ts';
import { renderText } from '../../src/answer/render-text.ts';

export interface AnswerJson {
  question: string;
  language: string;
  intent: string;
  abstained: boolean;
  text: string;
  citations: Array<{ id: string; title: string; publisher: string | null; published: string; url: string | null; quote: string; quotes: string[] }>;
}

export function toJson(question: string, answer: Answer): AnswerJson {
  return {
    question,
    language: answer.language,
    intent: answer.intent,
    abstained: answer.abstained,
    text: renderText(answer),
    citations: answer.citations.map((c) => ({
      id: c.id,
      title: c.title,
      // Unknown stays unknown: null, never a guess.
      publisher: c.publisher ?? null,
      published: c.published,
      url: c.url ?? null,
      quote: c.quote,
      quotes: [...c.quotes],
    })),
  };
}
