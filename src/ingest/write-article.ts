/**
 * Writes an article file atomically: a temporary file in the same folder,
 * flushed to disk, then renamed over the final name. A reader (the bot
 * loading DATA_DIR/articles, another ingest) sees either no file or the whole
 * file, never half of one; the temporary name does not end in .json, so the
 * corpus loader never picks it up.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../corpus/article.ts';

/** Returns the file's path. */
export function writeArticleFile(directory: string, article: Article): string {
  mkdirSync(directory, { recursive: true });
  const file = articleFile(directory, article.id);
  const temporary = join(directory, `.${article.id}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, serializeArticle(article));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncDirectory(directory);
  return file;
}

export function articleFile(directory: string, id: string): string {
  return join(directory, `${id}.json`);
}

/** Pretty JSON with the fields in the corpus files' order (corpus/README.md). */
export function serializeArticle(article: Article): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (article[field] !== undefined) ordered[field] = article[field];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const FIELD_ORDER = [
  'id', 'title', 'publisher', 'author', 'published', 'publishedApprox', 'publishedTime', 'dateSource', 'language', 'url', 'story', 'note', 'paragraphs',
] as const satisfies readonly (keyof Article)[];

// Makes the rename itself durable; not possible on every platform, and not needed for atomicity.
function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory; the rename is still atomic.
  }
}
