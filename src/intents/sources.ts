/**
 * The articles of the corpus, newest first: the answer is its sources list,
 * each article cited by its opening sentence (cut short: it only shows what
 * the article is about).
 */
import { Citations } from '../answer/citations.ts';
import { messages } from '../answer/messages.ts';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { buildAnswer, type IntentHandler } from './intent.ts';

// A chat message listing thousands of articles helps nobody; ten fit one Telegram message.
const MAX_LISTED = 10;
const MAX_OPENING_CHARS = 160;

export const sources: IntentHandler = (context) => {
  const { knowledge, question } = context;
  const citations = new Citations();
  for (const article of newestArticles(knowledge)) {
    const first = knowledge.passagesOfArticle(article.id)[0];
    if (first) citations.cite(first, { max: MAX_OPENING_CHARS });
  }
  const headline = messages(question.language).sourcesHeadline(knowledge.articles.length);
  return buildAnswer(context, 'sources', headline, [], citations);
};

export function newestArticles(knowledge: Knowledge): Article[] {
  return knowledge.view('newest-articles', (k) => newestOf([], k.articles), newestOf);
}

// Added articles come after the listed ones, so in a tie they rank below them,
// as in a stable sort of the whole corpus; an article not listed now never will be.
function newestOf(listed: readonly Article[], added: readonly Article[]): Article[] {
  return [...listed, ...added].sort((a, b) => b.published.localeCompare(a.published)).slice(0, MAX_LISTED);
}
