/**
 * Shared by the ingest tests: the seeds with the facts their text does not
 * print (test/fixtures/seeds/SOURCES.md), an Ingester over a fresh store and
 * folder, and a local HTTP server for pages and feeds (127.0.0.1, port 0).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportHints } from '../../../src/ingest/draft.ts';
import { Ingester, type IngesterDeps } from '../../../src/ingest/ingester.ts';
import type { FanOut } from '../../../src/ingest/service.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore, type NewDelivery, type Store } from '../../../src/store/index.ts';
import { FIXTURES, projectLexicon, tempDir } from '../../helpers.ts';

export const SEED_DIR = join(FIXTURES, 'seeds');
export const INGEST_FIXTURES = join(FIXTURES, 'ingest');

/** Each seed's id and what SOURCES.md knows that its raw text does not say. */
export const SEED_HINTS: Record<string, ImportHints> = {
  '000_2d10af57ad1e85d9': {
    url: 'https://rmol.id/amp/2024/09/28/638724/indonesia-dan-china-perkuat-kerja-sama-hilirisasi-industri-dan-smelter',
    publisher: 'RMOL',
  },
  '001_b8b10f329a02ca29': { published: '2024-09-27', publishedApprox: true },
  '002_1d0fbec28d196c95': {
    url: 'https://situsenergi.com/kemenperin-dan-unido-kolaborasi-dukung-hilirisasi-mineral-kritis-berkelanjutan/',
    publisher: 'SitusEnergi',
  },
  '003_6057a07631c6b9a6': {
    url: 'https://monitorindonesia.com/ekonomi/read/2023/12/576970/ri-china-tingkatkan-kerja-sama-pembuatan-baterai-litium',
    publisher: 'Monitor Indonesia',
  },
  // The raw page prints no date; SOURCES.md gives it.
  '004_f58ef1cb9b988d29': {
    url: 'https://amp.kontan.co.id/news/kemenperin-teken-mou-di-bidang-industri-hingga-negosiasi-upgrading-acfta-30',
    publisher: 'KONTAN',
    published: '2023-12-04',
  },
};

export const SEED_IDS = Object.keys(SEED_HINTS);

export function seedText(id: string): string {
  return readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(join(INGEST_FIXTURES, name), 'utf8');
}

export interface TestIngester {
  readonly ingester: Ingester;
  readonly store: Store;
  readonly articlesDir: string;
  /** Every article the fan-out was asked about, in order. */
  readonly fannedOut: string[];
}

export function makeIngester(overrides: Partial<IngesterDeps> = {}): TestIngester {
  const store = overrides.store ?? new MemoryStore();
  const articlesDir = overrides.articlesDir ?? join(tempDir('coop-ingest-'), 'articles');
  const fannedOut: string[] = [];
  const fanOut: FanOut = (article): NewDelivery[] => {
    fannedOut.push(article.id);
    return [];
  };
  const ingester = new Ingester({
    store,
    lexicon: projectLexicon(),
    articlesDir,
    fanOut,
    logger: silentLogger(),
    relevanceCheck: true,
    now: () => Date.UTC(2026, 0, 1),
    ...overrides,
  });
  return { ingester, store, articlesDir, fannedOut };
}

export interface Route {
  readonly status?: number;
  readonly type?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

export interface LocalServer {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  /** Paths requested, in order, with the User-Agent seen. */
  readonly requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

/**
 * Serves the routes; `{{BASE}}` in a body or header becomes the server's address, so
 * feeds can link to pages on it. A route given as a function may answer
 * however it likes (never, slowly…).
 */
export async function serve(routes: Record<string, Route | ((req: IncomingMessage, res: ServerResponse) => void)>): Promise<LocalServer> {
  const requests: { path: string; userAgent: string | undefined }[] = [];
  let base = '';
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', userAgent: req.headers['user-agent'] });
    const route = routes[req.url ?? ''];
    if (typeof route === 'function') return route(req, res);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = Object.fromEntries(Object.entries(route.headers ?? {}).map(([k, v]) => [k, v.replaceAll('{{BASE}}', base)]));
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...headers });
    res.end((route.body ?? '').replaceAll('{{BASE}}', base));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address where nothing listens: a server's port, after the server is closed. */
export async function deadUrl(): Promise<string> {
  const server = await serve({});
  await server.close();
  return `${server.base}/gone`;
}
