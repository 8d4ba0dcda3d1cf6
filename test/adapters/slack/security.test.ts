/**
 * Requests not signed by Slack are refused with 401 and change nothing;
 * a hostile question cannot turn the answer into a ping or a link; the
 * Slack secrets never reach the log, even at debug level and when a
 * request fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { seedArticles } from '../../helpers.ts';
import { messageSafetyProblems } from './block-kit.ts';
import {
  blockActions,
  commandForm,
  directMessage,
  eventCallback,
  mention,
  newEventId,
  postCommand,
  postEvent,
  postSigned,
  SECRETS,
  signature,
  sleep,
  startHarness,
  type Harness,
  type SignOptions,
} from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const FORM = 'application/x-www-form-urlencoded';
const now = () => Math.floor(Date.now() / 1000);

// The three kinds of request Slack sends, each with its content type; built
// when a test runs, since they point at the fake.
const REQUESTS = {
  'a slash command': () => ({ body: commandForm('minerals', { response_url: h.fake.responseUrl() }), type: FORM }),
  'an event': () => ({ body: JSON.stringify(eventCallback(mention('minerals'), newEventId())), type: 'application/json' }),
  'a button': () => ({
    body: new URLSearchParams({ payload: JSON.stringify(blockActions(ACTION_IDS.share, '{"v":1,"q":"minerals","l":"en"}', h.fake.responseUrl())) }).toString(),
    type: FORM,
  }),
} as const;

const forgeries: { name: string; sign: (body: string) => SignOptions }[] = [
  { name: 'a missing signature', sign: () => ({ signature: null }) },
  { name: 'a signature made with another secret', sign: () => ({ secret: 'not-the-signing-secret' }) },
  { name: 'a signature of another body', sign: (body) => ({ signature: signature(`${body}x`, now()) }) },
  { name: 'a stale timestamp (over 5 minutes)', sign: () => ({ timestamp: now() - 6 * 60 }) },
];

describe('signature verification', () => {
  for (const forgery of forgeries) {
    describe(`with ${forgery.name}`, () => {
      for (const [name, build] of Object.entries(REQUESTS)) {
        it(`refuses ${name} with 401 and posts nothing`, async () => {
          const before = h.fake.deliveries;
          const request = build();
          const response = await postSigned(h, request.body, request.type, forgery.sign(request.body));
          expect(response.status).toBe(401);
          await sleep(100);
          expect(h.fake.deliveries).toBe(before);
        });
      }
    });
  }

  it('accepts the same requests when they are signed properly', async () => {
    for (const build of Object.values(REQUESTS)) {
      const request = build();
      const response = await postSigned(h, request.body, request.type);
      expect(response.status).toBe(200);
    }
  });

  it('refuses a url_verification challenge that is not signed', async () => {
    const response = await postSigned(h, JSON.stringify({ type: 'url_verification', challenge: 'abc' }), 'application/json', { signature: null });
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('abc');
  });

  it('answers other methods on /slack/events with 405', async () => {
    const response = await fetch(`http://127.0.0.1:${h.port}/slack/events`);
    expect(response.status).toBe(405);
  });
});

describe('hostile questions', () => {
  it('cannot make an answer ping a channel or carry a forged link', async () => {
    const corpusUrls = seedArticles().flatMap((a) => (a.url ? [a.url] : []));
    const hostile = '<!channel> &lt;!here&gt; Who is <https://evil.test|click here> &lt;@U999&gt;?';
    const url = h.fake.responseUrl();
    await postCommand(h, hostile, { response_url: url });
    const before = h.fake.callsTo('chat.postMessage').length;
    await postEvent(h, directMessage(hostile), newEventId());
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.path === new URL(url).pathname));
    const dm = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[before]);
    for (const message of [reply.body, dm.args]) expect(messageSafetyProblems(message, corpusUrls)).toEqual([]);
  });
});

describe('the log', () => {
  it('never holds the bot token or the signing secret', async () => {
    h.fake.failOnce('chat.postMessage', 'channel_not_found');
    await postEvent(h, mention('Who is Wang Jiangping?'), newEventId());
    await postEvent(h, directMessage('minerals'), newEventId());
    await postCommand(h, 'sources');
    await postCommand(h, 'forged', {}, { secret: 'wrong-secret-123' });
    await h.fake.waitFor(() => (h.logs.some((l) => l.includes('Slack handler failed')) ? true : undefined));
    await sleep(100);
    const log = h.logs.join('');
    // Because the test would prove nothing if debug logging were off.
    expect(h.logs.some((l) => l.includes('"level":20'))).toBe(true);
    expect(log).not.toContain(SECRETS.botToken);
    expect(log).not.toContain(SECRETS.signingSecret);
    expect(log).not.toContain('legacy-verification-token');
  });
});
