/**
 * `npm run bench:delivery [-- --notifications 10000 --scale 20 --timeout 120]`:
 * fans one article out to 10,000 subscriptions (private chats and groups)
 * through the real DeliveryWorker, a SqliteStore in a temporary folder and
 * the real TelegramSender, against the fake Telegram Bot API on 127.0.0.1
 * (in a child process, as Telegram is not in the bot's) enforcing
 * Telegram's limits times `scale` (20 → 600 messages a second overall, so
 * the run takes about 17 s). Prints the rate achieved against
 * the rate allowed (target ≥ 0.9), the 429s received, and the deliveries
 * lost and duplicated (target 0 and 0), counted from what the fake server
 * accepted against the planned subscriptions, and the store's view.
 *
 * Loopback only; bounded: after `--timeout` seconds the worker is stopped
 * and the run fails. Exits 1 when a delivery is lost or doubled or the run
 * timed out, 2 on bad arguments; the rate target is reported PASS/FAIL.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { createBot } from '../adapters/telegram/bot.ts';
import { TELEGRAM_DELIVERY_LIMITS, TelegramSender } from '../adapters/telegram/notification-sender.ts';
import { redactor } from '../adapters/telegram/redact.ts';
import type { Article } from '../src/corpus/article.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { silentLogger } from '../src/logger.ts';
import { SqliteStore } from '../src/store/index.ts';
import { Lexicon } from '../src/lexicon/lexicon.ts';
import { TopicMatcher } from '../src/updates/topic-match.ts';
import { DeliveryWorker, type DeliveryEvent } from '../src/updates/worker.ts';
import { tempDir } from '../test/helpers.ts';
import { type FakeServer, startFakeServer } from './bench-delivery/fake-server.ts';
import { type DeliveryBenchOptions, parseOptions } from './bench-delivery/options.ts';
import { planSubscriptions, type PlannedSubscription } from './bench-delivery/plan.ts';
import { tally } from './bench-delivery/tally.ts';

const ROOT = join(import.meta.dirname, '..');
/** Shaped like a real token; the fake accepts only this one. */
const TOKEN = '123456789:AAHbenchDeliveryTokenNotARealOne_x1Y2z3';
const RATE_TARGET = 0.9;

await main();

