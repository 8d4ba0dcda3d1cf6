/**
 * End to end, each surface in both languages: the real Bolt app in HTTP
 * mode receives signed requests and answers through the fake Slack.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { decodeButton } from '../../../adapters/slack/button-value.ts';
import { CITATIONS_SHOWN } from '../../../adapters/slack/render/index.ts';
import { seedArticles, wideEngine } from '../../helpers.ts';
import { blockKitProblems, messageSafetyProblems } from './block-kit.ts';
import {
  allText,
  buttonValue,
  directMessage,
  mention,
  newEventId,
  postButton,
  postCommand,
  postEvent,
  postSigned,
  startHarness,
  type Harness,
  type SentMessage,
} from './helpers.ts';

const CORPUS_URLS = seedArticles().flatMap((a) => (a.url ? [a.url] : []));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const WIDE_URLS = wideEngine().knowledge.articles.flatMap((a) => (a.url ? [a.url] : []));

function expectValid(message: SentMessage, urls: readonly string[] = CORPUS_URLS): void {
  expect(blockKitProblems(message, { maxBlocks: 50, needsText: true })).toEqual([]);
  expect(messageSafetyProblems(message, urls)).toEqual([]);
}

async function responseTo(url: string): Promise<SentMessage> {
  return responseFrom(h, url);
}

async function responseFrom(harness: Harness, url: string): Promise<SentMessage> {
  const post = await harness.fake.waitFor(() => harness.fake.responses.find((r) => r.path === new URL(url).pathname));
  return post.body;
}

describe('the slash command', () => {
  it('acknowledges within 3 s, before the answer is posted', async () => {
    const url = h.fake.responseUrl();
    const ack = await postCommand(h, 'minerals', { response_url: url });
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3_000);
    const answer = await h.fake.waitFor(() => h.fake.responses.find((r) => r.path === new URL(url).pathname));
    expect(ack.at).toBeLessThan(answer.at);
  });

  describe('when asked in English', () => {
    it('answers ephemerally with citations and a Share in channel button', async () => {
      const url = h.fake.responseUrl();
      await postCommand(h, 'minerals', { response_url: url });
      const answer = await responseTo(url);
      expect(answer.response_type).toBe('ephemeral');
      expect(allText(answer)).toContain('Minerals named as having great potential');
      expect(allText(answer)).toContain('Share in channel');
      expect(allText(answer)).toMatch(/<https:\/\/[^|>]+\|[^>]+>/);
      expectValid(answer);
    });
  });

  describe('when asked in Indonesian', () => {
    it('answers an Indonesian subcommand in Indonesian, with the Indonesian button', async () => {
      const url = h.fake.responseUrl();
      await postCommand(h, 'kronologi', { response_url: url });
      const answer = await responseTo(url);
      expect(allText(answer)).toContain('Kronologi menurut artikel');
      expect(allText(answer)).toContain('Bagikan ke kanal');
      expectValid(answer);
    });

    it('answers a bare question in its language', async () => {
      const url = h.fake.responseUrl();
      await postCommand(h, 'Siapa Tri Supondy?', { response_url: url });
      const answer = await responseTo(url);
      expect(allText(answer)).toContain('Tri Supondy');
      expect(allText(answer)).toContain('Bagikan ke kanal');
    });
  });

  it('lists the Slack commands under help', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'help', { response_url: url });
    const answer = await responseTo(url);
    expect(allText(answer)).toContain('/coop summary');
    expectValid(answer);
  });

  it('summarises the meeting named after "summary"', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'summary Eko SA Cahyanto and Wang Jiangping', { response_url: url });
    expect(allText(await responseTo(url))).toContain('Wang Jiangping');
  });
});

describe('Share in channel', () => {
  it('posts the same answer for everyone and removes the ephemeral copy', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'minerals', { response_url: url });
    const value = buttonValue(await responseTo(url), ACTION_IDS.share);
    expect(value).toBeDefined();

    const actionUrl = h.fake.responseUrl();
    const ack = await postButton(h, ACTION_IDS.share, value, actionUrl);
    expect(ack.status).toBe(200);
    const posts = await h.fake.waitFor(() => {
      const found = h.fake.responses.filter((r) => r.path === new URL(actionUrl).pathname);
      return found.length >= 2 ? found : undefined;
    });
    expect(posts[0]!.body.response_type).toBe('in_channel');
    expect(allText(posts[0]!.body)).toContain('Minerals named as having great potential');
    // Because a shared answer needs no second share button.
    expect(buttonValue(posts[0]!.body, ACTION_IDS.share)).toBeUndefined();
    expectValid(posts[0]!.body);
    expect(posts[1]!.body).toEqual({ delete_original: true });
  });

  it('re-asks a subcommand as its intent and topic, so the shared answer is the same', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'kronologi UNIDO', { response_url: url });
    const ephemeral = await responseTo(url);
    const value = buttonValue(ephemeral, ACTION_IDS.share);
    expect(decodeButton(value)).toEqual({ question: 'UNIDO', intent: 'timeline', language: 'id' });
    const actionUrl = h.fake.responseUrl();
    await postButton(h, ACTION_IDS.share, value, actionUrl);
    const shared = await responseTo(actionUrl);
    expect(allText(shared)).toContain('Kronologi menurut artikel');
    // The same answer, without the buttons (a shared answer has none here: no second share, all sources shown).
    expect(shared.blocks).toEqual((ephemeral.blocks as Array<{ type: string }>).filter((b) => b.type !== 'actions'));
  });

  it('shares an Indonesian answer in Indonesian', async () => {
    const url = h.fake.responseUrl();
    await postCommand(h, 'mineral', { response_url: url });
    const actionUrl = h.fake.responseUrl();
    await postButton(h, ACTION_IDS.share, buttonValue(await responseTo(url), ACTION_IDS.share), actionUrl);
    const shared = await responseTo(actionUrl);
    expect(shared.response_type).toBe('in_channel');
    expect(allText(shared)).toContain('Mineral yang disebut');
  });

  it('refuses a forged value politely, in both languages', async () => {
    const actionUrl = h.fake.responseUrl();
    await postButton(h, ACTION_IDS.share, '{"q":"<!channel>","l":"xx"}', actionUrl);
    const reply = await responseTo(actionUrl);
    expect(reply.response_type).toBe('ephemeral');
    expect(allText(reply)).toContain('no longer works');
    expect(allText(reply)).toContain('tidak berlaku lagi');
  });
});

describe('More sources', () => {
  // The wide corpus's timeline cites more than five articles.
  let wide: Harness;
  beforeAll(async () => {
    wide = await startHarness({ engine: wideEngine() });
  });
  afterAll(async () => {
    await wide.close();
  });
  const hidden = (question: string) => wideEngine().ask({ text: question }).citations.length - CITATIONS_SHOWN;

  it('answers ephemerally with the citations the answer had no room for', async () => {
    const url = wide.fake.responseUrl();
    await postCommand(wide, 'timeline', { response_url: url });
    const answer = await responseFrom(wide, url);
    const value = buttonValue(answer, ACTION_IDS.moreSources);
    expect(value).toBeDefined();
    expect(hidden('Timeline')).toBeGreaterThan(0);
    expect(allText(answer)).toContain(`More sources (${hidden('Timeline')})`);

    const actionUrl = wide.fake.responseUrl();
    await postButton(wide, ACTION_IDS.moreSources, value, actionUrl);
    const more = await responseFrom(wide, actionUrl);
    expect(more.response_type).toBe('ephemeral');
    expect(more.replace_original).toBe(false);
    expect(allText(more)).toContain('More sources for this answer');
    expect(allText(more)).toContain('*[6]*');
    expect(allText(more)).not.toContain('*[5]*');
    expectValid(more, WIDE_URLS);
  });

  it('shows the rest of an Indonesian answer’s sources in Indonesian', async () => {
    const url = wide.fake.responseUrl();
    await postCommand(wide, 'kronologi', { response_url: url });
    const actionUrl = wide.fake.responseUrl();
    await postButton(wide, ACTION_IDS.moreSources, buttonValue(await responseFrom(wide, url), ACTION_IDS.moreSources), actionUrl);
    const more = await responseFrom(wide, actionUrl);
    expect(allText(more)).toContain('Sumber lain untuk jawaban ini');
    expect(allText(more)).toMatch(/\d+ (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
  });

  it('says politely when the sources asked for no longer exist', async () => {
    const actionUrl = h.fake.responseUrl();
    await postButton(h, ACTION_IDS.moreSources, JSON.stringify({ v: 1, q: 'kronologi', l: 'id', f: 999 }), actionUrl);
    expect(allText(await responseTo(actionUrl))).toContain('tidak tersedia lagi');
  });

  it('treats a button without a value as stale', async () => {
    const actionUrl = h.fake.responseUrl();
    await postButton(h, ACTION_IDS.moreSources, undefined, actionUrl);
    expect(allText(await responseTo(actionUrl))).toContain('no longer works');
  });
});

describe('mentions', () => {
  it('answers in the thread of the mention, in English', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const ack = await postEvent(h, mention('Who is Wang Jiangping?', { ts: '1700000100.000100' }), newEventId());
    expect(ack.status).toBe(200);
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[before]);
    expect(post.args.channel).toBe('C1');
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(allText(post.args)).toContain('Wang Jiangping');
    expectValid(post.args);
  });

  it('answers in Indonesian, in the existing thread when the mention is in one', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await postEvent(h, mention('Mineral apa saja yang diprioritaskan untuk hilirisasi?', { ts: '1700000200.000200', thread_ts: '1700000150.000100' }), newEventId());
    const post = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[before]);
    expect(post.args.thread_ts).toBe('1700000150.000100');
    expect(allText(post.args)).toContain('Mineral yang disebut');
  });

  it('ignores mentions written by bots', async () => {
    const before = h.fake.deliveries;
    await postEvent(h, mention('help', { bot_id: 'B2' }), newEventId());
    await postEvent(h, directMessage('help'), newEventId()); // a marker: once it is answered, the bot's mention was handled
    await h.fake.waitFor(() => (h.fake.deliveries > before ? true : undefined));
    expect(h.fake.deliveries).toBe(before + 1);
  });
});

describe('direct messages', () => {
  it('answers a question in the DM, in English and in Indonesian', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await postEvent(h, directMessage('What did the Ministry of Industry discuss with UNIDO?'), newEventId());
    await postEvent(h, directMessage('Siapa Ciyong Zou?'), newEventId());
    const posts = await h.fake.waitFor(() => {
      const found = h.fake.callsTo('chat.postMessage').slice(before);
      return found.length >= 2 ? found : undefined;
    });
    const texts = posts.map((p) => allText(p.args));
    expect(posts.every((p) => p.args.channel === 'D1' && p.args.thread_ts === undefined)).toBe(true);
    expect(texts.some((t) => t.includes('UNIDO'))).toBe(true);
    expect(texts.some((t) => t.includes('Ciyong Zou') && t.includes('Sumber'))).toBe(true);
  });

  it('ignores edits, bot messages and other subtypes', async () => {
    const before = h.fake.deliveries;
    await postEvent(h, directMessage('edited', { subtype: 'message_changed' }), newEventId());
    await postEvent(h, directMessage('from a bot', { bot_id: 'B2' }), newEventId());
    await postEvent(h, directMessage('from me', { user: 'UBOT', bot_id: 'BBOT' }), newEventId());
    await postEvent(h, { type: 'message', channel_type: 'channel', user: 'U1', text: 'help', ts: '1.2', channel: 'C1' }, newEventId());
    await postEvent(h, directMessage('bantuan'), newEventId()); // the marker
    await h.fake.waitFor(() => (h.fake.deliveries > before ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.fake.deliveries).toBe(before + 1);
  });
});

describe('the App Home tab', () => {
  it('publishes what the bot can do in both languages, with a place for subscriptions', async () => {
    await postEvent(h, { type: 'app_home_opened', user: 'U7', channel: 'D7', tab: 'home', event_ts: '1700000300.000100' }, newEventId());
    const call = await h.fake.waitFor(() => h.fake.callsTo('views.publish').find((c) => c.args.user_id === 'U7'));
    const view = call.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(JSON.stringify(view)).toContain('Example questions');
    expect(JSON.stringify(view)).toContain('Contoh pertanyaan');
    expect(JSON.stringify(view)).toContain('Subscriptions');
    expect(blockKitProblems({ blocks: view.blocks }, { maxBlocks: 100, needsText: false })).toEqual([]);
  });

  it('leaves the Messages tab alone', async () => {
    await postEvent(h, { type: 'app_home_opened', user: 'U8', channel: 'D8', tab: 'messages', event_ts: '1700000300.000200' }, newEventId());
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(h.fake.callsTo('views.publish').filter((c) => c.args.user_id === 'U8')).toEqual([]);
  });
});

describe('url_verification', () => {
  it('answers the challenge', async () => {
    const response = await postSigned(h, JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }), 'application/json');
    expect(response.status).toBe(200);
    expect(response.body).toContain('abc123');
  });
});
