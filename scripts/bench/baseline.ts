/**
 * The comparison point: a plain MiniSearch index with default options over
 * the same passages the bot indexes (every sentence of every article, split
 * with splitSentences), queried with the raw question string. Its answer is
 * the top three hits, in the command-line JSON contract, so it can be scored
 * exactly like the bot.
 */
import MiniSearch from 'minisearch';
import type { AnswerJson } from '../../adapters/cli/json.ts';
import type { Article } from '../../src/corpus/article.ts';
import { splitSentences } from '../../src/text/sentences.ts';

export interface BaselinePassage {
  readonly article: Article;
  readonly text: string;
}

export interface BaselineIndex {
  readonly mini: MiniSearch<{ id: number; text: string }>;
  readonly passages: readonly BaselinePassage[];
}

const TOP = 3;

/** Splits every article into sentences and indexes them, one document per sentence. */
export function buildBaseline(articles: readonly Article[]): BaselineIndex {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  const passages: BaselinePassage[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const text of splitSentences(paragraph)) {
        mini.add({ id: passages.length, text });
        passages.push({ article, text });
      }
    }
  }
  return { mini, passages };
}

/** The three best passages for the question (default search options). */
export function searchBaseline(index: BaselineIndex, question: string): BaselinePassage[] {
  return index.mini
    .search(question)
    .slice(0, TOP)
    .map((result) => index.passages[result.id as number]!);
}

/** The baseline's answer in the JSON contract; `language` is the bot's, so only retrieval differs. */
export function baselineAnswer(index: BaselineIndex, question: string, language: string): AnswerJson {
  const hits = searchBaseline(index, question);
  return {
    question,
    language,
    intent: 'baseline',
    abstained: hits.length === 0,
    text: hits.map((h) => h.text).join('\n'),
    citations: hits.map(({ article, text }) => ({
      id: article.id,
      title: article.title,
      publisher: article.publisher ?? null,
      published: article.published,
      url: article.url ?? null,
      quote: text,
      quotes: [text],
    })),
  };
}
