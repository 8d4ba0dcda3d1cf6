import { afterEach, describe, expect, it } from 'vitest';
import { defaultFetchOptions, fetchSource } from '../../../src/ingest/fetch-source.ts';
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
});
