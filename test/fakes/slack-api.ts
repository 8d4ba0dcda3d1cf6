/**
 * A fake Slack on 127.0.0.1 for the adapter's end-to-end tests: the Web API
 * methods the bot calls (auth.test, chat.postMessage, chat.postEphemeral,
 * views.publish; apps.connections.open for Socket Mode, which hands out
 * `socketModeUrl`) under /api/, and response_url endpoints under /respond/.
 * It records every call, checks the bot token, rejects messages over the
 * Block Kit limits with `invalid_blocks` as Slack does, allows a response_url
 * five uses, and answers 429 (with or without Retry-After), an HTTP error
 * status or an API error on demand, one planned failure per call, per method.
 * Point the bot at it with SLACK_API_URL = `fake.apiUrl`, and put
 * `fake.responseUrl()` in test payloads.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitProblems } from '../adapters/slack/block-kit.ts';

export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;

export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface ResponseUrlPost {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

type Planned =
  | { readonly kind: 'rate-limit'; readonly retryAfter: number | null }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'http'; readonly status: number };

const JSON_ARGS = new Set(['blocks', 'view', 'attachments', 'metadata']);
const RESPONSE_URL_USES = 5;

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Calls answered 429, in order. */
  readonly rateLimited: string[] = [];
  private readonly planned = new Map<string, Planned[]>();
  private readonly uses = new Map<string, number>();
  private seq = 0;
  /** What apps.connections.open answers: the Socket Mode WebSocket to connect to. */
  socketModeUrl: string | undefined;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly token: string,
    private readonly appToken: string | undefined,
  ) {}

  /** `token` is the bot token every method expects; `appToken` the one apps.connections.open expects. */
  static async start(token: string, appToken?: string): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    fake = new FakeSlackApi(server, port, token, appToken);
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(name = `r${++this.seq}`): string {
    return `http://127.0.0.1:${this.port}/respond/${name}`;
  }

  /** The next call to `method` gets HTTP 429 with Retry-After (null: without the header). */
  rateLimitOnce(method: string, retryAfterSeconds: number | null = 1): void {
    this.plan(method, { kind: 'rate-limit', retryAfter: retryAfterSeconds });
  }

  /** The next call to `method` gets this HTTP status (a 5xx, say) with a non-JSON body. */
  httpErrorOnce(method: string, status: number): void {
    this.plan(method, { kind: 'http', status });
  }

  /** The next call to `method` gets `{ ok: false, error }`. */
  failOnce(method: string, error = 'internal_error'): void {
    this.plan(method, { kind: 'error', error });
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** chat.postMessage calls to one channel (or user id), in order. */
  postedTo(channel: string): ApiCall[] {
    return this.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
  }

  /** Everything the bot sent people: messages, ephemerals and response_url posts. */
  get deliveries(): number {
    return this.callsTo('chat.postMessage').length + this.callsTo('chat.postEphemeral').length + this.responses.length;
  }

  /** Polls until `find` returns something, or fails after `timeoutMs`. */
  async waitFor<T>(find: () => T | undefined, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('fake Slack: timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private plan(method: string, planned: Planned): void {
    this.planned.set(method, [...(this.planned.get(method) ?? []), planned]);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) return this.api(path.slice('/api/'.length), req, raw, at, res);
    if (path.startsWith('/respond/')) return this.respond(path, raw, at, res);
    res.writeHead(404).end();
  }

  private api(method: string, req: IncomingMessage, raw: string, at: number, res: ServerResponse): void {
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    this.calls.push({ method, args, at });
    const planned = this.planned.get(method)?.shift();
    if (planned?.kind === 'rate-limit') {
      this.rateLimited.push(method);
      const retryAfter = planned.retryAfter === null ? {} : { 'retry-after': String(planned.retryAfter) };
      res.writeHead(429, { ...retryAfter, 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
      return;
    }
    if (planned?.kind === 'http') return void res.writeHead(planned.status, { 'content-type': 'text/plain' }).end('upstream failure');
    const json = (body: object): void => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const expected = method === 'apps.connections.open' ? this.appToken : this.token;
    if (!expected || req.headers.authorization !== `Bearer ${expected}`) return json({ ok: false, error: 'invalid_auth' });
    if (planned?.kind === 'error') return json({ ok: false, error: planned.error });
    json(this.answer(method, args));
  }

  private answer(method: string, args: Record<string, unknown>): object {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'coop', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const problems = messageProblems(args);
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', problems };
        const ts = `1700000000.${String(++this.seq).padStart(6, '0')}`;
        return method === 'chat.postMessage' ? { ok: true, channel: args.channel, ts, message: { text: args.text } } : { ok: true, message_ts: ts };
      }
      case 'apps.connections.open':
        return this.socketModeUrl ? { ok: true, url: this.socketModeUrl } : { ok: false, error: 'internal_error' };
      case 'views.publish': {
        const view = args.view as { blocks?: unknown } | undefined;
        const problems = blockKitProblems({ blocks: view?.blocks }, { maxBlocks: 100, needsText: false });
        return problems.length > 0 ? { ok: false, error: 'invalid_blocks', problems } : { ok: true, view: { id: 'V1' } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private respond(path: string, raw: string, at: number, res: ServerResponse): void {
    const used = (this.uses.get(path) ?? 0) + 1;
    this.uses.set(path, used);
    if (used > RESPONSE_URL_USES) return void res.writeHead(404).end('used_url');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return void res.writeHead(400).end('invalid_payload');
    }
    this.responses.push({ path, body, at });
    if (body.delete_original !== true && messageProblems(body).length > 0) return void res.writeHead(400).end('invalid_blocks');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }
}

function messageProblems(args: Record<string, unknown>): string[] {
  if (args.blocks === undefined) return typeof args.text === 'string' && args.text ? [] : ['no text and no blocks'];
  return blockKitProblems({ text: args.text, blocks: args.blocks }, { maxBlocks: 50, needsText: true });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// The Web API client posts forms, with objects (blocks, view) as JSON strings.
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.startsWith('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_ARGS.has(key) ? JSON.parse(value) : value === 'true' ? true : value === 'false' ? false : value;
  }
  return args;
}
