/**
 * Groups the questions the articles could not answer by their topic words,
 * so an editor sees which news to add. The words are the core's own reading
 * of a question (src/question.ts): a lexicon concept stands for its names in
 * both languages ("nikel" and "nickel" are both `nickel`), so "berapa
 * investasi nikel?" and "how much nickel investment" share the topic
 * "investment + nickel"; other content words stand as they were typed.
 * Question words and stopwords never make a topic.
 */
import type { Lexicon } from '../../src/lexicon/lexicon.ts';
import { analyseQuestion } from '../../src/question.ts';
import type { AnswerRecord } from '../../src/store/index.ts';

export interface Topic {
  /** The topic words, sorted, joined by " + "; "(no topic words)" when the question had none. */
  readonly topic: string;
  /** How many times questions on it were asked. */
  readonly asked: number;
  /** The distinct questions, most asked first. */
  readonly questions: readonly string[];
}

export const NO_TOPIC = '(no topic words)';

/** Most asked first; ties by topic, so the order is stable. */
export function groupByTopic(answers: readonly AnswerRecord[], lexicon: Lexicon): Topic[] {
  const byTopic = new Map<string, Map<string, number>>();
  for (const a of answers) {
    const topic = topicOf(a, lexicon);
    const questions = byTopic.get(topic) ?? new Map<string, number>();
    const text = a.question.trim();
    questions.set(text, (questions.get(text) ?? 0) + 1);
    byTopic.set(topic, questions);
  }
  return [...byTopic]
    .map(([topic, questions]) => ({
      topic,
      asked: [...questions.values()].reduce((a, b) => a + b, 0),
      questions: [...questions].sort((a, b) => b[1] - a[1]).map(([q]) => q),
    }))
    .sort((a, b) => b.asked - a.asked || a.topic.localeCompare(b.topic));
}

export function topicOf(answer: Pick<AnswerRecord, 'question' | 'language'>, lexicon: Lexicon): string {
  const question = analyseQuestion(answer.question, answer.language, lexicon);
  const words = new Set(question.groups.map((g) => g.concept ?? g.source.toLowerCase()));
  return words.size === 0 ? NO_TOPIC : [...words].sort().join(' + ');
}
