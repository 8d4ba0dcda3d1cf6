import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/store/index.ts';
import { articleTerms } from '../../../src/updates/article-terms.ts';
import { parseTopic, type Topic } from '../../../src/updates/topic.ts';
import { TopicMatcher, topicMatches } from '../../../src/updates/topic-match.ts';
import { makeArticle, projectLexicon, seedArticles } from '../../helpers.ts';

const lexicon = projectLexicon();
const seeds = seedArticles();
const topic = (text: string): Topic => {
  const parsed = parseTopic(text, lexicon);
  if (!parsed.ok) throw new Error(`"${text}" refused`);
  return parsed.topic;
};
// The seed ids by their three-digit prefix, for readable expectations.
const matchingSeeds = (text: string) => seeds.filter((a) => topicMatches(topic(text), articleTerms(a, lexicon))).map((a) => a.id.slice(0, 3));

describe('topicMatches', () => {
  it('matches an English topic against Indonesian articles and the other way round', () => {
    // 002 (Indonesian) says "nikel"; 001 (English) says "nickel".
    expect(matchingSeeds('nickel')).toEqual(['001', '002']);
    expect(matchingSeeds('nikel')).toEqual(['001', '002']);
  });

  it('matches a two-word topic through its lexicon phrase in either language', () => {
    expect(matchingSeeds('lithium battery')).toContain('003');
    expect(matchingSeeds('baterai litium')).toEqual(matchingSeeds('lithium battery'));
  });

  it('matches names and sector words', () => {
    expect(matchingSeeds('UNIDO')).toEqual(['002']);
    expect(matchingSeeds('smelter')).toEqual(['000', '001']);
  });

  it('matches every article for the empty topic and none for an unrelated one', () => {
    expect(matchingSeeds('')).toHaveLength(seeds.length);
    expect(matchingSeeds('football')).toEqual([]);
    expect(matchingSeeds('tourism visa')).toEqual([]);
  });

  it('needs every part of the topic somewhere in the article', () => {
    expect(matchingSeeds('UNIDO smelter')).toEqual([]);
    expect(matchingSeeds('nickel smelter')).toEqual(['001']);
  });

  it('reads the title as well as the body', () => {
    const article = makeArticle({ title: 'Harga nikel naik', paragraphs: ['Pasar logam bergerak pekan ini.'], language: 'id' });
    expect(topicMatches(topic('nickel'), articleTerms(article, lexicon))).toBe(true);
  });
});

describe('TopicMatcher', () => {
  const subscription = (id: number, text: string): Subscription => ({ id, platform: 'telegram', chatId: String(id), topic: text, mode: 'instant', createdAt: 0, paused: false });

  it('returns the matching subscriptions in order and skips stored topics that no longer parse', () => {
    const matcher = new TopicMatcher(lexicon);
    const subs = [subscription(1, 'nikel'), subscription(2, 'UNIDO'), subscription(3, 'the'), subscription(4, ''), subscription(5, 'football')];
    const unido = seeds.find((a) => a.id.startsWith('002'))!;
    expect(matcher.matching(unido, subs).map((s) => s.id)).toEqual([1, 2, 4]);
    expect(matcher.compile('the')).toBeUndefined();
  });

  it('matches one article against 10,000 subscriptions by their compiled topics', () => {
    const matcher = new TopicMatcher(lexicon);
    const topics = ['nickel', 'nikel', 'smelter', 'UNIDO', 'lithium battery', 'baterai litium', '', 'football', 'green industry', 'electric vehicle'];
    // 10,000 subscriptions over 500 distinct topics, as many chats would write them (its speed: npm run bench:delivery).
    const subs = Array.from({ length: 10_000 }, (_, i) => subscription(i + 1, `${topics[i % topics.length]} ${i % 50 === 0 ? '' : `x${i % 50}`}`.trim()));
    const article = seeds[2]!;
    const matched = matcher.matching(article, subs);
    // Only the topics without an extra "xN" word can match (the "xN" words are in no article).
    expect(matched.length).toBe(subs.filter((s) => !/x\d/.test(s.topic) && matchingSeeds(s.topic).includes('002')).length);
  });
});
