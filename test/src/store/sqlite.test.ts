import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/store/migrations.ts';
import { SqliteStore, storeFile } from '../../../src/store/index.ts';
import { tempDir } from '../../helpers.ts';
import { CHAT, storeContract } from './contract.ts';

storeContract('SqliteStore', () => SqliteStore.open(tempDir()));

describe('SqliteStore.open', () => {
  it('creates DATA_DIR and coop-bot.db in WAL mode at the latest schema', () => {
    const dir = join(tempDir(), 'nested', 'data');
    SqliteStore.open(dir).close();
    const db = new Database(storeFile(dir), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps the data across close and reopen, without re-running migrations', () => {
    const dir = tempDir();
    const first = SqliteStore.open(dir);
    expect(first.migrationsApplied).toBe(MIGRATIONS.length);
    first.setLanguage(CHAT, 'id');
    const s = first.addSubscription({ chat: CHAT, topic: 'nickel', mode: 'daily', now: 1 });
    first.enqueue({ subscriptionId: s.id, articleId: 'a1', now: 1 });
    first.close();

    const second = SqliteStore.open(dir);
    expect(second.migrationsApplied).toBe(0);
    expect(second.getLanguage(CHAT)).toBe('id');
    expect(second.listSubscriptions(CHAT)).toEqual([s]);
    expect(second.getDelivery(s.id, 'a1')?.state).toBe('pending');
    second.close();
  });

  it('refuses a row it cannot read back, naming the table', () => {
    const dir = tempDir();
    SqliteStore.open(dir).close();
    // because a hand-edited file must fail at the edge, not deep in the delivery worker
    const db = new Database(storeFile(dir));
    db.prepare("INSERT INTO chat_settings VALUES ('telegram', '42', 'fr')").run();
    db.close();
    const store = SqliteStore.open(dir);
    expect(() => store.getLanguage(CHAT)).toThrow(/chat_settings/);
    store.close();
  });
});

describe('two SqliteStores on one file (as two processes)', () => {
  it('enqueueing the same delivery from both yields exactly one row', () => {
    const dir = tempDir();
    const [a, b] = [SqliteStore.open(dir), SqliteStore.open(dir)];
    const s = a.addSubscription({ chat: CHAT, topic: '', mode: 'instant', now: 1 });
    const created = [a, b, b, a].map((store) => store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: 1 }));
    expect(created.filter(Boolean)).toHaveLength(1);
    const db = new Database(storeFile(dir), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM deliveries').get()).toEqual({ n: 1 });
    db.close();
    // and a row claimed by one is not claimable by the other
    expect(a.claimDue(1, 10)).toHaveLength(1);
    expect(b.claimDue(1, 10)).toEqual([]);
    a.close();
    b.close();
  });

  it('both opening a new file at once apply the migrations once', () => {
    const dir = tempDir();
    const stores = [SqliteStore.open(dir), SqliteStore.open(dir)];
    expect(stores.map((s) => s.migrationsApplied)).toEqual([MIGRATIONS.length, 0]);
    for (const s of stores) s.close();
  });
});

describe('migration 5 (question history, settings, deliveries by age)', () => {
  it('upgrades a version-4 file without losing its rows', () => {
    const dir = tempDir();
    // A file as the previous release left it: migrations 1–4 only, with data.
    const db = new Database(storeFile(dir));
    for (const [i, sql] of MIGRATIONS.slice(0, 4).entries()) {
      db.exec(sql);
      db.pragma(`user_version = ${i + 1}`);
    }
    db.prepare("INSERT INTO chat_settings VALUES ('telegram', '42', 'id')").run();
    db.prepare("INSERT INTO subscriptions (platform, chat_id, topic, mode, created_at) VALUES ('telegram', '42', 'nickel', 'instant', 1)").run();
    db.prepare("INSERT INTO deliveries (subscription_id, article_id, state, next_attempt_at, created_at) VALUES (1, 'a1', 'sent', 1, 1)").run();
    db.close();

    const store = SqliteStore.open(dir);
    expect(store.migrationsApplied).toBe(MIGRATIONS.length - 4);
    expect(store.getLanguage(CHAT)).toBe('id');
    expect(store.listSubscriptions(CHAT).map((s) => s.topic)).toEqual(['nickel']);
    expect(store.getDelivery(1, 'a1')?.state).toBe('sent');
    expect(store.answersSince(0)).toEqual([]);
    store.close();
  });

  it('prunes and lists by index, never by scanning a whole table', () => {
    const dir = tempDir();
    SqliteStore.open(dir).close();
    const db = new Database(storeFile(dir), { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    const deliveries = plan("SELECT id FROM deliveries WHERE state = 'sent' AND created_at < 1 UNION ALL SELECT id FROM deliveries WHERE state = 'failed' AND created_at < 1 LIMIT 5");
    expect(deliveries).toContain('deliveries_by_age');
    expect(deliveries).not.toMatch(/SCAN deliveries(?! USING)/);
    expect(plan('SELECT id FROM answers WHERE asked_at < 1 ORDER BY asked_at LIMIT 5')).toContain('answers_by_time');
    expect(plan('SELECT * FROM answers WHERE asked_at >= 1 ORDER BY asked_at, id')).toContain('answers_by_time');
    db.close();
  });
});

describe('what /metrics reads', () => {
  it('counts delivery rows by state through an index, not the table', () => {
    const dir = tempDir();
    SqliteStore.open(dir).close();
    const db = new Database(storeFile(dir), { readonly: true });
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT state, count(*) AS n FROM deliveries GROUP BY state').all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan).toMatch(/COVERING INDEX/);
    db.close();
  });
});
