/** What the live tests share: a logger that keeps its lines, and registry rows. */
import pino, { type Logger } from 'pino';
import type { IngestedArticle } from '../../../src/store/index.ts';

export interface MemoryLog {
  readonly logger: Logger;
  entries(): Record<string, unknown>[];
}

export function memoryLog(): MemoryLog {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

export function registryRow(articleId: string, overrides: Partial<IngestedArticle> = {}): IngestedArticle {
  return {
    articleId,
    url: `https://news.test/${articleId}`,
    contentHash: `hash-${articleId}`,
    storyKey: articleId,
    published: '2024-01-15',
    signature: '',
    ingestedAt: Date.UTC(2024, 0, 15),
    ...overrides,
  };
}
