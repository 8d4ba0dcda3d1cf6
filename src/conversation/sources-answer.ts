/**
 * "sumbernya?", "which articles say so?": the previous answer's sources,
 * with what it quoted from each, as an answer of the `sources` intent.
 */
import type { Answer } from '../answer/answer.ts';
import type { Language } from '../corpus/article.ts';
import type { ConversationContext } from './context.ts';

const HEADLINE: Record<Language, (n: number) => string> = {
  id: (n) => `Jawaban sebelumnya bersumber dari ${n} artikel:`,
  en: (n) => `The previous answer comes from ${n} article${n === 1 ? '' : 's'}:`,
};

export function sourcesAnswer(previous: ConversationContext, language: Language): Answer {
  const n = previous.citations.length;
  return { language, intent: 'sources', abstained: false, headline: HEADLINE[language](n), sections: [], citations: previous.citations };
}
