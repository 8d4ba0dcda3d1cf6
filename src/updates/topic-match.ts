/**
 * Which subscriptions want an article. Each distinct topic text is compiled
 * once (cached for the life of the process); each article's terms are
 * computed once; a subscription is then a few set look-ups, and subscriptions
 * sharing a topic share one verdict per article.
 */
import type { Article } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Subscription } from '../store/index.ts';
import { articleTerms } from './article-terms.ts';
import { parseTopic, type Topic } from './topic.ts';

/** True when every group of the topic occurs in the article's terms (always, for "everything"). */
export function topicMatches(topic: Topic, terms: ReadonlySet<string>): boolean {
  return topic.groups.every((group) => group.terms.some((term) => terms.has(term)));
}

// Topics are capped at 20 per chat, but the number of chats is not: beyond
// this many distinct topics the cache starts afresh rather than grow forever.
const MAX_CACHED_TOPICS = 100_000;

export class TopicMatcher {
  // null: a stored topic that no longer parses (the rules changed since); it matches nothing.
  private readonly compiled = new Map<string, Topic | null>();

  constructor(private readonly lexicon: Lexicon) {}

  /** The compiled topic of a stored topic text, or undefined when it does not parse. */
  compile(text: string): Topic | undefined {
    let topic = this.compiled.get(text);
    if (topic === undefined) {
      const parsed = parseTopic(text, this.lexicon);
      topic = parsed.ok ? parsed.topic : null;
      if (this.compiled.size >= MAX_CACHED_TOPICS) this.compiled.clear();
      this.compiled.set(text, topic);
    }
    return topic ?? undefined;
  }

  /** The subscriptions whose topic the article matches, in the given order. */
  matching<S extends Pick<Subscription, 'topic'>>(article: Article, subscriptions: readonly S[]): S[] {
    const terms = articleTerms(article, this.lexicon);
    const verdicts = new Map<string, boolean>();
    return subscriptions.filter((s) => {
      let verdict = verdicts.get(s.topic);
      if (verdict === undefined) {
        const topic = this.compile(s.topic);
        verdict = topic !== undefined && topicMatches(topic, terms);
        verdicts.set(s.topic, verdict);
      }
      return verdict;
    });
  }
}
