/**
 * /ingest end to end over the fake Bot API, with a fake IngestService that
 * records what it is asked to fetch: admins get "working on it" and then the
 * report; everyone else is refused before anything is fetched; only one
 * http(s) URL is ever passed on — no file path, no other scheme.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { MESSAGES } from '../../../src/answer/messages.ts';
import { renderIngestReport } from '../../../src/ingest/render-report.ts';
import type { IngestReport } from '../../../src/ingest/report.ts';
import type { IngestOptions, IngestService } from '../../../src/ingest/service.ts';
import { Harness } from './harness.ts';
import { GROUP_ID, groupText, privateText } from './updates.ts';

const ADMIN = 9001;

/** Records every call; answers with `next` (or throws it). */
class FakeIngest implements IngestService {
  readonly calls: string[][] = [];
  readonly options: (IngestOptions | undefined)[] = [];
  next: IngestReport | Error = { outcomes: [] };

  async ingest(sources: readonly string[], _onProgress?: unknown, options?: IngestOptions): Promise<IngestReport> {
    this.calls.push([...sources]);
    this.options.push(options);
    if (this.next instanceof Error) throw this.next;
    return this.next;
  }

  async ingestFeedBody(): Promise<IngestReport> {
    throw new Error('not used by /ingest');
  }
}

const ingest = new FakeIngest();
let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ ingest, env: { TELEGRAM_ADMIN_IDS: `12345, ${ADMIN}` } });
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  ingest.calls.length = 0;
  ingest.next = { outcomes: [] };
});

/** Sends the update and waits for `count` replies (the report comes after the update is done). */
async function replies(update: Parameters<Harness['deliver']>[0], count: number): Promise<string[]> {
  const before = h.texts().length;
  await h.deliver(update);
  await h.api.waitFor(() => h.texts().length >= before + count, `${count} replies`);
  return h.texts().slice(before);
}

describe('/ingest from an admin', () => {
  it('says it is working on it, fetches the URL, then replies with the report', async () => {
    ingest.next = {
      outcomes: [{ kind: 'imported', source: 'https://example.com/news/1', articleId: 'a1', title: 'Smelter <opens> & more', storyKey: 's', published: '2025-01-01', dateSource: 'meta' }],
    };
    const texts = await replies(privateText('/ingest https://example.com/news/1', { userId: ADMIN }), 2);
    expect(texts).toEqual([PHRASES.en.ingestWorking('https://example.com/news/1'), renderIngestReport(ingest.next, 'en')]);
    expect(texts[1]).toContain('Smelter <opens> & more'); // escaped on the way out, seen as written
    expect(ingest.calls).toEqual([['https://example.com/news/1']]);
  });

  it('passes the URL on normalised, and replies in the chat’s language', async () => {
    const texts = await replies(privateText('/ingest  HTTP://Example.COM:80/a b', { userId: ADMIN, languageCode: 'id' }), 1);
    // Two words are not one URL.
    expect(texts).toEqual([PHRASES.id.ingestUsage]);
    const more = await replies(privateText('/ingest HTTP://Example.COM:80/a?q=1', { userId: ADMIN, languageCode: 'id' }), 2);
    expect(ingest.calls).toEqual([['http://example.com/a?q=1']]);
    expect(more[1]).toBe(renderIngestReport({ outcomes: [] }, 'id'));
  });

  it('says how to import a skipped page anyway, and passes --force on', async () => {
    ingest.next = { outcomes: [{ kind: 'unrelated', source: 'https://example.com/bola', title: 'Timnas menang', missing: ['economy'] }] };
    const texts = await replies(privateText('/ingest https://example.com/bola', { userId: ADMIN }), 2);
    expect(texts[1]).toContain('To import anyway: /ingest --force https://example.com/bola');
    expect(ingest.options.at(-1)).toEqual({ force: false });
    // A phone turns "--" into a dash; the command still means force.
    await replies(privateText('/ingest —force https://example.com/bola', { userId: ADMIN }), 2);
    expect(ingest.calls.at(-1)).toEqual(['https://example.com/bola']);
    expect(ingest.options.at(-1)).toEqual({ force: true });
  });

  it('works in a group too, threaded to the command', async () => {
    const update = groupText('/ingest@coop_test_bot https://example.com/feed.xml', { userId: ADMIN });
    await replies(update, 2);
    expect(ingest.calls).toEqual([['https://example.com/feed.xml']]);
    const last = h.messages().at(-1);
    expect(last).toMatchObject({ chat_id: GROUP_ID, reply_parameters: { message_id: update.message.message_id } });
  });

  it.each([
    ['a file path', '/ingest /etc/passwd'],
    ['a relative path', '/ingest ../corpus/articles/a.json'],
    ['a file: URL', '/ingest file:///etc/passwd'],
    ['another scheme', '/ingest ftp://example.com/a'],
    ['a javascript: URL', '/ingest javascript:alert(1)'],
    ['two URLs', '/ingest https://example.com/a https://example.com/b'],
    // It would be logged, stored and shown to every subscriber as the article's link.
    ['a URL with a password', '/ingest https://editor:s3cret@example.com/a'],
    ['an address past 2,048 characters', `/ingest https://example.com/${'a'.repeat(2048)}`],
    ['nothing', '/ingest'],
  ])('refuses %s with the usage, fetching nothing', async (_what, text) => {
    expect(await replies(privateText(text, { userId: ADMIN }), 1)).toEqual([PHRASES.en.ingestUsage]);
    expect(ingest.calls).toEqual([]);
  });

  it('apologises when the ingest fails unexpectedly, and logs it', async () => {
    ingest.next = new Error('disk full');
    const texts = await replies(privateText('/ingest https://example.com/x', { userId: ADMIN }), 2);
    expect(texts[1]).toBe(MESSAGES.en.apology);
    expect(h.log.text()).toContain('disk full');
  });
});

