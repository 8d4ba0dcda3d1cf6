/**
 * The Slack adapter's test harness: the real Bolt app in HTTP mode, mounted
 * on the shared HttpServer on 127.0.0.1 (port 0), talking to the fake Slack
 * (test/fakes/slack-api.ts); requests signed as Slack signs them; payload
 * builders; logs kept in memory so tests can read them. `close()` stops
 * every server the harness started.
 */
import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startSlack, type SlackOptions } from '../../../adapters/slack/index.ts';
import { HttpServer } from '../../../adapters/http/server.ts';
import { createMetrics, type Metrics } from '../../../adapters/ops/metrics.ts';
import type { Platform } from '../../../adapters/platform.ts';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { ConfigSchema, type Config } from '../../../src/config.ts';
import type { Engine } from '../../../src/engine.ts';
import type { QuestionHistory } from '../../../src/history/index.ts';
import type { IngestService } from '../../../src/ingest/service.ts';
import type { Store } from '../../../src/store/index.ts';
import { FakeSlackApi } from '../../fakes/slack-api.ts';
import { seedEngine } from '../../helpers.ts';

export const SECRETS = {
  botToken: 'xoxb-test-bot-token-4f1e2d3c',
  signingSecret: 'test-signing-secret-9a8b7c6d5e',
} as const;

/** Short retries: a 429 (Retry-After 1) is retried at once, and a closed fake cannot keep vitest alive. */
export const TEST_RETRY: SlackOptions = {
  retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50, factor: 1 },
  socketRetryConfig: { retries: 1, minTimeout: 10, maxTimeout: 50, factor: 1 },
  requestTimeoutMs: 5_000,
};

export interface HarnessOptions {
  readonly env?: Record<string, string>;
  readonly engine?: Engine;
  readonly store?: Store;
  readonly ingest?: IngestService;
  readonly history?: QuestionHistory;
  /** Fresh ones unless given (e.g. already counting votes). */
  readonly metrics?: Metrics;
}

export interface Harness {
  readonly fake: FakeSlackApi;
  readonly port: number;
  readonly platform: Platform;
  /** Every log line (JSON), in memory. */
  readonly logs: string[];
  readonly config: Config;
  readonly metrics: Metrics;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeSlackApi.start(SECRETS.botToken);
  const config = ConfigSchema.parse({
    SLACK_BOT_TOKEN: SECRETS.botToken,
    SLACK_SIGNING_SECRET: SECRETS.signingSecret,
    SLACK_API_URL: fake.apiUrl,
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (logs.push(chunk.toString()), done()) });
  const logger = pino({ level: 'debug' }, sink);
  const http = new HttpServer(logger);
  const engine = options.engine ?? seedEngine();
  const limiter = new QuestionLimiter(config.RATE_LIMIT_PER_MINUTE);
  const metrics = options.metrics ?? createMetrics();
  const extra = { ...(options.store ? { store: options.store } : {}), ...(options.ingest ? { ingest: options.ingest } : {}), ...(options.history ? { history: options.history } : {}) };
  const platform = await startSlack({ engine, config, logger, http, limiter, metrics, ...extra }, TEST_RETRY);
  const port = await http.listen(0, '127.0.0.1');
  return {
    fake,
    port,
    platform,
    logs,
    config,
    metrics,
    async close() {
      await platform.stop();
      await http.close();
      await fake.close();
    },
  };
}

// ---- signing and posting -------------------------------------------------

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. */
  readonly timestamp?: number;
  readonly secret?: string;
  /** Replaces the computed signature; null leaves the header out. */
  readonly signature?: string | null;
  readonly headers?: Record<string, string>;
}

export function signature(body: string, timestamp: number, secret: string = SECRETS.signingSecret): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface Posted {
  readonly status: number;
  readonly body: string;
  /** Milliseconds until the response arrived. */
  readonly ms: number;
  /** performance.now() when the response arrived. */
  readonly at: number;
}

export async function postSigned(h: Harness, body: string, contentType: string, options: SignOptions = {}): Promise<Posted> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const sig = options.signature === undefined ? signature(body, timestamp, options.secret) : options.signature;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    ...(sig === null ? {} : { 'x-slack-signature': sig }),
    ...options.headers,
  };
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${h.port}/slack/events`, { method: 'POST', headers, body });
  const at = performance.now();
  return { status: response.status, body: await response.text(), ms: at - started, at };
}

/** A slash command, form-encoded exactly as Slack sends it. */
export function postCommand(h: Harness, text: string, fields: Partial<Record<string, string>> = {}, sign: SignOptions = {}): Promise<Posted> {
  return postSigned(h, commandForm(text, { response_url: h.fake.responseUrl(), ...fields }), 'application/x-www-form-urlencoded', sign);
}

export function postEvent(h: Harness, event: Record<string, unknown>, eventId: string, sign: SignOptions = {}): Promise<Posted> {
  return postSigned(h, JSON.stringify(eventCallback(event, eventId)), 'application/json', sign);
}

/** `overrides` replace top-level payload fields (another `user` or `channel`). */
export function postButton(h: Harness, actionId: string, value: string | undefined, responseUrl = h.fake.responseUrl(), overrides: Record<string, unknown> = {}): Promise<Posted> {
  const payload = { ...blockActions(actionId, value, responseUrl), ...overrides };
  return postSigned(h, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}

// ---- payloads ------------------------------------------------------------

let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`.toUpperCase();

export function commandForm(text: string, fields: Partial<Record<string, string>> = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'ana',
    command: '/coop',
    text,
    api_app_id: 'A1',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: nextId('trig'),
    ...fields,
  } as Record<string, string>).toString();
}

export function eventCallback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event,
  };
}

export function mention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts: '1700000001.000100', channel: 'C1', event_ts: '1700000001.000100', ...extra };
}

export function directMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', user: 'U1', text, ts: '1700000002.000100', channel: 'D1', event_ts: '1700000002.000100', ...extra };
}

export function blockActions(actionId: string, value: string | undefined, responseUrl: string): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: 'U1', username: 'ana', team_id: 'T1' },
    team: { id: 'T1', domain: 'fake' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: nextId('trig'),
    response_url: responseUrl,
    container: { type: 'message', message_ts: '1700000003.000100', channel_id: 'C1', is_ephemeral: true },
    channel: { id: 'C1', name: 'general' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'coop_answer_actions', ...(value === undefined ? {} : { value }), action_ts: '1700000004.000100' }],
  };
}

export function newEventId(): string {
  return nextId('Ev');
}

// ---- reading what the bot sent -------------------------------------------

export interface SentMessage {
  readonly text?: unknown;
  readonly blocks?: unknown;
  readonly [key: string]: unknown;
}

/** Every text in a message (fallback and blocks), joined: for "contains" assertions. */
export function allText(message: { readonly text?: unknown; readonly blocks?: unknown }): string {
  return JSON.stringify([message.text, message.blocks]);
}

/** The value of the button with `actionId` in a message, if any. */
export function buttonValue(message: { readonly blocks?: unknown }, actionId: string): string | undefined {
  const blocks = (message.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  return blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])).find((e) => e.action_id === actionId)?.value;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
