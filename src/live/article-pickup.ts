/**
 * Brings articles imported while the bot runs into its knowledge base within
 * seconds: those of its own feed poller and admin command, and those of
 * `npm run ingest` in another process. The article registry is the change
 * feed: every import commits a row with a growing `seq`, after writing
 * DATA_DIR/articles/<articleId>.json, so a row's file is always complete.
 *
 * The caller reads `store.latestArticleSeq()` BEFORE loading the corpus from
 * disk and passes it as `afterSeq`: an article imported in between is then
 * both on disk and after that seq, and is skipped here as already loaded,
 * rather than missed.
 *
 * A row whose file is missing or invalid is logged and passed over for good
 * (the registry never changes a row, so retrying would fail forever).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../corpus/article.ts';
import { parseArticleFile } from '../corpus/load.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Logger } from '../logger.ts';
import type { RegisteredArticle, Store } from '../store/index.ts';

export interface ArticlePickupDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  /** DATA_DIR/articles, where the importer writes each article before registering it. */
  readonly articlesDir: string;
  readonly logger: Logger;
  /** The registry seq read before the corpus was loaded from disk. */
  readonly afterSeq: number;
  readonly intervalMs?: number;
  /** After each poll that added articles (e.g. to count them); errors are logged, not thrown. */
  readonly onAdded?: (articles: Article[]) => void;
}

const DEFAULT_INTERVAL_MS = 1000;
// Rows read per step; the event loop gets a turn between steps, so a large
// import (thousands of rows at ~1 ms an article) never stalls answers for long.
const BATCH = 50;

export class ArticlePickup {
  private seq: number;
  private readonly intervalMs: number;
  private readonly log: Logger;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly deps: ArticlePickupDeps) {
    this.seq = deps.afterSeq;
    this.intervalMs = deps.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.log = deps.logger.child({ module: 'article-pickup' });
  }

  /** The last registry seq handled (added, already loaded or skipped). */
  get lastSeq(): number {
    return this.seq;
  }

  /** Polls every `intervalMs` until stop(); polls never overlap. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  /** Stops polling and waits for a poll in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.queue;
  }

  /**
   * Adds every article registered since the last poll; resolves to how many
   * were added. Calls are serialised: one made during a poll runs after it.
   * Rejects only when the store cannot be read.
   */
  poll(): Promise<number> {
    const run = this.queue.then(() => this.drain());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.poll()
        .catch((error: unknown) => this.log.error({ err: error }, 'could not read the article registry; will retry'))
        .finally(() => {
          if (this.running) this.schedule();
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  private async drain(): Promise<number> {
    const added: Article[] = [];
    try {
      for (;;) {
        const rows = this.deps.store.articlesAfter(this.seq, BATCH);
        for (const row of rows) {
          const article = this.load(row);
          if (article && this.add(article)) added.push(article);
          this.seq = row.seq;
        }
        if (rows.length < BATCH) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      if (added.length) this.announce(added);
    }
    return added.length;
  }

  // A failure here is a bug, not bad data; the row is still passed over, so
  // one article can never stop the pickup for good.
  private add(article: Article): boolean {
    try {
      this.deps.knowledge.add(article);
      return true;
    } catch (error) {
      this.log.error({ err: error, articleId: article.id }, 'could not add the article to the knowledge base; skipped');
      return false;
    }
  }

  // The article to add, or undefined when it is already loaded or unusable.
  private load(row: RegisteredArticle): Article | undefined {
    const { knowledge, articlesDir } = this.deps;
    if (knowledge.article(row.articleId)) return undefined;
    const file = join(articlesDir, `${row.articleId}.json`);
    if (!existsSync(file)) {
      this.log.warn({ articleId: row.articleId, seq: row.seq, file }, 'registered article has no file (another DATA_DIR?); skipped');
      return undefined;
    }
    let article: Article;
    try {
      article = parseArticleFile(file);
    } catch (error) {
      this.log.warn({ articleId: row.articleId, seq: row.seq, problem: (error as Error).message }, 'registered article file is invalid; skipped');
      return undefined;
    }
    if (article.id !== row.articleId) {
      this.log.warn({ articleId: row.articleId, seq: row.seq, file, fileId: article.id }, 'article file holds another id; skipped');
      return undefined;
    }
    return article;
  }

  private announce(added: Article[]): void {
    this.log.info({ added: added.length, ids: added.slice(0, 10).map((a) => a.id), seq: this.seq }, 'picked up new articles');
    try {
      this.deps.onAdded?.(added);
    } catch (error) {
      this.log.error({ err: error }, 'onAdded failed');
    }
  }
}
