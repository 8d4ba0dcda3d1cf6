/**
 * `/coop ingest <url>` end to end: only an admin's command reaches the
 * ingest pipeline (a fake that records its calls), with exactly one http(s)
 * URL; the acknowledgement never waits for the fetch, and the report
 * arrives afterwards through the response_url.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/ingest/report.ts';
import type { IngestOptions, IngestService } from '../../../src/ingest/service.ts';
import { allText, postCommand, startHarness, type Harness } from './helpers.ts';

const ADMIN = 'UADMIN1';

/** Records each call; each ingest waits until the test lets it finish. */
class FakeIngest implements IngestService {
  readonly calls: (readonly string[])[] = [];
  readonly options: (IngestOptions | undefined)[] = [];
  /** Sources whose pages the fake skips as unrelated. */
  readonly unrelated = new Set<string>();
  private release: (() => void) | undefined;
  private gate = Promise.resolve();

  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  finish(): void {
    this.release?.();
  }

  async ingest(sources: readonly string[], _onProgress?: unknown, options?: IngestOptions): Promise<IngestReport> {
    this.calls.push(sources);
    this.options.push(options);
    await this.gate;
    return {
      outcomes: sources.map((source) =>
        this.unrelated.has(source) && !options?.force
          ? { kind: 'unrelated', source, title: 'A football match', missing: ['economy'] as const }
          : { kind: 'imported', source, articleId: 'new-article', title: 'A new smelter opens', storyKey: 'k', published: '2025-01-01', dateSource: 'meta' as const },
      ),
    };
  }

  async ingestFeedBody(): Promise<IngestReport> {
    throw new Error('not used by the Slack adapter');
  }
}

let h: Harness;
let ingest: FakeIngest;
beforeAll(async () => {
  ingest = new FakeIngest();
  h = await startHarness({ env: { SLACK_ADMIN_IDS: `${ADMIN},UADMIN2` }, ingest });
});
afterAll(async () => {
  await h.close();
});

async function replies(url: string, n: number) {
  return h.fake.waitFor(() => {
    const found = h.fake.responses.filter((r) => r.path === new URL(url).pathname);
    return found.length >= n ? found.map((r) => r.body) : undefined;
  });
}

describe('/coop ingest', () => {
  it('acknowledges an admin at once, fetches the one URL, then posts the report', async () => {
    ingest.hold();
    const before = ingest.calls.length;
    const url = h.fake.responseUrl();
    const ack = await postCommand(h, 'ingest <https://news.test/a?x=1&amp;y=2|news.test/a>', { user_id: ADMIN, response_url: url });
    // The fetch is held until the end of this test, so an acknowledgement that waited for it would never come.
    expect(ack.status).toBe(200);
    const [started] = await replies(url, 1);
    expect(allText(started!)).toContain('https://news.test/a?x=1&amp;y=2');
    // The fetch starts once the "fetching" reply is out, so wait for it rather than race it.
    const calls = await h.fake.waitFor(() => (ingest.calls.length > before ? ingest.calls.slice(before) : undefined));
    expect(calls).toEqual([['https://news.test/a?x=1&y=2']]);
    ingest.finish();
    const [, report] = await replies(url, 2);
    expect(report!.response_type).toBe('ephemeral');
    expect(allText(report!)).toContain('A new smelter opens');
  });

  it('says how to import a skipped page anyway, and does so with --force', async () => {
    ingest.unrelated.add('https://news.test/football');
    const url = h.fake.responseUrl();
    await postCommand(h, 'ingest https://news.test/football', { user_id: ADMIN, response_url: url });
    const [, skipped] = await replies(url, 2);
    expect(allText(skipped!)).toContain('/coop ingest --force https://news.test/football');
    const again = h.fake.responseUrl();
    await postCommand(h, 'ingest --force <https://news.test/football>', { user_id: ADMIN, response_url: again });
    const [, forced] = await replies(again, 2);
    expect(allText(forced!)).toContain('A new smelter opens');
    expect(ingest.options.at(-1)).toEqual({ force: true });
    expect(ingest.calls.at(-1)).toEqual(['https://news.test/football']);
  });

  it('refuses a third while two are still fetching, and fetches nothing for it', async () => {
    ingest.hold();
    const before = ingest.calls.length;
    const urls = [h.fake.responseUrl(), h.fake.responseUrl()];
    for (const [i, url] of urls.entries()) await postCommand(h, `ingest https://news.test/busy${i}`, { user_id: ADMIN, response_url: url });
    await h.fake.waitFor(() => (ingest.calls.length === before + 2 ? true : undefined));
    const third = h.fake.responseUrl();
    await postCommand(h, 'ingest https://news.test/busy2', { user_id: 'UADMIN2', response_url: third });
    const [reply] = await replies(third, 1);
    expect(allText(reply!)).toContain('still being added');
    expect(ingest.calls.length).toBe(before + 2);
    ingest.finish();
    for (const url of urls) await replies(url, 2);
  });

  it('refuses a non-admin and fetches nothing', async () => {
    const before = ingest.calls.length;
    const url = h.fake.responseUrl();
    await postCommand(h, 'ingest https://news.test/b', { user_id: 'U999', response_url: url });
    const [reply] = await replies(url, 1);
    expect(allText(reply!)).toContain('Only the bot’s admins');
    expect(ingest.calls.length).toBe(before);
  });

  it('refuses an admin’s file path, other schemes and several URLs, in the language of the word', async () => {
    const before = ingest.calls.length;
    for (const [text, phrase] of [
      ['ingest /etc/passwd', 'exactly one http(s) address'],
      ['ingest <file:///etc/passwd>', 'exactly one http(s) address'],
      ['ingest https://a.test/ https://b.test/', 'exactly one http(s) address'],
      ['ingest <https://editor:s3cret@a.test/x>', 'exactly one http(s) address'],
      ['impor ftp://a.test/x', 'tepat satu alamat http(s)'],
      ['ingest', 'exactly one http(s) address'],
    ] as const) {
      const url = h.fake.responseUrl();
      await postCommand(h, text, { user_id: ADMIN, response_url: url });
      const [reply] = await replies(url, 1);
      expect(allText(reply!), text).toContain(phrase);
    }
    expect(ingest.calls.length).toBe(before);
  });
});

describe('/coop ingest without an ingest pipeline', () => {
  it('tells an admin it is not available', async () => {
    const bare = await startHarness({ env: { SLACK_ADMIN_IDS: ADMIN } });
    try {
      const url = bare.fake.responseUrl();
      await postCommand(bare, 'ingest https://news.test/c', { user_id: ADMIN, response_url: url });
      const reply = await bare.fake.waitFor(() => bare.fake.responses.find((r) => r.path === new URL(url).pathname));
      expect(allText(reply.body)).toContain('not available');
    } finally {
      await bare.close();
    }
  });
});
