/**
 * Fetches a page or feed over http(s) with the limits an importer needs
 * against the open web: a timeout for the whole exchange, a size cap read
 * while streaming (Content-Length may lie or be absent), a handful of
 * redirects followed by hand so each hop is checked to stay on http(s), an
 * honest User-Agent, and the body decoded in the charset the server declares.
 * The importer and the feed poller share it; the poller adds its conditional
 * GET (fetchConditional) and its stop signal. `fetch` is injected, so tests
 * use a local server.
 */
import { SourceError } from './source-error.ts';
import { isHttp } from './http-url.ts';

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
  /** The Last-Modified header, as sent: the importer's last evidence of a page's date before the day of import. */
  readonly lastModified?: string;
}

/** What a caller adds to one exchange. */
export interface FetchRequest {
  /**
   * Extra request headers (If-None-Match, If-Modified-Since, a narrower
   * Accept), sent on every hop. The User-Agent is always the options' one.
   */
  readonly headers?: Readonly<Record<string, string>>;
  /** Aborts the exchange, body included; the timeout still applies. */
  readonly signal?: AbortSignal;
}

/** The validators a response sent, for the next conditional GET. */
export interface Validators {
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
}

/** A conditional GET's result: a body, or 304 Not Modified. */
export type ConditionalFetch =
  | ({ readonly kind: 'fetched' } & FetchedSource & Validators)
  | ({ readonly kind: 'not-modified'; readonly url: string } & Validators);

/**
 * Throws SourceError for anything but a 2xx body: unreachable, timed out,
 * aborted by `request.signal`, HTTP error status, too large, too many or
 * non-http(s) redirects. Unreachable, timed out and HTTP 408/429/5xx are
 * `transient`: worth trying again later.
 */
export async function fetchSource(
  url: string,
  fetchImpl: FetchFunction,
  options: FetchOptions = defaultFetchOptions,
  request: FetchRequest = {},
): Promise<FetchedSource> {
  const result = await fetchConditional(url, fetchImpl, options, request);
  // Only a caller that sent validators should meet a 304; for anyone else it is an error status.
  if (result.kind === 'not-modified') throw new SourceError('HTTP 304 Not Modified');
  return { url: result.url, contentType: result.contentType, body: result.body, lastModified: result.lastModified };
}

/**
 * Like fetchSource, but a 304 Not Modified is a result rather than an error,
 * and both results carry the response's ETag and Last-Modified (the feed
 * poller's conditional GET).
 */
export async function fetchConditional(
  url: string,
  fetchImpl: FetchFunction,
  options: FetchOptions = defaultFetchOptions,
  request: FetchRequest = {},
): Promise<ConditionalFetch> {
  const limits = limitsOf(options.timeoutMs, request.signal);
  let current = httpUrl(url);
  for (let hop = 0; ; hop++) {
    const response = await send(current, fetchImpl, options, request, limits);
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= options.maxRedirects) throw new SourceError(`too many redirects (more than ${options.maxRedirects})`);
      current = httpUrl(new URL(response.headers.get('location')!, current).toString());
      continue;
    }
    const validators = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not-modified', url: current, ...validators };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SourceError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, { transient: isTransientStatus(response.status) });
    }
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readCapped(response, options.maxBytes, limits);
    return { kind: 'fetched', url: current, contentType, body: decode(bytes, contentType), ...validators };
  }
}

// The server's trouble, not the page's: a timeout, too many requests, any server error.
function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function httpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError(`not a valid URL: ${url}`);
  }
  if (!isHttp(parsed)) throw new SourceError(`only http and https URLs can be fetched, not ${parsed.protocol}`);
  return parsed.toString();
}

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

// One signal for the whole exchange, body included: the caller's or the timeout, whichever fires first.
interface Limits {
  readonly signal: AbortSignal;
  readonly caller: AbortSignal | undefined;
  readonly timeoutMs: number;
}

function limitsOf(timeoutMs: number, caller: AbortSignal | undefined): Limits {
  const timeout = AbortSignal.timeout(timeoutMs);
  return { signal: caller ? AbortSignal.any([timeout, caller]) : timeout, caller, timeoutMs };
}

async function send(url: string, fetchImpl: FetchFunction, options: FetchOptions, request: FetchRequest, limits: Limits): Promise<Response> {
  // A Headers object, so a caller's "Accept" replaces the default rather than joining it.
  const headers = new Headers({ accept: ACCEPT });
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
  headers.set('user-agent', options.userAgent);
  try {
    return await fetchImpl(url, { redirect: 'manual', signal: limits.signal, headers });
  } catch (error) {
    throw unreachable(error, limits);
  }
}

async function readCapped(response: Response, maxBytes: number, limits: Limits): Promise<Uint8Array> {
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
    throw unreachable(error, limits);
  }
  return Buffer.concat(chunks);
}

// The charset the server declares; else, for XML, the one its declaration names (feeds often say it only there); else UTF-8.
function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? xmlEncoding(bytes);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is the web's default and the likeliest truth.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// `<?xml version="1.0" encoding="ISO-8859-1"?>`: ASCII in every charset a feed would use, so read as latin1.
function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding=["']([\w.:-]+)["']/.exec(head)?.[1];
}

function unreachable(error: unknown, limits: Limits): SourceError {
  // The caller's abort first: a stop is not the source's fault, and says so.
  if (limits.caller?.aborted) return new SourceError('aborted', { cause: error });
  if (limits.signal.aborted) return new SourceError(`timed out after ${limits.timeoutMs / 1000} s`, { cause: error, transient: true });
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return new SourceError(`unreachable (${detail})`, { cause: error, transient: true });
}
