/**
 * The updates flow end to end, as an operator runs it: `npm start` against
 * the fake Telegram and Slack servers, `npm run ingest` in another process
 * while the bot runs, feeds served from 127.0.0.1, and the bot killed in the
 * middle of a fan-out.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/index.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { FIXTURES, tempDir } from '../helpers.ts';
import { runIngest, startBot, type BotProcess } from './bot-process.ts';
import { commandForm, SECRETS, signature } from './slack/helpers.ts';
import { privateText } from './telegram/updates.ts';

const TOKEN = '123456:TEST-token-for-updates';
const PAGE = join(FIXTURES, 'ingest', 'page-furniture.html');
const PAGE_TITLE = 'Indonesia dan China Perluas Kerja Sama Hilirisasi Nikel di Morowali';
/** A notification's frame, in either language; answers that quote the article do not have it. */
const FRAME = /New article|Artikel baru/;
const isNotification = (text: string) => FRAME.test(text) && text.includes(PAGE_TITLE);
let api: FakeTelegramApi | undefined;
let slack: FakeSlackApi | undefined;
let feeds: Server | undefined;
const bots: BotProcess[] = [];

afterEach(async () => {
  for (const bot of bots.splice(0)) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  await api?.close();
  await slack?.close();
  await new Promise((resolve) => (feeds ? feeds.close(resolve) : resolve(undefined)));
  api = slack = feeds = undefined;
});

function launch(env: Record<string, string>): BotProcess {
  const bot = startBot(env);
  bots.push(bot);
  return bot;
}

async function slackCommand(port: number, text: string, fields: Record<string, string>): Promise<number> {
  const body = commandForm(text, fields);
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) },
    body,
  });
  return response.status;
}

describe('subscribing, then `npm run ingest` while the bot runs', () => {
  it('notifies each subscribed chat once, in Telegram and in Slack, and answers questions from the new article', async () => {
    api = await FakeTelegramApi.start(TOKEN);
    slack = await FakeSlackApi.start(SECRETS.botToken);
    const dataDir = tempDir('coop-bot-e2e-');
    const bot = launch({
      DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      SLACK_BOT_TOKEN: SECRETS.botToken,
      SLACK_SIGNING_SECRET: SECRETS.signingSecret,
      SLACK_API_URL: slack.apiUrl,
    });
    const port = await bot.port();

    // Telegram: a private chat subscribes in English to a topic the article writes in Indonesian ("nikel").
    api.queueUpdates(privateText('/subscribe nickel', { userId: 111 }));
    await api.waitFor(() => api!.sent('sendMessage').length > 0, 'the /subscribe confirmation', 20_000);
    // Slack: a channel subscribes through the signed slash command.
    expect(await slackCommand(port, 'subscribe nickel', { channel_id: 'C777', response_url: slack.responseUrl('subscribe') })).toBe(200);
    await slack.waitFor(() => slack!.responses.find((r) => r.path.endsWith('/subscribe')), 15_000);

    const ingest = await runIngest([PAGE], { DATA_DIR: dataDir });
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/imported|diimpor/i);

    // The running bot picks the article up and fans it out: no restart.
    await api.waitFor(() => api!.delivered.some((m) => m.chatId === '111' && isNotification(m.text)), 'the Telegram notification', 20_000);
    await slack.waitFor(() => slack!.postedTo('C777').find((c) => JSON.stringify(c.args).includes(PAGE_TITLE)), 20_000);

    // A question about the new article is answered with a citation to it.
    api.queueUpdates(privateText('Apa yang disepakati Kemenperin dan MIIT tentang hilirisasi nikel di Morowali?', { userId: 111 }));
    await api.waitFor(() => api!.delivered.some((m) => m.chatId === '111' && m.text.includes('warta-industri.example') && !FRAME.test(m.text)), 'a cited answer', 20_000);

    // Ingesting the same page again is refused as a duplicate and notifies nobody.
    const again = await runIngest([PAGE], { DATA_DIR: dataDir });
    expect(again.stdout).toMatch(/duplicate|duplikat/i);
    await new Promise((r) => setTimeout(r, 2_500));
    const notifications = (chatId: string) => api!.delivered.filter((m) => m.chatId === chatId && isNotification(m.text)).length;
    expect(notifications('111')).toBe(1);
    expect(slack.postedTo('C777').filter((c) => JSON.stringify(c.args).includes(PAGE_TITLE))).toHaveLength(1);

    // The sends show in the metrics, and the store holds no delivery still to do.
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('coopbot_deliveries_total{platform="telegram",outcome="sent"} 1');
    expect(metrics).toContain('coopbot_deliveries_total{platform="slack",outcome="sent"} 1');
    expect(metrics).toContain('coopbot_delivery_rows{state="sent"} 2');
    expect(metrics).toContain('coopbot_delivery_rows{state="pending"} 0');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.logs()).not.toContain(TOKEN);
    expect(bot.logs()).not.toContain(SECRETS.signingSecret);
  }, 90_000);
});

