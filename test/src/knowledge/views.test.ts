/**
 * Derived views kept up to date as articles arrive must be exactly what a
 * build over the whole corpus gives: same items, same order (answers list
 * the first few, so order is behaviour). Checked on the seed corpus and on a
 * synthetic one (scripts/bench/generate.ts) with stories, shared dates and
 * repeated people, adding articles one by one and in batches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/generate.ts';
import { QUESTIONS } from '../../../scripts/bench/questions.ts';
import { parseEvalSet } from '../../../scripts/lib/score.ts';
import type { Article } from '../../../src/corpus/article.ts';
import { Engine } from '../../../src/engine.ts';
import { agreementsByConcept, agreementsOf } from '../../../src/intents/agreements.ts';
import { meetingsOf } from '../../../src/intents/meeting-view.ts';
import { mineralsOf } from '../../../src/intents/minerals.ts';
import { newestArticles } from '../../../src/intents/sources.ts';
import { eventsOf } from '../../../src/intents/timeline.ts';
import { authorsIn } from '../../../src/intents/who-is.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { LexiconSchema } from '../../../src/lexicon/schema.ts';
import { CORPUS_DIR, FIXTURES, makeArticle, projectLexicon, seedArticles } from '../../helpers.ts';

const VIEWS = {
  minerals: mineralsOf,
  meetings: meetingsOf,
  agreements: agreementsOf,
  agreementsByConcept,
  events: eventsOf,
  newestArticles,
  authors: authorsIn,
} satisfies Record<string, (knowledge: Knowledge) => unknown>;

const concepts = LexiconSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'lexicon.json'), 'utf8'))).concepts;
const seed = seedArticles();
// Enough articles that stories, dates and people recur across them.
const synthetic = generateCorpus({ count: 400, seed: 7, sources: seed, concepts });

describe('derived views', () => {
  describe('when articles are added one by one, each view read after every article', () => {
    it('equal a build from scratch, on the seed corpus at every step', () => {
      const growing = new Knowledge(projectLexicon());
      for (const [i, article] of seed.entries()) {
        growing.add(article);
        expect(snapshot(growing)).toEqual(snapshot(new Knowledge(projectLexicon(), seed.slice(0, i + 1))));
      }
    });

    it('equal a build from scratch, on a synthetic corpus', () => {
      const articles = [...seed, ...synthetic];
      const growing = new Knowledge(projectLexicon(), articles.slice(0, 100));
      snapshot(growing);
      for (const article of articles.slice(100)) {
        growing.add(article);
        readAll(growing);
      }
      expect(snapshot(growing)).toEqual(snapshot(new Knowledge(projectLexicon(), articles)));
    });
  });

  describe('when articles are added in batches between reads', () => {
    it('equal a build from scratch after every batch', () => {
      const articles = [...seed, ...synthetic];
      const growing = new Knowledge(projectLexicon(), articles.slice(0, 50));
      readAll(growing);
      // Batches of 50 merge many new events at once (sorted.ts's merge path).
      for (let end = 100; end <= articles.length; end += 50) {
        for (const article of articles.slice(end - 50, end)) growing.add(article);
        expect(snapshot(growing), `after ${end} articles`).toEqual(snapshot(new Knowledge(projectLexicon(), articles.slice(0, end))));
      }
    });
  });

  describe('when a view was never read before articles were added', () => {
    it('is built from scratch on first use, like any other', () => {
      const growing = new Knowledge(projectLexicon(), synthetic.slice(0, 200));
      mineralsOf(growing);
      for (const article of synthetic.slice(200)) growing.add(article);
      expect(snapshot(growing)).toEqual(snapshot(new Knowledge(projectLexicon(), synthetic)));
    });
  });

  describe('when a later report names someone an earlier article only quoted', () => {
    it('counts them as taking part, no longer as merely quoted', () => {
      const first = makeArticle({ id: 'first', published: '2024-03-01', paragraphs: ['Xi Jinping met Joko Widodo in Beijing.', 'Li Qiang welcomed the talks.'] });
      const second = makeArticle({ id: 'second', published: '2024-03-02', paragraphs: ['Li Qiang met Xi Jinping in Beijing.'] });
      const growing = new Knowledge(projectLexicon(), [first]);
      expect([...meetingsOf(growing)[0]!.quoted.keys()]).toEqual(['li-qiang']);
      growing.add(second);
      expect(meetingsOf(growing)).toHaveLength(1);
      expect([...meetingsOf(growing)[0]!.people]).toContain('li-qiang');
      expect([...meetingsOf(growing)[0]!.quoted.keys()]).toEqual([]);
      expect(snapshot(growing)).toEqual(snapshot(new Knowledge(projectLexicon(), [first, second])));
    });
  });

  it('give every question the same answer as a build from scratch', () => {
    const articles = [...synthetic.slice(0, 150), ...seed, ...synthetic.slice(150, 250)];
    const growing = new Engine(new Knowledge(projectLexicon(), articles.slice(0, 60)));
    growing.prepare();
    for (const article of articles.slice(60)) {
      growing.knowledge.add(article);
      growing.prepare();
    }
    const scratch = new Engine(new Knowledge(projectLexicon(), articles));
    const dev = parseEvalSet(readFileSync(join(FIXTURES, 'eval', 'dev.jsonl'), 'utf8')).map((item) => item.question);
    for (const text of [...QUESTIONS.map((q) => q.text), ...dev]) {
      expect(growing.ask({ text }), text).toEqual(scratch.ask({ text }));
    }
  });
});

function readAll(knowledge: Knowledge): void {
  for (const view of Object.values(VIEWS)) view(knowledge);
}

// The lookup is only read by key, so the order of its keys is not behaviour.
const LOOKUPS: readonly string[] = ['agreementsByConcept'];

function snapshot(knowledge: Knowledge): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(VIEWS).map(([name, view]) => {
      const value = view(knowledge);
      return [name, LOOKUPS.includes(name) ? plain(new Map([...(value as Map<string, unknown>)].sort(([a], [b]) => a.localeCompare(b)))) : plain(value)];
    }),
  );
}

// Maps and sets as lists, so order counts; passages and articles by identity
// (position and id), so two knowledge bases over the same articles compare equal.
function plain(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(([k, v]) => [plain(k), plain(v)]);
  if (value instanceof Set) return [...value].map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  if ('paragraphs' in value) return `article ${(value as Article).id}`;
  if ('index' in value && 'article' in value && 'text' in value) return `passage ${String(value.index)}`;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}