describe('/ingest from anyone else', () => {
  // Updates are made when the test runs: polling has moved past ids made earlier.
  it.each([
    ['in a private chat', () => privateText('/ingest https://example.com/news/1', { userId: 777 })],
    ['in a group, even from a group admin', () => groupText('/ingest https://example.com/news/1', { userId: 778 })],
    ['with a file path', () => privateText('/ingest /etc/passwd', { userId: 779 })],
  ])('is refused politely %s, and nothing is fetched', async (_where, update) => {
    h.api.setChatMember(GROUP_ID, 778, 'administrator');
    expect(await replies(update(), 1)).toEqual([PHRASES.en.ingestAdminsOnly]);
    expect(ingest.calls).toEqual([]);
  });
});

describe('/ingest without an ingest service', () => {
  it('tells the admin it is not available', async () => {
    const bare = await Harness.start({ env: { TELEGRAM_ADMIN_IDS: String(ADMIN) } });
    try {
      expect(await bare.replies(privateText('/ingest https://example.com/news/1', { userId: ADMIN }))).toEqual([PHRASES.en.ingestUnavailable]);
    } finally {
      await bare.stop();
    }
  });
});

describe('/ingest while others are still fetching', () => {
  it('refuses a third at once, fetching nothing, and takes one again when a slot frees', async () => {
    const finishers: ((report: IngestReport) => void)[] = [];
    const calls: string[] = [];
    const slow: IngestService = {
      ingest: (sources) => {
        calls.push(...sources);
        return new Promise((resolve) => finishers.push(resolve));
      },
      ingestFeedBody: async () => ({ outcomes: [] }),
    };
    const busy = await Harness.start({ ingest: slow, env: { TELEGRAM_ADMIN_IDS: String(ADMIN) } });
    try {
      for (const n of [1, 2]) await busy.deliver(privateText(`/ingest https://example.com/${n}`, { userId: ADMIN }));
      await busy.api.waitFor(() => calls.length === 2, 'two ingests running');
      expect(await busy.replies(privateText('/ingest https://example.com/3', { userId: ADMIN }))).toEqual([PHRASES.en.ingestBusy]);
      expect(calls).toEqual(['https://example.com/1', 'https://example.com/2']);
      finishers[0]!({ outcomes: [] });
      await busy.api.waitFor(() => busy.texts().includes(renderIngestReport({ outcomes: [] }, 'en')), 'the first report');
      await busy.deliver(privateText('/ingest https://example.com/4', { userId: ADMIN }));
      await busy.api.waitFor(() => calls.length === 3, 'a third ingest running');
      expect(calls.at(-1)).toBe('https://example.com/4');
    } finally {
      for (const finish of finishers) finish({ outcomes: [] });
      await busy.stop();
    }
  });
});

describe('stop', () => {
  it('waits for an ingest still running to reply', async () => {
    let finish: (report: IngestReport) => void = () => undefined;
    const slow: IngestService = { ingest: () => new Promise((resolve) => (finish = resolve)), ingestFeedBody: async () => ({ outcomes: [] }) };
    const other = await Harness.start({ ingest: slow, env: { TELEGRAM_ADMIN_IDS: String(ADMIN) } });
    await other.deliver(privateText('/ingest https://example.com/slow', { userId: ADMIN }));
    const platformStop = other.platform.stop();
    finish({ outcomes: [] });
    await platformStop;
    expect(other.texts().at(-1)).toBe(renderIngestReport({ outcomes: [] }, 'en'));
    await other.stop();
  });
});