describe('feeds in FEEDS', () => {
  it('polls an RSS and an Atom feed, imports their related items without page furniture, skips the unrelated, and logs a malformed feed', async () => {
    const furnitureFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Industri</title>
      <item><title>${PAGE_TITLE}</title><link>{{BASE}}/page-furniture.html</link><pubDate>Fri, 14 Feb 2025 09:30:00 +0700</pubDate></item>
      </channel></rss>`;
    const files: Record<string, string> = {
      '/rss.xml': fixture('rss.xml'),
      '/atom.xml': fixture('atom.xml'),
      '/broken.xml': fixture('malformed.xml'),
      '/furniture.xml': furnitureFeed,
      '/berita/smelter-nikel-patungan': fixture('item-smelter.html'),
      '/en/cathode-plant-deal': fixture('item-battery.html'),
      '/bola/indonesia-china-imbang': fixture('unrelated-football.html'),
      '/page-furniture.html': fixture('page-furniture.html'),
    };
    feeds = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const body = files[path];
      if (body === undefined) return void res.writeHead(404).end('not found');
      const type = path.endsWith('.xml') ? 'application/rss+xml' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type }).end(body.replaceAll('{{BASE}}', base));
    });
    await new Promise<void>((resolve) => feeds!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;

    api = await FakeTelegramApi.start(TOKEN);
    const dataDir = tempDir('coop-bot-feeds-');
    const bot = launch({
      DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      FEEDS: ['rss', 'atom', 'broken', 'furniture'].map((name) => `${base}/${name}.xml`).join(','),
      FEED_POLL_MINUTES: '0.05',
    });
    const port = await bot.port();
    const articles = await importedArticles(dataDir, 3, bot);
    const titles = articles.map((a) => a.title).sort();
    expect(titles).toEqual(
      ['Chinese battery maker signs deal for Indonesian cathode plant', PAGE_TITLE, 'Smelter Nikel Baru Patungan Indonesia-China Mulai Beroperasi'].sort(),
    );
    const furniture = articles.find((a) => a.title === PAGE_TITLE)!;
    expect(furniture.paragraphs.join('\n')).not.toMatch(/baca juga|facebook|whatsapp|komentar|\(Foto:/i);
    expect(furniture.publisher).toBe('Warta Industri');
    // The football match names both countries but is not industrial cooperation; the broken feed is reported.
    await bot.waitForLog(/broken\.xml/, 30_000);
    expect(bot.logs()).toMatch(/Timnas Indonesia Tahan Imbang China/);

    // Counted by channel and outcome: the three imports came from feeds.
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/coopbot_ingest_results_total\{via="feed",outcome="imported"\} 3/);
    expect(metrics).toMatch(/coopbot_ingest_results_total\{via="feed",outcome="failed"\} [1-9]/);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 90_000);
});

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, 'ingest', name), 'utf8');
}

interface ArticleFile {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly paragraphs: string[];
}

async function importedArticles(dataDir: string, atLeast: number, bot: BotProcess): Promise<ArticleFile[]> {
  const dir = join(dataDir, 'articles');
  for (let waited = 0; waited < 40_000; waited += 200) {
    const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
    if (names.length >= atLeast) return names.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ArticleFile);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`fewer than ${atLeast} articles imported from the feeds:\n${bot.logs().slice(-3000)}`);
}

describe('a fan-out to 1,000 subscribers', () => {
  const SUBSCRIBERS = 1000;

  /** 1,000 private chats subscribed to everything, and the article already imported: the bot fans out as it starts. */
  async function prepare(): Promise<{ dataDir: string; env: Record<string, string> }> {
    api = await FakeTelegramApi.start(TOKEN);
    // Telegram's limits, ten times faster, so the fan-out takes seconds; the bot is told the same scale.
    api.enforceLimits({ scale: 10 });
    const dataDir = tempDir('coop-bot-fanout-');
    const store = SqliteStore.open(dataDir);
    for (let chat = 1; chat <= SUBSCRIBERS; chat++) store.addSubscription({ chat: { platform: 'telegram', chatId: String(chat) }, topic: '', mode: 'instant', now: Date.now() });
    store.close();
    const ingest = await runIngest([PAGE], { DATA_DIR: dataDir });
    expect(ingest.code, ingest.stderr).toBe(0);
    return { dataDir, env: { DATA_DIR: dataDir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DELIVERY_RATE_SCALE: '10' } };
  }

  const notified = () => api!.delivered.filter((m) => isNotification(m.text));
  const perChat = () => {
    const counts = new Map<string, number>();
    for (const m of notified()) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
    return counts;
  };

  it('killed with SIGKILL in the middle and restarted, reaches every subscriber, and resends only what was in flight', async () => {
    const { dataDir, env } = await prepare();
    const first = launch(env);
    await api!.waitFor(() => notified().length >= 300, '300 notifications', 60_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const sentBeforeKill = notified().length;
    expect(sentBeforeKill).toBeLessThan(SUBSCRIBERS);
    // What the store knew at the instant of the kill: rows whose send had begun but was never settled.
    const store = SqliteStore.open(dataDir);
    const counts = store.deliveryCounts();
    const inFlight = store.countStarted();
    store.close();
    expect(counts.sent + counts.sending + counts.pending).toBe(SUBSCRIBERS);
    // The worker keeps few sends in flight (8 per platform), however many rows it has claimed.
    expect(inFlight).toBeLessThanOrEqual(8);

    const second = launch(env);
    await api!.waitFor(() => perChat().size === SUBSCRIBERS, 'every subscriber notified', 60_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const doubled = [...perChat().values()].filter((n) => n > 1).length;
    // Nobody is missed. A chat can get a second copy only if its send was in flight when the process died
    // (the Bot API has no idempotency key); the worker keeps that window to the few sends in flight.
    expect(perChat().size).toBe(SUBSCRIBERS);
    expect(doubled).toBeLessThanOrEqual(inFlight);
    const after = SqliteStore.open(dataDir);
    expect(after.deliveryCounts()).toMatchObject({ sent: SUBSCRIBERS, pending: 0, sending: 0, failed: 0 });
    after.close();
    console.info(`SIGKILL fan-out: ${sentBeforeKill} sent before the kill, ${counts.sending} claimed, ${inFlight} in flight, ${doubled} doubled`);
  }, 150_000);

  it('stopped with SIGTERM in the middle, exits 0 within 10 s, and after a restart every subscriber has it exactly once', async () => {
    const { env } = await prepare();
    const first = launch(env);
    await api!.waitFor(() => notified().length >= 300, '300 notifications', 60_000);
    const stopping = performance.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(performance.now() - stopping).toBeLessThan(10_000);
    expect(notified().length).toBeLessThan(SUBSCRIBERS);

    const second = launch(env);
    await api!.waitFor(() => perChat().size === SUBSCRIBERS, 'every subscriber notified', 60_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect([...perChat().values()].every((n) => n === 1)).toBe(true);
  }, 150_000);
});
