/**
 * Socket Mode end to end: with SLACK_APP_TOKEN the adapter opens the
 * WebSocket that apps.connections.open (on the fake, via SLACK_API_URL)
 * hands out, acknowledges envelopes, answers through the Web API, mounts
 * nothing on the HTTP server, and closes the socket on stop().
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpServer } from '../../../adapters/http/server.ts';
import type { Platform } from '../../../adapters/platform.ts';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { createMetrics } from '../../../adapters/ops/metrics.ts';
import { startSlack } from '../../../adapters/slack/index.ts';
import { ConfigSchema } from '../../../src/config.ts';
import { FakeSlackApi } from '../../fakes/slack-api.ts';
import { seedEngine } from '../../helpers.ts';
import { allText, commandForm, directMessage, eventCallback, newEventId, SECRETS, TEST_RETRY } from './helpers.ts';
import { SocketModeServer } from './socket-server.ts';

const APP_TOKEN = 'xapp-test-app-token-7e6d5c4b';

let fake: FakeSlackApi;
let socket: SocketModeServer;
let http: HttpServer;
let platform: Platform;
const logs: string[] = [];

beforeAll(async () => {
  fake = await FakeSlackApi.start(SECRETS.botToken, APP_TOKEN);
  socket = await SocketModeServer.start();
  fake.socketModeUrl = socket.url;
  const config = ConfigSchema.parse({ SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
  const logger = pino({ level: 'debug' }, new Writable({ write: (chunk: Buffer, _e, done) => (logs.push(chunk.toString()), done()) }));
  http = new HttpServer(logger);
  platform = await startSlack({ engine: seedEngine(), config, logger, http, limiter: new QuestionLimiter(20), metrics: createMetrics() }, TEST_RETRY);
});

afterAll(async () => {
  await platform.stop();
  await socket.close();
  await fake.close();
});

describe('Socket Mode', () => {
  it('connects with the app token and mounts no HTTP route', () => {
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
    expect(socket.connections).toBe(1);
    expect(http.hasRoutes).toBe(false);
  });

  it('acknowledges an event and answers it through the Web API', async () => {
    const envelopeId = socket.send('events_api', eventCallback(directMessage('Siapa Tri Supondy?'), newEventId()));
    await fake.waitFor(() => socket.received.find((m) => m.envelope_id === envelopeId));
    const post = await fake.waitFor(() => fake.callsTo('chat.postMessage')[0]);
    expect(post.args.channel).toBe('D1');
    expect(allText(post.args)).toContain('Tri Supondy');
  });

  it('acknowledges a slash command and answers through its response_url', async () => {
    const url = fake.responseUrl();
    const payload = Object.fromEntries(new URLSearchParams(commandForm('minerals', { response_url: url })));
    const envelopeId = socket.send('slash_commands', payload);
    await fake.waitFor(() => socket.received.find((m) => m.envelope_id === envelopeId));
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.path === new URL(url).pathname));
    expect(reply.body.response_type).toBe('ephemeral');
    expect(allText(reply.body)).toContain('molybdenum');
  });

  it('keeps the app token out of the log', () => {
    expect(logs.join('')).not.toContain(APP_TOKEN);
    expect(logs.join('')).not.toContain(SECRETS.botToken);
  });

  it('closes the WebSocket on stop', async () => {
    await platform.stop();
    await fake.waitFor(() => (socket.connections === 0 ? true : undefined));
  });
});
