/**
 * The schema as an ordered list of migrations. The database's `user_version`
 * pragma records the last one applied. Append only: never edit a migration
 * that has shipped, add the next one.
 */
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: settings, subscriptions, deliveries, feeds, the article registry.
  `
  CREATE TABLE chat_settings (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id)
  ) WITHOUT ROWID;

  CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('instant', 'daily')),
    created_at INTEGER NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
  );
  CREATE INDEX subscriptions_by_chat ON subscriptions (platform, chat_id);

  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (subscription_id, article_id)
  );
  CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);

  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
  ) WITHOUT ROWID;

  CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    story_key TEXT NOT NULL,
    ingested_at INTEGER NOT NULL
  );
  CREATE INDEX articles_by_hash ON articles (content_hash, ingested_at);
  `,
  // 2: the registry gains a change-feed sequence, the publication date and the
  // story signature, and the URL becomes optional (some sources have none).
  `
  CREATE TABLE articles_v2 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    content_hash TEXT NOT NULL,
    story_key TEXT NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    ingested_at INTEGER NOT NULL
  );
  INSERT INTO articles_v2 (article_id, url, content_hash, story_key, ingested_at)
    SELECT article_id, url, content_hash, story_key, ingested_at FROM articles ORDER BY ingested_at, rowid;
  DROP TABLE articles;
  ALTER TABLE articles_v2 RENAME TO articles;
  CREATE INDEX articles_by_hash ON articles (content_hash, ingested_at);
  CREATE INDEX articles_by_published ON articles (published);
  `,
  // 3: when a claimed row's send actually began, to tell rows that never left
  // (safe to resend) from rows whose send was in flight at a crash.
  `
  ALTER TABLE deliveries ADD COLUMN started_at INTEGER;
  `,
  // 4: feed item links the importer skipped as unrelated, so the next poll
  // of a general news feed does not fetch all its other stories again.
  `
  CREATE TABLE skipped_links (
    url TEXT PRIMARY KEY,
    skipped_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // 5: the question history and its votes (kept HISTORY_DAYS), named settings
  // (the history's hashing key), and an index by age so the daily prune of
  // sent and failed deliveries reads only the rows it deletes.
  `
  CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    asked_at INTEGER NOT NULL,
    platform TEXT NOT NULL,
    chat_hash TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    intent TEXT NOT NULL,
    language TEXT NOT NULL,
    abstained INTEGER NOT NULL CHECK (abstained IN (0, 1)),
    citations TEXT NOT NULL
  );
  CREATE INDEX answers_by_time ON answers (asked_at);

  CREATE TABLE votes (
    answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    user_hash TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    voted_at INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_hash)
  ) WITHOUT ROWID;

  CREATE INDEX deliveries_by_age ON deliveries (state, created_at);
  `,
];

/**
 * Applies the migrations the database lacks, each in its own IMMEDIATE
 * transaction, and returns how many it applied. The version is re-read inside
 * the transaction: two processes opening a new file at once would otherwise
 * both apply migration 1.
 */
export function migrate(db: Database.Database): number {
  let applied = 0;
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    const step = db.transaction(() => {
      if (userVersion(db) >= version) return;
      db.exec(sql);
      // user_version lives in the file header, which the transaction covers.
      db.pragma(`user_version = ${version}`);
      applied++;
    });
    step.immediate();
  });
  return applied;
}

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
