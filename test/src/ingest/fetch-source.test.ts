import { afterEach, describe, expect, it } from 'vitest';
import { defaultFetchOptions, fetchConditional, fetchSource } from '../../../src/ingest/fetch-source.ts';
import { deadUrl, type LocalServer, serve } from './helpers.ts';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const options = (overrides = {}) => ({ ...defaultFetchOptions, ...overrides });

describe('fetchSource', () => {
  it('fetches a page with a User-Agent and follows redirects', async () => {
    server = await serve({
      '/old': { status: 301, headers: { location: '/new' } },
      '/new': { status: 302, headers: { location: '{{BASE}}/page' } },
      '/page': { body: '<p>halo</p>', type: 'text/html; charset=utf-8' },
    });
    const fetched = await fetchSource(`${server.base}/old`, fetch, options());
    expect(fetched).toEqual({ url: `${server.base}/page`, body: '<p>halo</p>', contentType: 'text/html; charset=utf-8' });
    expect(server.requests.map((r) => r.path)).toEqual(['/old', '/new', '/page']);
    expect(server.requests[0]!.userAgent).toBe(defaultFetchOptions.userAgent);
  });

  it('gives up after too many redirects', async () => {
    server = await serve({ '/loop': { status: 302, headers: { location: '/loop' } } });
    await expect(fetchSource(`${server.base}/loop`, fetch, options({ maxRedirects: 3 }))).rejects.toThrow('too many redirects');
    expect(server.requests).toHaveLength(4);
  });

  it('refuses a redirect off http(s) and a non-http URL', async () => {
    server = await serve({ '/file': { status: 302, headers: { location: 'file:///etc/passwd' } } });
    await expect(fetchSource(`${server.base}/file`, fetch, options())).rejects.toThrow('only http and https');
    await expect(fetchSource('ftp://example.com/a', fetch, options())).rejects.toThrow('only http and https');
  });

  it('reports an HTTP error status', async () => {
    server = await serve({});
    await expect(fetchSource(`${server.base}/missing`, fetch, options())).rejects.toThrow('HTTP 404');
  });

  it('stops reading past the size cap, with or without Content-Length', async () => {
    const big = 'x'.repeat(5000);
    server = await serve({
      '/declared': { body: big },
      '/chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(big);
        res.end(big);
      },
    });
    await expect(fetchSource(`${server.base}/declared`, fetch, options({ maxBytes: 1000 }))).rejects.toThrow('too large');
    await expect(fetchSource(`${server.base}/chunked`, fetch, options({ maxBytes: 6000 }))).rejects.toThrow('too large');
  });

  it('times out on a server that never answers', async () => {
    server = await serve({ '/hang': () => {} });
    await expect(fetchSource(`${server.base}/hang`, fetch, options({ timeoutMs: 300 }))).rejects.toThrow('timed out');
  });

  it('times out on a server that sends its headers, then trickles the body', async () => {
    // Because the limit is on the whole exchange: a body read that outlives it must be aborted too.
    server = await serve({
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>');
      },
    });
    await expect(fetchSource(`${server.base}/slow`, fetch, options({ timeoutMs: 300 }))).rejects.toThrow('timed out');
  });

  it('reports an unreachable host', async () => {
    await expect(fetchSource(await deadUrl(), fetch, options())).rejects.toThrow('unreachable');
  });

  it('decodes the charset the server declares', async () => {
    server = await serve({ '/latin1': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9])) });
    expect((await fetchSource(`${server.base}/latin1`, fetch, options())).body).toBe('café');
  });

  it('decodes an XML body in the encoding its declaration names when the server names none', async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café</title></channel></rss>';
    server = await serve({ '/feed.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(Buffer.from(xml, 'latin1')) });
    expect((await fetchSource(`${server.base}/feed.xml`, fetch, options())).body).toBe(xml);
  });

  it('stops at the caller\'s signal, body included, and says it was aborted', async () => {
    const stop = new AbortController();
    server = await serve({
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>');
      },
    });
    // Stops once the headers are in, so it is the body read that must give up.
    const fetchThenStop: typeof fetch = async (...args) => {
      const response = await fetch(...args);
      stop.abort();
      return response;
    };
    await expect(fetchSource(`${server.base}/slow`, fetchThenStop, options(), { signal: stop.signal })).rejects.toThrow(/^aborted$/);
    // Already aborted: no request at all.
    await expect(fetchSource(`${server.base}/slow`, fetch, options(), { signal: stop.signal })).rejects.toThrow(/^aborted$/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('fetchConditional', () => {
  it('sends the caller\'s headers on every hop and reports a 304 with its validators', async () => {
    const seen: (string | undefined)[][] = [];
    server = await serve({
      '/feed': { status: 302, headers: { location: '/feed.xml' } },
      '/feed.xml': (req, res) => {
        seen.push([req.headers['if-none-match'], req.headers.accept, req.headers['user-agent']]);
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 05 Jan 2026 07:00:00 GMT' }).end('<rss/>');
      },
    });
    const url = `${server.base}/feed`;
    expect(await fetchConditional(url, fetch, options())).toEqual({
      kind: 'fetched',
      url: `${server.base}/feed.xml`,
      contentType: 'application/rss+xml',
      body: '<rss/>',
      etag: '"v1"',
      lastModified: 'Mon, 05 Jan 2026 07:00:00 GMT',
    });
    // The User-Agent is not the caller's to replace; Accept is.
    const headers = { 'if-none-match': '"v1"', accept: 'application/rss+xml', 'user-agent': 'spoof' };
    expect(await fetchConditional(url, fetch, options(), { headers })).toEqual({ kind: 'not-modified', url: `${server.base}/feed.xml`, etag: '"v1"', lastModified: undefined });
    expect(seen[1]).toEqual(['"v1"', 'application/rss+xml', defaultFetchOptions.userAgent]);
    expect(server.requests.map((r) => r.path)).toEqual(['/feed', '/feed.xml', '/feed', '/feed.xml']);
    expect(server.requests[2]!.userAgent).toBe(defaultFetchOptions.userAgent);
  });

  it('tells fetchSource\'s callers a 304 is an error status', async () => {
    server = await serve({ '/same': { status: 304 } });
    await expect(fetchSource(`${server.base}/same`, fetch, options())).rejects.toThrow('HTTP 304');
  });
});
