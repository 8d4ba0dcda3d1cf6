/**
 * The question history's costs, in a process of its own (started by
 * scripts/bench.ts as `node --import tsx scripts/bench/history.ts`; prints
 * one JSON line, HistoryResult, on stdout):
 *
 * - record: what recording a question and a vote adds to an answer — one
 *   QuestionHistory.record (an INSERT with two HMACs) and one vote (a read
 *   and an upsert) on a SqliteStore file in a temporary DATA_DIR, per answer;
 *   p50/p95/max over RECORDS answers, the engine's own time excluded.
 * - prune: 1,000,000 sent and failed delivery rows older than the retention,
 *   pruned by the real retention code (a worker thread, in batches) while
 *   a chat asks a question every ASK_EVERY_MS, each answered and recorded on
 *   the same store. "Wait" is how late a question's turn came: when it
 *   started less when it was due. The same loop without the prune gives the
 *   idle wait, the host's own jitter.
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { recordAnswers } from '../../adapters/ops/record-answers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine, type Message } from '../../src/engine.ts';
import { pruneExpired, QuestionHistory } from '../../src/history/index.ts';
import { Knowledge } from '../../src/knowledge/knowledge.ts';
import { Lexicon } from '../../src/lexicon/lexicon.ts';
import { createLogger } from '../../src/logger.ts';
import { DEFAULT_PRUNE, SqliteStore, storeFile } from '../../src/store/index.ts';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { percentile } from './stats.ts';
import { QUESTIONS } from './questions.ts';

export const HistoryResultSchema = z.object({
  record_samples: z.number().int(),
  record_p50_ms: z.number(),
  record_p95_ms: z.number(),
  record_max_ms: z.number(),
  prune_rows: z.number().int(),
  prune_ms: z.number(),
  prune_batch: z.number().int(),
  batch_p99_ms: z.number(),
  batch_max_ms: z.number(),
  asked_during_prune: z.number().int(),
  wait_p99_ms: z.number(),
  wait_max_ms: z.number(),
  idle_wait_p99_ms: z.number(),
  idle_wait_max_ms: z.number(),
});
export type HistoryResult = z.infer<typeof HistoryResultSchema>;

const RECORDS = 5_000;
const OLD_ROWS = 1_000_000;
const ASK_EVERY_MS = 10;
const DAY_MS = 86_400_000;
const ROOT = join(import.meta.dirname, '..', '..');

if (import.meta.url === `file://${process.argv[1]}`) await main();

async function main(): Promise<void> {
  const engine = new Engine(new Knowledge(Lexicon.fromFile(join(ROOT, 'corpus', 'lexicon.json')), loadCorpus([join(ROOT, 'corpus', 'articles')])));
  engine.prepare();
  const record = measureRecord(engine);
  const prune = await measurePrune(engine);
  process.stdout.write(`${JSON.stringify({ ...record, ...prune })}\n`);
}

function measureRecord(engine: Engine): Pick<HistoryResult, 'record_samples' | 'record_p50_ms' | 'record_p95_ms' | 'record_max_ms'> {
  const dir = mkdtempSync(join(tmpdir(), 'coop-bench-history-'));
  const store = SqliteStore.open(dir);
  const history = new QuestionHistory(store, { key: 'bench-key-0123456789abcdef', days: 30, now: Date.now });
  const answers = QUESTIONS.map((q) => engine.ask({ text: q.text }));
  const times: number[] = [];
  for (let i = 0; i < RECORDS + 200; i++) {
    const q = i % QUESTIONS.length;
    const message: Message = { text: QUESTIONS[q]!.text, origin: { platform: 'telegram', chat: String(-100_000 - (i % 50)), user: String(1_000 + (i % 300)), private: false } };
    const started = performance.now();
    const id = history.record(message, answers[q]!)!;
    history.vote({ answerId: id, vote: i % 3 === 0 ? 'down' : 'up', platform: 'telegram', chat: message.origin!.chat, user: message.origin!.user });
    const elapsed = performance.now() - started;
    if (i >= 200) times.push(elapsed); // the first 200 warm the statement cache and the JIT
  }
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { record_samples: times.length, record_p50_ms: percentile(times, 50), record_p95_ms: percentile(times, 95), record_max_ms: Math.max(...times) };
}

async function measurePrune(engine: Engine): Promise<Omit<HistoryResult, 'record_samples' | 'record_p50_ms' | 'record_p95_ms' | 'record_max_ms'>> {
  const dir = mkdtempSync(join(tmpdir(), 'coop-bench-prune-'));
  const now = Date.now();
  fillOldDeliveries(dir, now);
  const store = SqliteStore.open(dir);
  const history = new QuestionHistory(store, { key: 'bench-key-0123456789abcdef', days: 30, now: Date.now });
  const chat = recordAnswers(new Engine(engine.knowledge), history, createLogger('silent'));
  const idle = await askWhile(chat, () => sleep(5_000));
  let pruned = 0;
  const batches: number[] = [];
  const started = performance.now();
  const busy = await askWhile(chat, async () => {
    pruned = (await pruneExpired(store, { historyDays: 30, deliveryDays: 30, now: () => now, onBatch: (ms) => batches.push(ms) })).deliveries;
  });
  const pruneMs = performance.now() - started;
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    prune_rows: pruned,
    prune_ms: pruneMs,
    prune_batch: DEFAULT_PRUNE.batchSize,
    batch_p99_ms: percentile(batches, 99),
    batch_max_ms: Math.max(...batches),
    asked_during_prune: busy.length,
    wait_p99_ms: percentile(busy, 99),
    wait_max_ms: Math.max(...busy),
    idle_wait_p99_ms: percentile(idle, 99),
    idle_wait_max_ms: Math.max(...idle),
  };
}

/**
 * Asks a question every ASK_EVERY_MS until `work` settles; returns each
 * question's wait. Each question is its own timer, as each chat message is
 * its own event: questions that fell due while the thread was held all run
 * at the next turn, as queued updates would, rather than one per turn.
 */
