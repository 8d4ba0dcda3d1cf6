/** The honest answer when the corpus does not hold one. */
import type { Answer, IntentName } from '../answer/answer.ts';
import { messages } from '../answer/messages.ts';
import type { Language } from '../corpus/article.ts';

export function abstain(language: Language, intent: IntentName = 'general'): Answer {
  const m = messages(language);
  return {
    language,
    intent,
    abstained: true,
    headline: m.abstainHeadline,
    sections: [{ kind: 'bullets', title: m.abstainHint, items: m.exampleQuestions.map((text) => ({ text, cites: [] })) }],
    citations: [],
  };
}
