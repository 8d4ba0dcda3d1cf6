import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IngestReport } from '../../../src/ingest/report.ts';
import type { IngestService } from '../../../src/ingest/service.ts';
import { FeedPoller, type FeedPollerDeps } from '../../../src/live/feed-poller.ts';
import { MemoryStore } from '../../../src/store/index.ts';
import { defaultFetchOptions } from '../../../src/ingest/fetch-source.ts';
import { fixture, type LocalServer, makeIngester, serve } from '../ingest/helpers.ts';
import { memoryLog, type MemoryLog } from './helpers.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>';
const INTERVAL = 60_000;
const T0 = Date.UTC(2026, 0, 5, 8);

type Handler = (response: ServerResponse, headers: IncomingHttpHeaders) => void;

/** The importer as the poller sees it: records bodies, answers with `report`. */
class FakeIngest implements IngestService {
  readonly bodies: string[] = [];
  readonly feedUrls: string[] = [];
  report: IngestReport = { outcomes: [] };
  async ingest(): Promise<IngestReport> {
    throw new Error('not used by the poller');
  }
  async ingestFeedBody(feedUrl: string, body: string): Promise<IngestReport> {
    this.feedUrls.push(feedUrl);
    this.bodies.push(body);
    return this.report;
  }
}

describe('FeedPoller', () => {
  let server: Server;
  let feed: string;
  let handler: Handler;
  let requests: IncomingHttpHeaders[];
  let store: MemoryStore;
  let ingest: FakeIngest;
  let log: MemoryLog;
  let now: number;
  let poller: FeedPoller | undefined;

  beforeEach(async () => {
    requests = [];
    handler = (response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    server = createServer((request, response) => {
      requests.push(request.headers);
      handler(response, request.headers);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    store = new MemoryStore();
    ingest = new FakeIngest();
    log = memoryLog();
    now = T0;
  });

  afterEach(async () => {
    await poller?.stop();
    poller = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const make = (overrides: Partial<FeedPollerDeps> = {}) => {
    poller = new FeedPoller({ feeds: [feed], store, ingest, logger: log.logger, intervalMs: INTERVAL, maxFailures: 3, now: () => now, ...overrides });
    return poller;
  };
  const failWith = (status: number) => (handler = (response) => response.writeHead(status).end('nope'));

  describe('pollOnce', () => {
    it('hands a new body to the importer, then sends the validators and takes a 304 as nothing new', async () => {
      handler = (response, headers) => {
        if (headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
        response.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 05 Jan 2026 07:00:00 GMT' }).end(RSS);
      };
      const onReport = vi.fn();
      const p = make({ onReport });
      expect(await p.pollOnce(feed)).toEqual({ kind: 'ingested', report: { outcomes: [] } });
      expect(ingest.bodies).toEqual([RSS]);
      expect(onReport).toHaveBeenCalledWith(feed, { outcomes: [] });
      expect(requests[0]!['if-none-match']).toBeUndefined();
      expect(store.getFeedState(feed)).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 05 Jan 2026 07:00:00 GMT', failures: 0, disabled: false });

      expect(await p.pollOnce(feed)).toEqual({ kind: 'not-modified' });
      expect(requests[1]).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 05 Jan 2026 07:00:00 GMT' });
      expect(ingest.bodies).toHaveLength(1);
      expect(p.nextPollAt(feed)).toBe(T0 + INTERVAL);
    });

    describe('when the feed fails', () => {
      it('counts failures and backs off exponentially, up to the cap', async () => {
        failWith(500);
        const p = make({ maxFailures: 10, maxBackoffMs: 5 * INTERVAL });
        expect(await p.pollOnce(feed)).toEqual({ kind: 'failed', error: 'HTTP 500 Internal Server Error', failures: 1, disabled: false });
        expect(p.nextPollAt(feed)).toBe(T0 + 2 * INTERVAL);
        await p.pollOnce(feed);
        expect(p.nextPollAt(feed)).toBe(T0 + 4 * INTERVAL);
        await p.pollOnce(feed);
        expect(p.nextPollAt(feed)).toBe(T0 + 5 * INTERVAL);
        expect(store.getFeedState(feed)?.failures).toBe(3);
        expect(ingest.bodies).toEqual([]);
      });

      it('disables the feed after maxFailures in a row, says so at warn level, and polls it no more', async () => {
        failWith(503);
        const p = make();
        await p.pollOnce(feed);
        await p.pollOnce(feed);
        expect(await p.pollOnce(feed)).toEqual({ kind: 'failed', error: 'HTTP 503 Service Unavailable', failures: 3, disabled: true });
        expect(store.getFeedState(feed)).toMatchObject({ failures: 3, disabled: true });
        const warnings = log.entries().filter((e) => e.level === 40);
        expect(warnings).toHaveLength(1);
        expect(String(warnings[0]!.msg)).toContain(feed);
        expect(warnings[0]).toMatchObject({ lastError: 'HTTP 503 Service Unavailable' });
        expect(await p.pollOnce(feed)).toEqual({ kind: 'disabled' });
        expect(requests).toHaveLength(3);
      });

      it('resets the failures after a success', async () => {
        failWith(500);
        const p = make();
        await p.pollOnce(feed);
        await p.pollOnce(feed);
        handler = (response) => response.writeHead(200).end(RSS);
        expect((await p.pollOnce(feed)).kind).toBe('ingested');
        expect(store.getFeedState(feed)).toMatchObject({ failures: 0, disabled: false });
        expect(p.nextPollAt(feed)).toBe(T0 + INTERVAL);
      });

      it('counts a body the importer cannot read as a failure, and keeps no validators from it', async () => {
        handler = (response) => response.writeHead(200, { etag: '"broken"' }).end('<html>not a feed</html>');
        ingest.report = { outcomes: [{ kind: 'failed', source: feed, reason: 'not an RSS or Atom feed' }] };
        const p = make();
        expect(await p.pollOnce(feed)).toMatchObject({ kind: 'failed', error: 'not an RSS or Atom feed', failures: 1 });
        expect(store.getFeedState(feed)?.etag).toBeUndefined();
      });

      it('does not count items that fail one by one against the feed', async () => {
        ingest.report = { outcomes: [{ kind: 'failed', source: 'https://news.test/item-1', reason: 'HTTP 404' }] };
        expect((await make().pollOnce(feed)).kind).toBe('ingested');
        expect(store.getFeedState(feed)?.failures).toBe(0);
      });

      it('reads the whole feed again at the next poll when an item failed in a way that may pass, so the item is retried', async () => {
        handler = (response, headers) => {
          if (headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
          response.writeHead(200, { etag: '"v1"' }).end(RSS);
        };
        ingest.report = { outcomes: [{ kind: 'failed', source: 'https://news.test/item-1', reason: 'HTTP 503 Service Unavailable', retry: true }] };
        const p = make();
        await p.pollOnce(feed);
        // No validators kept: the next poll is not answered 304, and the importer sees the item again.
        expect(store.getFeedState(feed)).toMatchObject({ etag: undefined, failures: 0 });
        ingest.report = { outcomes: [] };
        expect((await p.pollOnce(feed)).kind).toBe('ingested');
        expect(ingest.bodies).toHaveLength(2);
        // Once nothing is left to retry, the validators are kept again and an unchanged feed costs a 304.
        expect(store.getFeedState(feed)?.etag).toBe('"v1"');
        expect((await p.pollOnce(feed)).kind).toBe('not-modified');
      });

      it('refuses a body over maxBytes, declared or streamed', async () => {
        const big = 'x'.repeat(2000);
        handler = (response) => response.writeHead(200, { 'content-length': String(big.length) }).end(big);
        const p = make({ maxBytes: 1000 });
        expect(await p.pollOnce(feed)).toMatchObject({ kind: 'failed', error: 'too large (2000 bytes; the limit is 1000)' });
        handler = (response) => {
          response.writeHead(200);
          response.write(big);
          response.end(big);
        };
        expect(await p.pollOnce(feed)).toMatchObject({ kind: 'failed', error: 'too large (more than 1000 bytes)', failures: 2 });
        expect(ingest.bodies).toEqual([]);
      });

      it('gives up on a feed that does not answer in time', async () => {
        handler = () => undefined; // never answers
        expect(await make({ timeoutMs: 100 }).pollOnce(feed)).toMatchObject({ kind: 'failed', error: 'timed out after 0.1 s', failures: 1 });
      });

      it('counts an unreachable server as a failure', async () => {
        const closed = createServer();
        await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
        const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed.xml`;
        await new Promise((resolve) => closed.close(resolve));
        expect(await make({ feeds: [url] }).pollOnce(url)).toMatchObject({ kind: 'failed', failures: 1 });
      });
    });
  });

  describe('enable', () => {
    it('clears the failures of a disabled feed, which is polled again', async () => {
      store.saveFeedState({ url: feed, etag: undefined, lastModified: undefined, failures: 3, disabled: true });
      const p = make();
      expect(await p.pollOnce(feed)).toEqual({ kind: 'disabled' });
      p.enable(feed);
      expect(store.getFeedState(feed)).toMatchObject({ failures: 0, disabled: false });
      expect((await p.pollOnce(feed)).kind).toBe('ingested');
    });
  });

  describe('start', () => {
    it('polls each feed at once, one request at a time, and stop() waits for the poll in progress', async () => {
      let open = 0;
      let most = 0;
      handler = (response) => {
        open += 1;
        most = Math.max(most, open);
        setTimeout(() => {
          open -= 1;
          response.writeHead(200).end(RSS);
        }, 30);
      };
      const other = feed.replace('feed.xml', 'other.xml');
      const p = make({ feeds: [feed, other], now: Date.now });
      p.start();
      await vi.waitFor(() => expect(ingest.bodies).toHaveLength(2), { timeout: 5000, interval: 10 });
      expect(most).toBe(1);
      await p.stop();
      const seen = requests.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests.length).toBe(seen);
    });

    it('does not count a request aborted by stop() against the feed', async () => {
      handler = () => undefined;
      const p = make({ now: Date.now });
      p.start();
      await vi.waitFor(() => expect(requests).toHaveLength(1), { timeout: 5000, interval: 10 });
      await p.stop();
      expect(store.getFeedState(feed)?.failures ?? 0).toBe(0);
    });
  });

  // The importer's fetch path (fetch-source.ts), end to end against a server that routes by path.
  describe('fetching like the importer', () => {
    let site: LocalServer | undefined;
    afterEach(async () => {
      await poller?.stop();
      await site?.close();
      site = undefined;
    });

    it('decodes the feed in the charset the server declares', async () => {
      const latin1 = RSS.replace('<title>News</title>', '<title>Café Morowali: à la une</title>');
      site = await serve({
        '/latin1.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' }).end(Buffer.from(latin1, 'latin1')),
      });
      const url = `${site.base}/latin1.xml`;
      expect((await make({ feeds: [url] }).pollOnce(url)).kind).toBe('ingested');
      expect(ingest.bodies).toEqual([latin1]);
    });

    it('sends the importer\'s User-Agent', async () => {
      site = await serve({ '/feed.xml': { type: 'application/rss+xml', body: RSS } });
      const url = `${site.base}/feed.xml`;
      await make({ feeds: [url] }).pollOnce(url);
      expect(site.requests).toEqual([{ path: '/feed.xml', userAgent: defaultFetchOptions.userAgent }]);
    });

    it('resolves relative item links against the address the feed was redirected to', async () => {
      const rss =
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>JIR</title>' +
        '<item><title>Chinese battery maker signs deal for Indonesian cathode plant</title><link>en/cathode-plant-deal</link></item></channel></rss>';
      site = await serve({
        '/feed.xml': { status: 301, headers: { location: '/news/feed.xml' } },
        '/news/feed.xml': { type: 'application/rss+xml', body: rss },
        '/news/en/cathode-plant-deal': { body: fixture('item-battery.html') },
      });
      const url = `${site.base}/feed.xml`;
      const { ingester } = makeIngester({ store });
      const result = await make({ feeds: [url], ingest: ingester }).pollOnce(url);
      expect(result).toEqual({ kind: 'ingested', report: { outcomes: [expect.objectContaining({ kind: 'imported', source: `${site.base}/news/en/cathode-plant-deal` })] } });
      expect(site.requests.map((r) => r.path)).toEqual(['/feed.xml', '/news/feed.xml', '/news/en/cathode-plant-deal']);
    });

    it('aborts the item fetch in flight on stop(), fetches no further item, and keeps no validators', async () => {
      const items = [1, 2, 3].map((n) => `<item><title>Item ${n}</title><link>{{BASE}}/items/${n}</link></item>`).join('');
      let itemAborted: Promise<void> | undefined;
      site = await serve({
        '/feed.xml': { type: 'application/rss+xml', headers: { etag: '"v1"' }, body: `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${items}</channel></rss>` },
        // Never answers: only an abort ends this request.
        '/items/1': (_req, res) => void (itemAborted = new Promise((resolve) => res.on('close', () => resolve()))),
      });
      const url = `${site.base}/feed.xml`;
      // A timeout past the test's own, so only the abort can end the hanging request.
      const { ingester } = makeIngester({ store, fetchOptions: { timeoutMs: 120_000 } });
      const p = make({ feeds: [url], ingest: ingester });
      const polled = p.pollOnce(url);
      await vi.waitFor(() => expect(itemAborted).toBeDefined(), { timeout: 5000, interval: 10 });
      await p.stop();
      // The poll has ended, so the importer's loop has too: no later item request can be on its way.
      expect(await polled).toMatchObject({ kind: 'failed', failures: 0, disabled: false });
      await itemAborted;
      expect(site.requests.map((r) => r.path)).toEqual(['/feed.xml', '/items/1']);
      expect(store.getFeedState(url)?.etag).toBeUndefined();
    });
  });
});
