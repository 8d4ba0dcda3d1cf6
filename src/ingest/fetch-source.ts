/**
 * Fetches a page or feed over http(s) with the limits an importer needs
 * against the open web: a timeout for the whole exchange, a size cap read
 * while streaming (Content-Length may lie or be absent), a handful of
 * redirects followed by hand so each hop is checked to stay on http(s), and
 * an honest User-Agent. `fetch` is injected, so tests use a local server.
 */
import { SourceError } from './source-error.ts';

export type FetchFunction = typeof fetch;

export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
}

export const defaultFetchOptions: FetchOptions = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  // ASCII only: header values must be.
  userAgent: 'coop-bot-ingest/0.1 (news importer for a cited Q&A corpus)',
};

export interface FetchedSource {
  /** Where the body came from, after redirects. */
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
}

export async function fetchSource(url: string, fetchImpl: FetchFunction, options: FetchOptions = defaultFetchOptions): Promise<FetchedSource> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = httpUrl(url);
  for (let hop = 0; ; hop++) {
    const response = await request(current, fetchImpl, options, signal);
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= options.maxRedirects) throw new SourceError(`too many redirects (more than ${options.maxRedirects})`);
      current = httpUrl(new URL(response.headers.get('location')!, current).toString());
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SourceError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readCapped(response, options.maxBytes, signal);
    return { url: current, contentType, body: decode(bytes, contentType) };
  }
}

function httpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError(`not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SourceError(`only http and https URLs can be fetched, not ${parsed.protocol}`);
  return parsed.toString();
}

async function request(url: string, fetchImpl: FetchFunction, options: FetchOptions, signal: AbortSignal): Promise<Response> {
  try {
    return await fetchImpl(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
    });
  } catch (error) {
    throw unreachable(error, signal, options);
  }
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new SourceError(`too large (${declared} bytes; the limit is ${maxBytes})`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new SourceError(`too large (more than ${maxBytes} bytes)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw unreachable(error, signal, { timeoutMs: 0 });
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is the web's default and the likeliest truth.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function unreachable(error: unknown, signal: AbortSignal, options: { timeoutMs: number }): SourceError {
  if (signal.aborted) return new SourceError(`timed out${options.timeoutMs ? ` after ${options.timeoutMs / 1000} s` : ''}`, { cause: error });
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return new SourceError(`unreachable (${detail})`, { cause: error });
}
