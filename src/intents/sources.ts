/** The articles of the corpus, newest first, each cited by its opening sentence. */
import { Citations } from '../answer/citations.ts';
import { messages } from '../answer/messages.ts';
import { citationSource } from '../answer/render-text.ts';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { buildAnswer, type IntentHandler } from './intent.ts';

// A chat message listing thousands of articles helps nobody.
const MAX_LISTED = 20;

export const sources: IntentHandler = (context) => {
  const { knowledge, question } = context;
  const articles = newestArticles(knowledge);
  const citations = new Citations();
  const items = articles.flatMap((article) => {
    const first = knowledge.passagesOfArticle(article.id)[0];
    if (!first) return [];
    const n = citations.cite(first);
    return [{ text: citationSource(citations.all[n - 1]!, question), cites: [n] }];
  });
  const headline = messages(question.language).sourcesHeadline(knowledge.articles.length);
  return buildAnswer(context, 'sources', headline, [{ kind: 'bullets', items }], citations);
};

export function newestArticles(knowledge: Knowledge): Article[] {
  return knowledge.view('newest-articles', (k) => newestOf([], k.articles), newestOf);
}

// Added articles come after the listed ones, so in a tie they rank below them,
// as in a stable sort of the whole corpus; an article not listed now never will be.
function newestOf(listed: readonly Article[], added: readonly Article[]): Article[] {
  return [...listed, ...added].sort((a, b) => b.published.localeCompare(a.published)).slice(0, MAX_LISTED);
}
