/**
 * Loads and validates every article file in the corpus folders. A bad file
 * stops start-up with its path and the field at fault: serving answers from a
 * half-loaded corpus would silently drop citations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from '../errors.ts';
import { type Article, ArticleSchema } from './article.ts';

export function loadCorpus(directories: readonly string[]): Article[] {
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const directory of directories) {
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory).filter((n) => n.endsWith('.json')).sort()) {
      const file = join(directory, name);
      const article = parseArticleFile(file);
      const previous = seen.get(article.id);
      if (previous) throw new CorpusError(file, 'id', `duplicate id "${article.id}" (also in ${previous})`);
      seen.set(article.id, file);
      articles.push(article);
    }
  }
  return articles;
}

export function parseArticleFile(file: string): Article {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorpusError(file, '', `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = ArticleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? issue.path.join('.') : (issue as { keys?: string[] }).keys?.join(', ') ?? '';
    throw new CorpusError(file, field, issue.message);
  }
  return parsed.data;
}