async function main(): Promise<void> {
  let options: DeliveryBenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench:delivery: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const dir = tempDir('coop-bot-bench-delivery-');
  const api = await startFakeServer(TOKEN, options.scale);
  const store = SqliteStore.open(dir);
  try {
    process.exitCode = await run(options, api, store);
  } finally {
    store.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(options: DeliveryBenchOptions, api: FakeServer, store: SqliteStore): Promise<number> {
  const { notifications, scale, timeoutSeconds } = options;
  const article = benchArticle();
  const planned = planSubscriptions(notifications);
  const setupStarted = performance.now();
  enqueueFanOut(store, planned, article);
  const setupMs = performance.now() - setupStarted;
  log(`${planned.length} subscriptions in ${new Set(planned.map((p) => p.chatId)).size} chats (${groupChats(planned)} groups), one article; set up in ${Math.round(setupMs)} ms`);

  const logger = silentLogger();
  const sender = new TelegramSender(createBot(TOKEN, api.url).telegram, { logger, redact: redactor([TOKEN]) });
  const events = { sent: 0, retried: 0, rateLimited: 0, failed: 0, blocked: 0 };
  const worker = new DeliveryWorker({
    store,
    senders: [sender],
    articles: (id) => (id === article.id ? article : undefined),
    language: () => 'en',
    logger,
    rateScale: scale,
    events: (event: DeliveryEvent) => {
      events[event.outcome] += 1;
      if (event.rateLimited) events.rateLimited += 1;
    },
  });

  log(`sending through the fake Bot API at scale ${scale} (${TELEGRAM_DELIVERY_LIMITS.overallPerSecond * scale} messages/s allowed); giving up after ${timeoutSeconds} s`);
  const started = performance.now();
  worker.start();
  const finished = await settled(store, started + timeoutSeconds * 1000);
  await worker.stop();
  const wallMs = performance.now() - started;

  const counts = store.deliveryCounts();
  const { delivered, tooManyRequests } = await api.report();
  const result = tally(planned, delivered);
  const times = delivered.map((m) => m.at);
  const spanMs = times.length > 1 ? Math.max(...times) - Math.min(...times) : 0;
  const achieved = spanMs > 0 ? ((times.length - 1) * 1000) / spanMs : 0;
  const allowed = TELEGRAM_DELIVERY_LIMITS.overallPerSecond * scale;
  const ratio = achieved / allowed;
  log(`accepted per second: ${perSecond(times).join(' ')}`);

  const matching = matchingTime(article, notifications);
  const lines = [
    '',
    `topic matching     1 article against ${notifications} subscriptions (500 topics): ${matching.coldMs.toFixed(1)} ms cold, ${matching.warmMs.toFixed(1)} ms warm`,
    `notifications      ${notifications}`,
    `accepted by fake   ${result.received}`,
    `wall time          ${(wallMs / 1000).toFixed(1)} s${finished ? '' : ' (TIMED OUT)'}`,
    `achieved rate      ${achieved.toFixed(1)} msg/s (first to last accepted message)`,
    `allowed rate       ${allowed} msg/s`,
    `achieved/allowed   ${ratio.toFixed(3)}`,
    `429s received      ${tooManyRequests}`,
    `lost               ${result.lost}`,
    `duplicated         ${result.duplicated}`,
    `most to one chat   ${result.maxPerChat}`,
    `store              sent ${counts.sent}, failed ${counts.failed}, pending ${counts.pending}, sending ${counts.sending}`,
    `worker events      sent ${events.sent}, retried ${events.retried} (rate limited ${events.rateLimited}), failed ${events.failed}, blocked ${events.blocked}`,
    '',
    `${ratio >= RATE_TARGET ? 'PASS' : 'FAIL'}  achieved/allowed ≥ ${RATE_TARGET}`,
    `${result.lost === 0 ? 'PASS' : 'FAIL'}  no delivery lost`,
    `${result.duplicated === 0 ? 'PASS' : 'FAIL'}  no delivery duplicated`,
    `${finished ? 'PASS' : 'FAIL'}  finished within ${timeoutSeconds} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const summary = {
    notifications,
    scale,
    accepted: result.received,
    wall_s: round(wallMs / 1000),
    achieved_per_s: round(achieved),
    allowed_per_s: allowed,
    ratio: round(ratio, 3),
    match_cold_ms: round(matching.coldMs),
    match_warm_ms: round(matching.warmMs),
    too_many_requests: tooManyRequests,
    lost: result.lost,
    duplicated: result.duplicated,
    store: counts,
    finished,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return finished && result.lost === 0 && result.duplicated === 0 ? 0 : 1;
}

/**
 * What the fan-out costs in the importer: matching one article against as many
 * subscriptions over 500 distinct topics (cold: topics compiled on the way; warm:
 * as a running process has them cached).
 */
function matchingTime(article: Article, subscriptions: number): { coldMs: number; warmMs: number } {
  const words = ['nickel', 'nikel', 'smelter', 'UNIDO', 'lithium battery', 'baterai litium', '', 'football', 'green industry', 'electric vehicle'];
  const subs = Array.from({ length: subscriptions }, (_, i) => ({ id: i + 1, topic: `${words[i % words.length]} ${i % 50 === 0 ? '' : `x${i % 50}`}`.trim() }));
  const matcher = new TopicMatcher(Lexicon.fromFile(join(ROOT, 'corpus', 'lexicon.json')));
  const cold = performance.now();
  matcher.matching(article, subs);
  const warm = performance.now();
  matcher.matching(article, subs);
  return { coldMs: warm - cold, warmMs: performance.now() - warm };
}

/** A real article of the corpus: nothing in the messages is made up. */
function benchArticle(): Article {
  const [article] = loadCorpus([join(ROOT, 'corpus', 'articles')]);
  if (!article) throw new Error('bench:delivery: the corpus has no article');
  return article;
}

// What ingest does for a new article: register it with its deliveries, in one transaction.
function enqueueFanOut(store: SqliteStore, planned: readonly PlannedSubscription[], article: Article): void {
  const now = Date.now();
  const ids = planned.map(({ chatId, topic }) => store.addSubscription({ chat: { platform: 'telegram', chatId }, topic, mode: 'instant', now }).id);
  const recorded = store.recordArticle(
    { articleId: article.id, url: article.url, contentHash: `bench-${article.id}`, storyKey: article.id, published: article.published, signature: '', ingestedAt: now },
    ids.map((subscriptionId) => ({ subscriptionId, articleId: article.id, now })),
  );
  if (!recorded) throw new Error('bench:delivery: the article was already registered');
}

/** Resolves true once nothing is pending or sending, false at the deadline. */
async function settled(store: SqliteStore, deadline: number): Promise<boolean> {
  for (;;) {
    const { pending, sending } = store.deliveryCounts();
    if (pending === 0 && sending === 0) return true;
    if (performance.now() >= deadline) return false;
    await delay(100);
  }
}

// A rate short of the allowed one shows here as a slow start, dips or a long tail.
function perSecond(times: readonly number[]): number[] {
  if (times.length === 0) return [];
  const first = Math.min(...times);
  const counts: number[] = [];
  for (const at of times) {
    const second = Math.floor((at - first) / 1000);
    counts[second] = (counts[second] ?? 0) + 1;
  }
  return Array.from(counts, (n) => n ?? 0);
}

function groupChats(planned: readonly PlannedSubscription[]): number {
  return new Set(planned.filter((p) => p.chatId.startsWith('-')).map((p) => p.chatId)).size;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function log(message: string): void {
  process.stderr.write(`[bench:delivery] ${message}\n`);
}