async function askWhile(engine: Engine, work: () => Promise<void>): Promise<number[]> {
  const waits: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const start = performance.now();
  let scheduled = 0;
  let i = 0;
  // Keeps a second of questions on their timers ahead of now.
  const plan = () => {
    for (; start + scheduled * ASK_EVERY_MS < performance.now() + 1000; scheduled++) {
      const due = start + (scheduled + 1) * ASK_EVERY_MS;
      const timer = setTimeout(() => {
        timers.delete(timer);
        waits.push(performance.now() - due);
        const q = QUESTIONS[i++ % QUESTIONS.length]!;
        engine.ask({ text: q.text, origin: { platform: 'slack', chat: 'T1:C1', user: `T1:U${i % 20}`, private: false } });
        plan();
      }, due - performance.now());
      timers.add(timer);
    }
  };
  plan();
  await work();
  for (const timer of timers) clearTimeout(timer);
  return waits;
}

/** 1,000,000 sent and failed rows 60 days old, plus a day's worth of recent ones that must stay. */
function fillOldDeliveries(dir: string, now: number): void {
  SqliteStore.open(dir).close();
  const db = new Database(storeFile(dir));
  db.pragma('journal_mode = WAL');
  const subscriptions = 100;
  const addSub = db.prepare("INSERT INTO subscriptions (platform, chat_id, topic, mode, created_at) VALUES ('telegram', ?, '', 'instant', ?)");
  const add = db.prepare('INSERT INTO deliveries (subscription_id, article_id, state, next_attempt_at, created_at, attempts) VALUES (?, ?, ?, ?, ?, 1)');
  db.transaction(() => {
    for (let s = 1; s <= subscriptions; s++) addSub.run(String(s), now - 90 * DAY_MS);
    for (let i = 0; i < OLD_ROWS; i++) {
      const at = now - 60 * DAY_MS + i;
      add.run((i % subscriptions) + 1, `old-${i}`, i % 10 === 0 ? 'failed' : 'sent', at, at);
    }
    for (let i = 0; i < 10_000; i++) add.run((i % subscriptions) + 1, `new-${i}`, 'sent', now - i, now - i);
  })();
  db.close();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
