import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/corpus/load.ts';
import type { IngestOutcome } from '../../../src/ingest/report.ts';
import { decodeSignature } from '../../../src/ingest/story.ts';
import { serializeArticle } from '../../../src/ingest/write-article.ts';
import { MemoryStore, SqliteStore, type Store } from '../../../src/store/index.ts';
import { seedArticles, tempDir } from '../../helpers.ts';
import { deadUrl, fixture, INGEST_FIXTURES, type LocalServer, makeIngester, SEED_DIR, SEED_HINTS, seedText, serve } from './helpers.ts';

const PAGE = join(INGEST_FIXTURES, 'page-furniture.html');
const PAGE_URL = 'https://warta-industri.example/ekonomi/2025/02/14/indonesia-china-hilirisasi-nikel-morowali';
const jsonFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.json'));

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Ingester.ingest', () => {
  describe('a file', () => {
    it('writes the article file and registers it with its fan-out', async () => {
      const { ingester, store, articlesDir, fannedOut } = makeIngester();
      const report = await ingester.ingest([PAGE]);
      const [outcome] = report.outcomes;
      expect(outcome).toMatchObject({ kind: 'imported', source: PAGE, title: 'Indonesia dan China Perluas Kerja Sama Hilirisasi Nikel di Morowali' });
      const id = (outcome as Extract<IngestOutcome, { kind: 'imported' }>).articleId;
      const file = join(articlesDir, `${id}.json`);
      const article = parseArticleFile(file);
      expect(article).toMatchObject({ id, url: PAGE_URL, publisher: 'Warta Industri', published: '2025-02-14', language: 'id' });
      // Pretty JSON in the corpus files' field order, and nothing left behind.
      expect(readFileSync(file, 'utf8')).toBe(serializeArticle(article));
      expect(readdirSync(articlesDir)).toEqual([`${id}.json`]);
      const row = store.findArticleByUrl(PAGE_URL)!;
      expect(row).toMatchObject({ articleId: id, storyKey: id, published: '2025-02-14', ingestedAt: Date.UTC(2026, 0, 1) });
      expect(decodeSignature(row.signature)).toBeDefined();
      expect(fannedOut).toEqual([id]);
    });

    it('is idempotent: the same file again is a duplicate by URL, and nothing is fanned out twice', async () => {
      const { ingester, articlesDir, fannedOut } = makeIngester();
      await ingester.ingest([PAGE]);
      const again = await ingester.ingest([PAGE]);
      expect(again.outcomes).toEqual([expect.objectContaining({ kind: 'duplicate', reason: 'url' })]);
      expect(jsonFiles(articlesDir)).toHaveLength(1);
      expect(fannedOut).toHaveLength(1);
    });

    it('refuses the same text under another URL as a duplicate by text', () => {
      const { ingester } = makeIngester();
      const first = ingester.importDocument({ source: 'a', kind: 'html', body: fixture('page-furniture.html') });
      const copy = ingester.importDocument({ source: 'b', kind: 'html', body: fixture('page-furniture.html'), hints: { url: 'https://mirror.example/copy' } });
      expect(copy).toEqual({ kind: 'duplicate', source: 'b', existingId: (first as { articleId: string }).articleId, reason: 'text' });
    });

    it('skips an unrelated article with its title, writing nothing', async () => {
      const { ingester, articlesDir, store } = makeIngester();
      const report = await ingester.ingest([join(INGEST_FIXTURES, 'unrelated-corruption.txt')]);
      expect(report.outcomes).toEqual([expect.objectContaining({ kind: 'unrelated', title: 'KPK Tahan Kepala Dinas di Bekasi Terkait Suap Perizinan' })]);
      expect(() => readdirSync(articlesDir)).toThrow();
      expect(store.latestArticleSeq()).toBe(0);
    });

    it('imports an unrelated article when the relevance check is off', async () => {
      const { ingester } = makeIngester({ relevanceCheck: false });
      const report = await ingester.ingest([join(INGEST_FIXTURES, 'unrelated-corruption.txt')]);
      expect(report.outcomes[0]).toMatchObject({ kind: 'imported' });
    });

    it('fails, without throwing, on what cannot be imported', async () => {
      const { ingester } = makeIngester();
      const noText = join(tempDir(), 'no-text.txt');
      writeFileSync(noText, 'Indonesia dan China Bahas Smelter Nikel\n\nBagikan: Facebook Twitter');
      const report = await ingester.ingest(['missing.txt', tempDir(), noText, 'ftp://example.com/feed', 'https://bad host/']);
      expect(report.outcomes.map((o) => (o.kind === 'failed' ? o.reason : o.kind))).toEqual([
        'no such file',
        'is a folder, not a file',
        'no article text found (is this an article page? pages that show their text only through JavaScript cannot be read)',
        'only http and https URLs can be fetched, not ftp:',
        'not a valid URL: https://bad host/',
      ]);
      expect(report.outcomes.some((o) => o.kind === 'failed' && o.retry)).toBe(false);
    });

    it('dates a page that prints no date by the day of import, marked approximate, and says so', async () => {
      const { ingester, articlesDir } = makeIngester();
      const noDate = join(tempDir(), 'no-date.txt');
      writeFileSync(noDate, 'Indonesia dan China Bahas Smelter Nikel\n\nIndonesia dan China membahas smelter nikel dan investasi baterai di Jakarta.');
      const [outcome] = (await ingester.ingest([noDate])).outcomes;
      expect(outcome).toMatchObject({ kind: 'imported', published: '2026-01-01', dateSource: 'import', publishedApprox: true });
      const article = parseArticleFile(join(articlesDir, `${(outcome as { articleId: string }).articleId}.json`));
      expect(article).toMatchObject({ published: '2026-01-01', publishedApprox: true, dateSource: 'import' });
    });

    it('takes an operator\'s date over the page\'s own (--date)', async () => {
      const { ingester } = makeIngester();
      const [outcome] = (await ingester.ingest([PAGE], undefined, { published: '2025-02-13' })).outcomes;
      expect(outcome).toMatchObject({ kind: 'imported', published: '2025-02-13', dateSource: 'operator' });
      expect(outcome).not.toHaveProperty('publishedApprox');
    });

    it('imports an unrelated article with force, and names what it lacked without', async () => {
      const { ingester } = makeIngester();
      const source = join(INGEST_FIXTURES, 'unrelated-corruption.txt');
      const [skipped] = (await ingester.ingest([source])).outcomes;
      expect(skipped).toMatchObject({ kind: 'unrelated', source, missing: ['china', 'economy'] });
      const [forced] = (await ingester.ingest([source], undefined, { force: true })).outcomes;
      expect(forced).toMatchObject({ kind: 'imported', source });
    });
  });

  describe('with the corpus registered', () => {
    it('refuses a seed already in the corpus, by URL or by text', async () => {
      const { ingester } = makeIngester();
      expect(ingester.registerExisting(seedArticles())).toBe(5);
      expect(ingester.registerExisting(seedArticles())).toBe(0);
      const id = '000_2d10af57ad1e85d9';
      const byUrl = ingester.importDocument({ source: id, kind: 'text', body: seedText(id), hints: SEED_HINTS[id] });
      expect(byUrl).toMatchObject({ kind: 'duplicate', existingId: id, reason: 'url' });
      const byText = await ingester.ingest([join(SEED_DIR, '004_f58ef1cb9b988d29.txt')]);
      expect(byText.outcomes[0]).toMatchObject({ kind: 'duplicate', existingId: '004_f58ef1cb9b988d29', reason: 'text' });
    });
  });

  describe('feeds over HTTP', () => {
    const routes = () => ({
      '/rss.xml': { type: 'application/rss+xml', body: fixture('rss.xml') },
      '/atom.xml': { type: 'text/xml', body: fixture('atom.xml') },
      '/bad.xml': { type: 'application/rss+xml', body: fixture('malformed.xml') },
      '/berita/smelter-nikel-patungan?utm_source=rss&utm_medium=feed': { body: fixture('item-smelter.html') },
      '/bola/indonesia-china-imbang': { body: fixture('unrelated-football.html') },
      '/en/cathode-plant-deal': { body: fixture('item-battery.html') },
    });

    it('imports each RSS item as a page, with the feed date where the page has none', async () => {
      server = await serve(routes());
      const { ingester, store, articlesDir } = makeIngester();
      const progress: [number, number][] = [];
      const report = await ingester.ingest([`${server.base}/rss.xml`], ({ done, total }) => progress.push([done, total]));
      expect(report.outcomes.map((o) => o.kind)).toEqual(['imported', 'unrelated', 'failed']);
      expect(report.outcomes[2]).toMatchObject({ source: `${server.base}/berita/dihapus`, reason: 'HTTP 404 Not Found' });
      expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
      const row = store.findArticleByUrl(`${server.base}/berita/smelter-nikel-patungan`)!;
      const article = parseArticleFile(join(articlesDir, `${row.articleId}.json`));
      expect(article).toMatchObject({ title: 'Smelter Nikel Baru Patungan Indonesia-China Mulai Beroperasi', publisher: 'Kabar Tambang', published: '2025-05-05', publishedTime: '01:15' });
      expect(article.paragraphs).toHaveLength(3);
    });

    it('imports an Atom feed', async () => {
      server = await serve(routes());
      const { ingester } = makeIngester();
      const report = await ingester.ingest([`${server.base}/atom.xml`]);
      expect(report.outcomes).toEqual([expect.objectContaining({ kind: 'imported', title: 'Chinese battery maker signs deal for Indonesian cathode plant' })]);
    });

    it('does not fetch again the items of a feed body it already imported', async () => {
      server = await serve(routes());
      const { ingester } = makeIngester();
      const body = fixture('atom.xml').replaceAll('{{BASE}}', server.base);
      await ingester.ingestFeedBody(`${server.base}/atom.xml`, body);
      const fetched = server.requests.length;
      const again = await ingester.ingestFeedBody(`${server.base}/atom.xml`, body);
      expect(again.outcomes).toEqual([expect.objectContaining({ kind: 'duplicate', reason: 'url' })]);
      expect(server.requests).toHaveLength(fetched);
    });

    it('does not fetch again an item it skipped as unrelated, but does fetch one that failed', async () => {
      server = await serve(routes());
      const { ingester } = makeIngester();
      const body = fixture('rss.xml').replaceAll('{{BASE}}', server.base);
      await ingester.ingestFeedBody(`${server.base}/rss.xml`, body);
      const before = server.requests.length;
      const again = await ingester.ingestFeedBody(`${server.base}/rss.xml`, body);
      expect(again.outcomes.map((o) => o.kind)).toEqual(['duplicate', 'unrelated', 'failed']);
      // Only the page that answered 404 is asked for again: it may exist next time.
      expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/berita/dihapus']);
    });

    it('stops at an abort: the item fetch in flight is aborted, no further item is fetched, and the report ends there', async () => {
      const stop = new AbortController();
      let closed: Promise<void> | undefined;
      server = await serve({
        ...routes(),
        // The second item's page never answers; asking for it is the moment the caller stops.
        '/bola/indonesia-china-imbang': (_req, res) => {
          closed = new Promise((resolve) => res.on('close', () => resolve()));
          stop.abort();
        },
      });
      // A timeout past the test's own, so only the abort can end the hanging request.
      const { ingester } = makeIngester({ fetchOptions: { timeoutMs: 120_000 } });
      const body = fixture('rss.xml').replaceAll('{{BASE}}', server.base);
      const report = await ingester.ingestFeedBody(`${server.base}/rss.xml`, body, undefined, stop.signal);
      expect(report.outcomes).toEqual([expect.objectContaining({ kind: 'imported' })]);
      await closed;
      expect(server.requests.map((r) => r.path)).toEqual(['/berita/smelter-nikel-patungan?utm_source=rss&utm_medium=feed', '/bola/indonesia-china-imbang']);
      // Nothing at all once already aborted.
      const none = await ingester.ingestFeedBody(`${server.base}/rss.xml`, body.replace('smelter-nikel-patungan', 'another'), undefined, stop.signal);
      expect(none.outcomes).toEqual([]);
      expect(server.requests).toHaveLength(2);
    });

    it('dates a page that prints no date by the server\'s Last-Modified, approximately, and marks a server error for retry', async () => {
      const page = 'Indonesia dan China Bahas Smelter Nikel\n\nIndonesia dan China membahas smelter nikel dan investasi baterai di Jakarta.';
      server = await serve({
        '/tanpa-tanggal': { type: 'text/plain; charset=utf-8', body: page, headers: { 'last-modified': 'Wed, 12 Mar 2025 03:00:00 GMT' } },
        '/sibuk': { status: 503 },
      });
      const { ingester } = makeIngester();
      const report = await ingester.ingest([`${server.base}/tanpa-tanggal`, `${server.base}/sibuk`]);
      expect(report.outcomes[0]).toMatchObject({ kind: 'imported', published: '2025-03-12', dateSource: 'http', publishedApprox: true });
      expect(report.outcomes[1]).toEqual({ kind: 'failed', source: `${server.base}/sibuk`, reason: 'HTTP 503 Service Unavailable', retry: true });
    });

    it('fails a malformed feed with a reason', async () => {
      server = await serve(routes());
      const { ingester } = makeIngester();
      const report = await ingester.ingest([`${server.base}/bad.xml`]);
      expect(report.outcomes).toEqual([{ kind: 'failed', source: `${server.base}/bad.xml`, reason: expect.stringContaining('not a complete RSS or Atom feed') }]);
    });

    it('fails an unreachable URL and carries on with the next source', async () => {
      const dead = await deadUrl();
      const { ingester } = makeIngester();
      const report = await ingester.ingest([dead, PAGE]);
      // A network failure may pass later: marked for the feed poller to retry.
      expect(report.outcomes[0]).toEqual({ kind: 'failed', source: dead, reason: expect.stringMatching(/^unreachable/), retry: true });
      expect(report.outcomes[1]).toMatchObject({ kind: 'imported' });
    });
  });

  describe('when two ingests race', () => {
    it('imports exactly once from two connections to one SQLite store', async () => {
      server = await serve({ '/page': { body: fixture('page-furniture.html') } });
      const dataDir = tempDir();
      const articlesDir = join(dataDir, 'articles');
      const stores = [SqliteStore.open(dataDir), SqliteStore.open(dataDir)];
      try {
        const [a, b] = stores.map((store) => makeIngester({ store, articlesDir }).ingester);
        const reports = await Promise.all([a!.ingest([`${server.base}/page`]), b!.ingest([`${server.base}/page`])]);
        const kinds = reports.flatMap((r) => r.outcomes.map((o) => o.kind)).sort();
        expect(kinds).toEqual(['duplicate', 'imported']);
        expect(readdirSync(articlesDir)).toHaveLength(1);
        expect(stores[0]!.latestArticleSeq()).toBe(1);
      } finally {
        for (const store of stores) store.close();
      }
    });

    it('reports a duplicate and keeps the file when the winner registered the same article', () => {
      const { store, racing } = storeThatLosesTheRace();
      const { ingester, articlesDir } = makeIngester({ store: racing });
      const winner = makeIngester({ store }).ingester.importDocument({ source: 'other process', kind: 'html', body: fixture('page-furniture.html') });
      const outcome = ingester.importDocument({ source: 'me', kind: 'html', body: fixture('page-furniture.html') });
      const id = (winner as { articleId: string }).articleId;
      expect(outcome).toEqual({ kind: 'duplicate', source: 'me', existingId: id, reason: 'url' });
      expect(readdirSync(articlesDir)).toEqual([`${id}.json`]);
    });

    it('removes its own file when the winner has another id for the same URL', () => {
      const { store, racing } = storeThatLosesTheRace();
      const { ingester, articlesDir } = makeIngester({ store: racing });
      store.recordArticle({ articleId: 'other-id', url: PAGE_URL, contentHash: 'x', storyKey: 'other-id', published: '2025-02-14', signature: '', ingestedAt: 0 });
      const outcome = ingester.importDocument({ source: 'me', kind: 'html', body: fixture('page-furniture.html') });
      expect(outcome).toEqual({ kind: 'duplicate', source: 'me', existingId: 'other-id', reason: 'url' });
      expect(readdirSync(articlesDir)).toEqual([]);
    });
  });
});

// A store whose look-ups miss until recordArticle has been refused: what an
// importer sees when another process registers between its checks and its write.
function storeThatLosesTheRace(): { store: Store; racing: Store } {
  const store = new MemoryStore();
  let lost = false;
  const racing = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      if (name === 'recordArticle') {
        return (...args: Parameters<Store['recordArticle']>) => {
          const recorded = target.recordArticle(...args);
          lost ||= !recorded;
          return recorded;
        };
      }
      if (!lost && (name === 'findArticleByUrl' || name === 'findArticleByHash')) return () => undefined;
      if (!lost && name === 'hasArticle') return () => false;
      return value.bind(target);
    },
  });
  return { store, racing };
}
