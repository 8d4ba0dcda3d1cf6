import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/corpus/article.ts';
import { Engine } from '../../../src/engine.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { ArticlePickup } from '../../../src/live/article-pickup.ts';
import { SqliteStore, type Store } from '../../../src/store/index.ts';
import { makeArticle, projectLexicon, seedArticles, tempDir } from '../../helpers.ts';
import { memoryLog, registryRow } from './helpers.ts';

const NEW_ARTICLE = makeArticle({
  id: 'live_lithium_morowali',
  title: 'Lithium refinery opens in Morowali',
  paragraphs: ['A Chinese consortium opened a zorblite refinery in Morowali to process lithium for batteries.'],
});

describe('ArticlePickup', () => {
  let dataDir: string;
  let articlesDir: string;
  let store: Store;
  let importer: Store;
  let knowledge: Knowledge;

  beforeEach(() => {
    dataDir = tempDir();
    articlesDir = join(dataDir, 'articles');
    mkdirSync(articlesDir);
    // The bot's connection and the importer's (npm run ingest in another process).
    store = SqliteStore.open(dataDir);
    importer = SqliteStore.open(dataDir);
    knowledge = new Knowledge(projectLexicon(), seedArticles());
  });

  afterEach(() => {
    store.close();
    importer.close();
  });

  // What the importer does: the file first, then the registry row.
  const ingest = (article: Article) => {
    writeFileSync(join(articlesDir, `${article.id}.json`), JSON.stringify(article));
    importer.recordArticle(registryRow(article.id));
  };
  const pickup = (log = memoryLog(), extra: { onAdded?: (articles: Article[]) => void; intervalMs?: number } = {}) =>
    new ArticlePickup({ store, knowledge, articlesDir, logger: log.logger, afterSeq: store.latestArticleSeq(), ...extra });

  describe('poll', () => {
    it('adds an article written and registered after it was created, and the engine answers from it', async () => {
      const onAdded = vi.fn();
      const live = pickup(memoryLog(), { onAdded });
      const engine = new Engine(knowledge);
      expect(engine.ask({ text: 'Where is the zorblite refinery?' }).abstained).toBe(true);
      ingest(NEW_ARTICLE);
      expect(await live.poll()).toBe(1);
      expect(knowledge.article(NEW_ARTICLE.id)).toEqual(NEW_ARTICLE);
      expect(onAdded).toHaveBeenCalledWith([NEW_ARTICLE]);
      const answer = engine.ask({ text: 'Where is the zorblite refinery?' });
      expect(answer.citations.map((c) => c.id)).toContain(NEW_ARTICLE.id);
    });

    it('reads nothing registered before afterSeq', async () => {
      ingest(NEW_ARTICLE);
      const live = pickup();
      expect(await live.poll()).toBe(0);
      expect(knowledge.article(NEW_ARTICLE.id)).toBeUndefined();
    });

    it('skips an article already loaded (on disk when the corpus was read)', async () => {
      const live = pickup();
      const seed = seedArticles()[0]!;
      importer.recordArticle(registryRow(seed.id));
      const before = knowledge.passages.length;
      expect(await live.poll()).toBe(0);
      expect(knowledge.passages.length).toBe(before);
      expect(live.lastSeq).toBe(store.latestArticleSeq());
    });

    it('adds every article of a large import in one poll', async () => {
      const live = pickup();
      const articles = Array.from({ length: 120 }, (_, i) => makeArticle({ id: `bulk_${i}`, paragraphs: [`Bulk article number ${i} about nickel.`] }));
      articles.forEach(ingest);
      expect(await live.poll()).toBe(120);
      expect(articles.every((a) => knowledge.article(a.id))).toBe(true);
    });

    describe('when a registered article has no file', () => {
      it('logs it, skips it for good and goes on with the next', async () => {
        const log = memoryLog();
        const live = pickup(log);
        importer.recordArticle(registryRow('ghost_article'));
        ingest(NEW_ARTICLE);
        expect(await live.poll()).toBe(1);
        expect(knowledge.article(NEW_ARTICLE.id)).toBeDefined();
        const warning = log.entries().find((e) => e.articleId === 'ghost_article');
        expect(warning).toMatchObject({ level: 40, file: join(articlesDir, 'ghost_article.json') });
        // Because the row is passed over, a later poll does not try it again.
        expect(await live.poll()).toBe(0);
        expect(log.entries().filter((e) => e.articleId === 'ghost_article')).toHaveLength(1);
      });
    });

    describe('when a registered article file is invalid', () => {
      it('logs the problem and skips it, without throwing', async () => {
        const log = memoryLog();
        const live = pickup(log);
        writeFileSync(join(articlesDir, 'broken.json'), '{ not json');
        importer.recordArticle(registryRow('broken'));
        writeFileSync(join(articlesDir, 'no_title.json'), JSON.stringify({ ...makeArticle({ id: 'no_title' }), title: undefined }));
        importer.recordArticle(registryRow('no_title'));
        const other = makeArticle({ id: 'other_id' });
        writeFileSync(join(articlesDir, 'misnamed.json'), JSON.stringify(other));
        importer.recordArticle(registryRow('misnamed'));
        expect(await live.poll()).toBe(0);
        const warned = log.entries().filter((e) => e.level === 40).map((e) => e.articleId);
        expect(warned).toEqual(['broken', 'no_title', 'misnamed']);
        expect(String(log.entries().find((e) => e.articleId === 'no_title')?.problem)).toContain('title');
        expect(knowledge.article('other_id')).toBeUndefined();
      });
    });
  });

  describe('start', () => {
    it('picks up articles within its interval until stopped', async () => {
      const live = pickup(memoryLog(), { intervalMs: 10 });
      live.start();
      ingest(NEW_ARTICLE);
      await vi.waitFor(() => expect(knowledge.article(NEW_ARTICLE.id)).toBeDefined(), { timeout: 5000, interval: 10 });
      await live.stop();
      const later = makeArticle({ id: 'after_stop' });
      ingest(later);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(knowledge.article(later.id)).toBeUndefined();
    });
  });
});
