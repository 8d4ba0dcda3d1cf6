/**
 * The Store on one SQLite file (DATA_DIR/coop-bot.db) through better-sqlite3.
 * Several processes may open the same file (the bot and a delivery worker):
 * WAL lets readers run beside the one writer, busy_timeout makes a writer wait
 * for the lock instead of failing, and every read-then-write runs in an
 * IMMEDIATE transaction or a single statement, so it is atomic across processes.
 */
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Language } from '../corpus/article.ts';
import type { AnswerRecord, VoteChange, VoteRecord } from './answer-record.ts';
import type { ChatRef } from './chat.ts';
import { DELIVERY_STATES, type Delivery, type DeliveryCounts, type NewDelivery } from './delivery.ts';
import { SubscriptionLimitError } from './errors.ts';
import { DEFAULT_PRUNE, type PruneCutoffs, type PruneOptions, type Pruned } from './history-store.ts';
import type { FeedState } from './feed-state.ts';
import type { IngestedArticle, RegisteredArticle } from './ingested-article.ts';
import { migrate } from './migrations.ts';
import { AnswerRow, ArticleRow, DeliveryRow, FeedRow, LanguageRow, parseRow, SubscriptionRow, VoteRow } from './rows.ts';
import type { Store } from './store.ts';
import { MAX_SUBSCRIPTIONS_PER_CHAT, type NewSubscription, type Subscription } from './subscription.ts';

export interface SqliteStoreOptions {
  /** How long a writer waits for another process's lock before SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
}

// SQLite's default; restored after a prune.
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
// Often enough that the WAL stays a few megabytes during a prune.
const CHECKPOINT_EVERY_MS = 100;

export const defaultSqliteStoreOptions: SqliteStoreOptions = { busyTimeoutMs: 5000 };

/** The database file inside DATA_DIR. */
export function storeFile(dataDir: string): string {
  return join(dataDir, 'coop-bot.db');
}

export class SqliteStore implements Store {
  /** Opens (creating the folder and file when needed) and migrates the store in DATA_DIR. */
  static open(dataDir: string, options: Partial<SqliteStoreOptions> = {}): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteStore(storeFile(dataDir), options);
  }

  /** How many migrations this open applied: 0 when the file was already current. */
  readonly migrationsApplied: number;
  private readonly db: Database.Database;
  private readonly busyTimeoutMs: number;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly file: string,
    options: Partial<SqliteStoreOptions> = {},
  ) {
    const { busyTimeoutMs } = { ...defaultSqliteStoreOptions, ...options };
    this.busyTimeoutMs = busyTimeoutMs;
    this.db = new Database(file, { timeout: busyTimeoutMs });
    this.db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable enough under WAL (a power cut may lose the last commit, never corrupt).
    this.db.pragma('synchronous = NORMAL');
    // Off by default in SQLite, and per connection: the ON DELETE CASCADE of deliveries needs it.
    this.db.pragma('foreign_keys = ON');
    this.migrationsApplied = migrate(this.db);
  }

  getLanguage(chat: ChatRef): Language | undefined {
    const row = this.sql('SELECT language FROM chat_settings WHERE platform = ? AND chat_id = ?').get(chat.platform, chat.chatId);
    return parseRow(LanguageRow, 'chat_settings', row);
  }

  setLanguage(chat: ChatRef, language: Language): void {
    this.sql(
      `INSERT INTO chat_settings (platform, chat_id, language) VALUES (?, ?, ?)
       ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language`,
    ).run(chat.platform, chat.chatId, language);
  }

  clearLanguage(chat: ChatRef): void {
    this.sql('DELETE FROM chat_settings WHERE platform = ? AND chat_id = ?').run(chat.platform, chat.chatId);
  }

  addSubscription({ chat, topic, mode, now }: NewSubscription): Subscription {
    // IMMEDIATE takes the write lock before counting, so two processes cannot both see 19.
    const add = this.db.transaction(() => {
      const { n } = this.sql('SELECT count(*) AS n FROM subscriptions WHERE platform = ? AND chat_id = ?').get(chat.platform, chat.chatId) as { n: number };
      if (n >= MAX_SUBSCRIPTIONS_PER_CHAT) throw new SubscriptionLimitError(chat, MAX_SUBSCRIPTIONS_PER_CHAT);
      const row = this.sql('INSERT INTO subscriptions (platform, chat_id, topic, mode, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *').get(chat.platform, chat.chatId, topic, mode, now);
      return parseRow(SubscriptionRow, 'subscriptions', row)!;
    });
    return add.immediate();
  }

  removeSubscription(chat: ChatRef, id: number): boolean {
    return this.sql('DELETE FROM subscriptions WHERE id = ? AND platform = ? AND chat_id = ?').run(id, chat.platform, chat.chatId).changes > 0;
  }

  setPaused(chat: ChatRef, id: number, paused: boolean): boolean {
    return this.sql('UPDATE subscriptions SET paused = ? WHERE id = ? AND platform = ? AND chat_id = ?').run(paused ? 1 : 0, id, chat.platform, chat.chatId).changes > 0;
  }

  pauseChat(chat: ChatRef): number {
    const pause = this.db.transaction(() => {
      this.sql(
        `UPDATE deliveries SET state = 'failed' WHERE state = 'pending'
         AND subscription_id IN (SELECT id FROM subscriptions WHERE platform = ? AND chat_id = ?)`,
      ).run(chat.platform, chat.chatId);
      return this.sql('UPDATE subscriptions SET paused = 1 WHERE platform = ? AND chat_id = ? AND paused = 0').run(chat.platform, chat.chatId).changes;
    });
    return pause.immediate();
  }

  getSubscription(id: number): Subscription | undefined {
    return parseRow(SubscriptionRow, 'subscriptions', this.sql('SELECT * FROM subscriptions WHERE id = ?').get(id));
  }

  listSubscriptions(chat: ChatRef): Subscription[] {
    const rows = this.sql('SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ? ORDER BY id').all(chat.platform, chat.chatId);
    return rows.map((row) => parseRow(SubscriptionRow, 'subscriptions', row)!);
  }

  listActiveSubscriptions(): Subscription[] {
    return this.sql('SELECT * FROM subscriptions WHERE paused = 0 ORDER BY id').all().map((row) => parseRow(SubscriptionRow, 'subscriptions', row)!);
  }

  enqueue({ subscriptionId, articleId, now, dueAt }: NewDelivery): boolean {
    // One statement: the unique pair makes a second enqueue (from any process) a no-op,
    // and the EXISTS turns a just-removed subscription into a no-op instead of a foreign-key error.
    const result = this.sql(
      `INSERT INTO deliveries (subscription_id, article_id, state, next_attempt_at, created_at)
       SELECT ?, ?, 'pending', ?, ? WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = ?)
       ON CONFLICT (subscription_id, article_id) DO NOTHING`,
    ).run(subscriptionId, articleId, dueAt ?? now, now, subscriptionId);
    return result.changes > 0;
  }

  claimDue(now: number, limit: number): Delivery[] {
    // A single UPDATE … RETURNING is atomic: two workers never claim the same row.
    const rows = this.sql(
      `UPDATE deliveries SET state = 'sending', attempts = attempts + 1, claimed_at = ?, started_at = NULL
       WHERE id IN (SELECT id FROM deliveries WHERE state = 'pending' AND next_attempt_at <= ?
                      AND subscription_id IN (SELECT id FROM subscriptions WHERE paused = 0)
                    ORDER BY next_attempt_at, id LIMIT ?)
       RETURNING *`,
    ).all(now, now, Math.max(0, limit));
    // RETURNING does not promise an order.
    return rows.map((row) => parseRow(DeliveryRow, 'deliveries', row)!).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
  }

  markStarted(ids: readonly number[], now: number): void {
    const start = this.db.transaction(() => {
      for (const id of ids) this.sql("UPDATE deliveries SET started_at = ? WHERE id = ? AND state = 'sending'").run(now, id);
    });
    start();
  }

  countStarted(): number {
    return (this.sql("SELECT count(*) AS n FROM deliveries WHERE state = 'sending' AND started_at IS NOT NULL").get() as { n: number }).n;
  }

  markSent(id: number): boolean {
    return this.sql("UPDATE deliveries SET state = 'sent' WHERE id = ? AND state = 'sending'").run(id).changes > 0;
  }

  markFailed(id: number, retryAt?: number): boolean {
    // Statements are cached per connection, so parameters go to run(): a cached statement cannot be bound twice.
    const result =
      retryAt === undefined
        ? this.sql("UPDATE deliveries SET state = 'failed' WHERE id = ? AND state = 'sending'").run(id)
        : this.sql("UPDATE deliveries SET state = 'pending', next_attempt_at = ? WHERE id = ? AND state = 'sending'").run(retryAt, id);
    return result.changes > 0;
  }

  handBack(id: number, dueAt: number): boolean {
    const sql = "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, attempts = attempts - 1, started_at = NULL WHERE id = ? AND state = 'sending'";
    return this.sql(sql).run(dueAt, id).changes > 0;
  }

  releaseStale(olderThan: number): number {
    return this.sql("UPDATE deliveries SET state = 'pending' WHERE state = 'sending' AND claimed_at < ?").run(olderThan).changes;
  }

  getDelivery(subscriptionId: number, articleId: string): Delivery | undefined {
    const row = this.sql('SELECT * FROM deliveries WHERE subscription_id = ? AND article_id = ?').get(subscriptionId, articleId);
    return parseRow(DeliveryRow, 'deliveries', row);
  }

  deliveryCounts(): DeliveryCounts {
    const counts = Object.fromEntries(DELIVERY_STATES.map((state) => [state, 0])) as DeliveryCounts;
    for (const { state, n } of this.sql('SELECT state, count(*) AS n FROM deliveries GROUP BY state').all() as { state: keyof DeliveryCounts; n: number }[]) counts[state] = n;
    return counts;
  }

  getFeedState(url: string): FeedState | undefined {
    return parseRow(FeedRow, 'feeds', this.sql('SELECT * FROM feeds WHERE url = ?').get(url));
  }

  saveFeedState(state: FeedState): void {
    this.sql(
      `INSERT INTO feeds (url, etag, last_modified, failures, disabled) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         failures = excluded.failures, disabled = excluded.disabled`,
    ).run(state.url, state.etag ?? null, state.lastModified ?? null, state.failures, state.disabled ? 1 : 0);
  }

  recordArticle(article: IngestedArticle, deliveries: readonly NewDelivery[] = []): boolean {
    const record = this.db.transaction(() => {
      // OR IGNORE covers both unique columns: the id and the canonical URL.
      const result = this.sql(
        `INSERT OR IGNORE INTO articles (article_id, url, content_hash, story_key, published, signature, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(article.articleId, article.url ?? null, article.contentHash, article.storyKey, article.published, article.signature, article.ingestedAt);
      if (result.changes === 0) return false;
      for (const delivery of deliveries) this.enqueue(delivery);
      return true;
    });
    return record.immediate();
  }

  findArticleByUrl(url: string): RegisteredArticle | undefined {
    return parseRow(ArticleRow, 'articles', this.sql('SELECT * FROM articles WHERE url = ?').get(url));
  }

  findArticleByHash(contentHash: string): RegisteredArticle | undefined {
    const row = this.sql('SELECT * FROM articles WHERE content_hash = ? ORDER BY ingested_at, seq LIMIT 1').get(contentHash);
    return parseRow(ArticleRow, 'articles', row);
  }

  hasArticle(articleId: string): boolean {
    return this.sql('SELECT 1 FROM articles WHERE article_id = ?').get(articleId) !== undefined;
  }

  articlesPublishedBetween(from: string, to: string): RegisteredArticle[] {
    const rows = this.sql('SELECT * FROM articles WHERE published BETWEEN ? AND ? ORDER BY seq').all(from, to);
    return rows.map((row) => parseRow(ArticleRow, 'articles', row)!);
  }

  articlesAfter(afterSeq: number, limit: number): RegisteredArticle[] {
    const rows = this.sql('SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, Math.max(0, limit));
    return rows.map((row) => parseRow(ArticleRow, 'articles', row)!);
  }

  rememberSkipped(url: string, now: number): void {
    this.sql('INSERT OR IGNORE INTO skipped_links (url, skipped_at) VALUES (?, ?)').run(url, now);
  }

  wasSkipped(url: string): boolean {
    return this.sql('SELECT 1 FROM skipped_links WHERE url = ?').get(url) !== undefined;
  }

  latestArticleSeq(): number {
    return (this.sql('SELECT coalesce(max(seq), 0) AS seq FROM articles').get() as { seq: number }).seq;
  }

  recordAnswer(r: AnswerRecord): void {
    this.sql(
      `INSERT OR IGNORE INTO answers (id, asked_at, platform, chat_hash, user_hash, question, intent, language, abstained, citations)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(r.id, r.askedAt, r.platform, r.chatHash, r.userHash, r.question, r.intent, r.language, r.abstained ? 1 : 0, JSON.stringify(r.citations));
  }

  getAnswer(id: string): AnswerRecord | undefined {
    return parseRow(AnswerRow, 'answers', this.sql('SELECT * FROM answers WHERE id = ?').get(id));
  }

  castVote(v: VoteRecord): VoteChange | undefined {
    const cast = this.db.transaction((): VoteChange | undefined => {
      if (this.sql('SELECT 1 FROM answers WHERE id = ?').get(v.answerId) === undefined) return undefined;
      const before = this.sql('SELECT vote FROM votes WHERE answer_id = ? AND user_hash = ?').get(v.answerId, v.userHash) as { vote: VoteChange['previous'] } | undefined;
      this.sql(
        `INSERT INTO votes (answer_id, user_hash, vote, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
      ).run(v.answerId, v.userHash, v.vote, v.votedAt);
      return { previous: before?.vote };
    });
    return cast.immediate();
  }

  answersSince(since: number): AnswerRecord[] {
    return this.sql('SELECT * FROM answers WHERE asked_at >= ? ORDER BY asked_at, id').all(since).map((row) => parseRow(AnswerRow, 'answers', row)!);
  }

  votesSince(since: number): VoteRecord[] {
    const rows = this.sql('SELECT votes.* FROM votes JOIN answers ON answers.id = votes.answer_id WHERE answers.asked_at >= ? ORDER BY votes.voted_at').all(since);
    return rows.map((row) => parseRow(VoteRow, 'votes', row)!);
  }

  async prune(cutoffs: PruneCutoffs, options: Partial<PruneOptions> = {}): Promise<Pruned> {
    const { batchSize, pauseMs, signal, onBatch } = { ...DEFAULT_PRUNE, ...options };
    const checkpointer = this.startCheckpointer();
    const batches = async (run: (limit: number) => number) => {
      let total = 0;
      while (!signal?.aborted) {
        const started = performance.now();
        const n = run(batchSize);
        onBatch?.(performance.now() - started);
        total += n;
        if (n < batchSize) break;
        // Lets the chat handlers run between batches: each batch holds the thread for a few milliseconds.
        await new Promise((resolve) => (pauseMs > 0 ? setTimeout(resolve, pauseMs) : setImmediate(resolve)));
      }
      return total;
    };
    try {
      // Oldest first, through the asked_at index; the votes go by ON DELETE CASCADE (their key starts with answer_id).
      const answers = await batches((limit) => this.sql('DELETE FROM answers WHERE id IN (SELECT id FROM answers WHERE asked_at < ? ORDER BY asked_at LIMIT ?)').run(cutoffs.answersBefore, limit).changes);
      // Two ranges of the (state, created_at) index: only the rows deleted are read. Pending and sending rows stay.
      const sql = `DELETE FROM deliveries WHERE id IN (
        SELECT id FROM deliveries WHERE state = 'sent' AND created_at < ? UNION ALL
        SELECT id FROM deliveries WHERE state = 'failed' AND created_at < ? LIMIT ?)`;
      const deliveries = await batches((limit) => this.sql(sql).run(cutoffs.deliveriesBefore, cutoffs.deliveriesBefore, limit).changes);
      return { answers, deliveries };
    } finally {
      await checkpointer.stop();
    }
  }

  // See checkpoint-worker.mjs: while it runs, this connection does not checkpoint on commit.
  private startCheckpointer(): { stop(): Promise<void> } {
    const stop = new SharedArrayBuffer(4);
    const flag = new Int32Array(stop);
    this.db.pragma('wal_autocheckpoint = 0');
    const worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { file: this.file, everyMs: CHECKPOINT_EVERY_MS, busyTimeoutMs: this.busyTimeoutMs, stop } });
    const exited = new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      // A checkpointer that fails costs only the WAL's size until the next commit's automatic checkpoint.
      worker.once('error', () => resolve());
    });
    return {
      stop: async () => {
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
        await exited;
        if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
      },
    };
  }

  setting(name: string, create: () => string): string {
    // INSERT OR IGNORE then read: two processes creating it at once agree on the first one written.
    const existing = this.sql('SELECT value FROM settings WHERE name = ?').get(name) as { value: string } | undefined;
    if (existing) return existing.value;
    this.sql('INSERT OR IGNORE INTO settings (name, value) VALUES (?, ?)').run(name, create());
    return (this.sql('SELECT value FROM settings WHERE name = ?').get(name) as { value: string }).value;
  }

  close(): void {
    this.db.close();
  }

  // Prepared once per connection and reused: preparing is most of the cost of a small query.
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }
}
